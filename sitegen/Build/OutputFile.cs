namespace Archive.SiteGen.Build;

/// <summary>A file of the built site: its path in the output folder and either its text or the file to copy.</summary>
internal sealed record OutputFile(string Path, string? Text = null, byte[]? Bytes = null, string? CopyFrom = null);
