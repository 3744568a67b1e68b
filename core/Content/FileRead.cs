using Archive.Core.Validation;

namespace Archive.Core.Content;

/// <summary>
/// What reading one file gave: its value (null when it could not be read), the problems found in it, and the
/// stamp the file had just before it was read.
/// </summary>
internal sealed record FileRead<T>(string RelativePath, FileStamp Stamp, T? Value, IReadOnlyList<Diagnostic> Diagnostics)
    where T : class;
