using Archive.Core.Letters;

namespace Archive.SiteGen.Import;

/// <summary>One imported letter: what was read, what it was linked to, and the id and date it will be written with.</summary>
internal sealed record ImportedLetter
{
    /// <summary>The file as the editor named it.</summary>
    public required string File { get; init; }

    public required byte[] SourceBytes { get; init; }

    public required LetterDraft Draft { get; init; }

    /// <summary>The letter id; null when the letter has no date yet.</summary>
    public string? Id { get; init; }

    public LetterDate? Date { get; init; }

    public bool DateIsEstimate { get; init; }

    public string? DateNote { get; init; }

    public string? PublisherId { get; init; }

    public required IReadOnlyList<ResolvedSignatory> Signatories { get; init; }

    public required IReadOnlyList<ResolvedPerson> People { get; init; }
}
