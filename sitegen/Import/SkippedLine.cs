namespace Archive.SiteGen.Import;

/// <summary>A line of the signatory block that names no signatory, and why it was passed over.</summary>
internal sealed record SkippedLine(int Line, string Text, string Reason);
