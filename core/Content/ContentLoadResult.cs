using Archive.Core.Content.Yaml;
using Archive.Core.Validation;

namespace Archive.Core.Content;

/// <summary>What loading a content folder gave: the archive (null only when the folder or <c>site.yml</c> could not be read) and every problem found.</summary>
public sealed record ContentLoadResult(ArchiveContent? Content, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The problems in file, line order.</summary>
    public IReadOnlyList<Diagnostic> SortedDiagnostics { get; } = [.. Diagnostics
        .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
        .ThenBy(d => d.Location.Line)
        .ThenBy(d => d.Message, StringComparer.Ordinal)];

    /// <summary>
    /// The files whose YAML the fast reader left to the full YAML parser (the same archive, only slower), in path
    /// order, each with where and why; empty when every file took the fast way.
    /// </summary>
    public IReadOnlyList<YamlFallback> ReadByFullYaml { get; init; } = [];

    /// <summary>
    /// Why the dates letters and organizations were added and updated may not be what the content's git history says
    /// (git missing or failing in a repository, a shallow clone), in a sentence; null when they are, or when the content
    /// is not in a git repository (its files' modification times are then all there is).
    /// </summary>
    public string? DatesNote { get; init; }

    /// <summary>True when the content must not be published.</summary>
    public bool HasErrors => Content is null || Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>The number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
