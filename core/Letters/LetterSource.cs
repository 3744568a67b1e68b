namespace Archive.Core.Letters;

/// <summary>Where a letter's text came from: the original text kept in the repository and/or where it was published.</summary>
/// <param name="File">The original text, relative to the content folder (<c>sources/2009-07-20-ga-debate-on-rtop.txt</c>).</param>
/// <param name="Url">Where the letter was published, if known.</param>
/// <param name="Note">Anything a reader should know about the source.</param>
public sealed record LetterSource(string? File, Uri? Url, string? Note);
