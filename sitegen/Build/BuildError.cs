namespace Archive.SiteGen.Build;

/// <summary>
/// A build failure a user can act on: which step failed and why, as lines such as <c>path:line: message</c>.
/// Thrown by a step and reported by <see cref="BuildSite"/> with the step's name; never shown as a stack trace.
/// </summary>
internal sealed class BuildError : Exception
{
    public BuildError(string message)
        : this([message])
    {
    }

    public BuildError(IReadOnlyList<string> lines)
        : base(string.Join('\n', lines)) => Lines = lines;

    public BuildError()
        : this("the build failed")
    {
    }

    public BuildError(string message, Exception innerException)
        : base(message, innerException) => Lines = [message];

    public IReadOnlyList<string> Lines { get; }
}
