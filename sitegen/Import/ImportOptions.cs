using Archive.Core.Letters;

namespace Archive.SiteGen.Import;

/// <summary>What the editor asked for.</summary>
/// <param name="ContentPath">The content folder.</param>
/// <param name="Files">The letters' text files, in the order given.</param>
/// <param name="Date">The editor's best estimate for a letter that prints no date.</param>
/// <param name="DateNote">Why that date, written as the letter's <c>date_note</c>.</param>
/// <param name="Accepted">Printed names (by typographic key) the editor links to an organization under review.</param>
/// <param name="MergeReviewed">Link every review to its best candidate.</param>
internal sealed record ImportOptions(
    string ContentPath,
    IReadOnlyList<string> Files,
    LetterDate? Date = null,
    string? DateNote = null,
    IReadOnlyDictionary<string, string>? Accepted = null,
    bool MergeReviewed = false);
