using Archive.Core.Letters;

namespace Archive.SiteGen.Import;

/// <summary>
/// Everything read from a letter's text before any organization is matched: what it prints, and where.
/// </summary>
internal sealed record LetterDraft
{
    public required string Title { get; init; }

    /// <summary>False when the letter prints no title and <see cref="Title"/> was made from its recipient or date.</summary>
    public required bool TitleIsPrinted { get; init; }

    /// <summary>The printed date, or null when the letter prints none.</summary>
    public LetterDate? Date { get; init; }

    public int? DateLine { get; init; }

    /// <summary>A caution about how the date was read (an ambiguous numeric date).</summary>
    public string? DateCaution { get; init; }

    public IReadOnlyList<string> Recipients { get; init; } = [];

    public IReadOnlyList<string> Cc { get; init; } = [];

    /// <summary>An organization's name printed as a letterhead above the letter ("INTERNATIONAL COALITION FOR …").</summary>
    public string? Letterhead { get; init; }

    public required string Language { get; init; }

    public required string Body { get; init; }

    /// <summary>The line where the signatory block starts ("Sincerely,").</summary>
    public required int SignatureLine { get; init; }

    public IReadOnlyList<PrintedSignatory> Signatories { get; init; } = [];

    public IReadOnlyList<PrintedPerson> People { get; init; } = [];

    public IReadOnlyList<SkippedLine> Skipped { get; init; } = [];
}
