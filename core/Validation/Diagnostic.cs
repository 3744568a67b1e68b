using Archive.Core.Content;

namespace Archive.Core.Validation;

/// <summary>How bad a problem in the content is.</summary>
public enum Severity
{
    /// <summary>Worth fixing; the site still builds.</summary>
    Warning,

    /// <summary>The content cannot be published until it is fixed.</summary>
    Error,
}

/// <summary>A problem in the content, at a file and line an editor can open.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Location">The file (relative to the content folder) and the 1-based line.</param>
/// <param name="Message">What is wrong and, where it helps, what to do.</param>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, string Message)
{
    /// <summary>An error at a location.</summary>
    public static Diagnostic Error(SourceLocation location, string message) => new(Severity.Error, location, message);

    /// <summary>A warning at a location.</summary>
    public static Diagnostic Warning(SourceLocation location, string message) => new(Severity.Warning, location, message);

    /// <summary><c>path:line: message</c>, with <c>warning: </c> before the message of a warning.</summary>
    public override string ToString() =>
        Severity == Severity.Warning ? $"{Location}: warning: {Message}" : $"{Location}: {Message}";
}
