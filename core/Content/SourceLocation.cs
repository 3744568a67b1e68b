namespace Archive.Core.Content;

/// <summary>Where something was read: a path relative to the content folder (with forward slashes) and a 1-based line.</summary>
public readonly record struct SourceLocation(string Path, int Line)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}:{Line}";
}
