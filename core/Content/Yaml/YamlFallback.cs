namespace Archive.Core.Content.Yaml;

/// <summary>
/// A file whose YAML the fast reader left to the full YAML parser, which reads it the same, only slower. The build
/// names these files, so that whoever writes them knows (issue 15).
/// </summary>
/// <param name="Location">The file (relative to the content folder) and the line where the fast reader stopped.</param>
/// <param name="Reason">What it met there that it does not read, such as "a tab" or "a block scalar".</param>
public sealed record YamlFallback(SourceLocation Location, string Reason)
{
    /// <summary><c>path:line (reason)</c>.</summary>
    public override string ToString() => $"{Location} ({Reason})";
}
