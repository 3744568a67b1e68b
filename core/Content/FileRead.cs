using Archive.Core.Validation;

namespace Archive.Core.Content;

/// <summary>
/// What reading one file gave: its value (null when it could not be read), the problems found in it, the stamp the
/// file had just before it was read and the dates its history gave it then (a commit changes them, not the file),
/// and, when the fast YAML reader left it to the full parser, where and why.
/// </summary>
internal sealed record FileRead<T>(string RelativePath, FileStamp Stamp, ContentDates History, T? Value, IReadOnlyList<Diagnostic> Diagnostics, Yaml.YamlFallback? ReadByFullYaml = null)
    where T : class;
