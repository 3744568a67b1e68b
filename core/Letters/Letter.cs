using Archive.Core.Content;

namespace Archive.Core.Letters;

/// <summary>An open letter: one Markdown file in <c>content/letters/</c>.</summary>
public sealed record Letter
{
    /// <summary>The stable id: the file name without <c>.md</c>, e.g. <c>2009-07-20-ga-debate-on-rtop</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The title as printed, or an editor's descriptive title when the letter has none.</summary>
    public required string Title { get; init; }

    /// <summary>The date to its known precision.</summary>
    public required LetterDate Date { get; init; }

    /// <summary>True when the letter prints no date and <see cref="Date"/> is the editors' best estimate.</summary>
    public bool DateIsEstimate { get; init; }

    /// <summary>Why the date is what it is, for an estimated or otherwise uncertain date.</summary>
    public string? DateNote { get; init; }

    /// <summary>Whom the letter is addressed to, as printed.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Who receives a copy, as printed.</summary>
    public IReadOnlyList<string> CopiedTo { get; init; } = [];

    /// <summary>The organization that published or sent the letter, if known.</summary>
    public string? PublisherId { get; init; }

    /// <summary>The language of the text, as a BCP 47 tag (<c>en</c>, <c>fr</c>).</summary>
    public required string Language { get; init; }

    /// <summary>Where the text came from.</summary>
    public required LetterSource Source { get; init; }

    /// <summary>The organizations that signed, in printed order.</summary>
    public IReadOnlyList<Signatory> Signatories { get; init; } = [];

    /// <summary>The individuals who signed, in printed order.</summary>
    public IReadOnlyList<Person> People { get; init; } = [];

    /// <summary>The text of the letter as Markdown, without its signatory block.</summary>
    public required string Body { get; init; }

    /// <summary>
    /// When the letter came into the archive and when its file last changed (not when it was written: that is
    /// <see cref="Date"/>). Set when the archive is loaded; an archive's newest additions come first in
    /// <see cref="ArchiveContent.LettersByAdded"/>.
    /// </summary>
    public ContentDates Dates { get; init; }

    /// <summary>The file the letter was read from.</summary>
    public required SourceLocation Location { get; init; }
}
