namespace Archive.Core.Search;

/// <summary>One word of a text as the index saw it: its analyzed term, its position and its characters in the text.</summary>
internal readonly record struct AnalyzedToken(string Term, int Position, int Start, int End);
