namespace Archive.SiteGen.Import;

/// <summary>
/// One line of a signatory block as it is read: as laid out (<paramref name="Raw"/>, its cells and indentation
/// kept), trimmed, its number in the source, whether a blank line is above it, and without its list marker.
/// </summary>
internal readonly record struct BlockLine(string Raw, string Text, int Line, bool StartsParagraph, string Cleaned);
