using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Letters;

namespace Archive.Core.Search;

/// <summary>
/// Which letters a list or a search keeps: signed by one of some organizations, by a signatory standing for one of
/// some countries, of one of some years, or within dates. Several values of one part mean any of them; the parts
/// combine (all must hold). A letter dated only to a month or a year covers that whole month or year, and matches a
/// date range when the two overlap: "2008" matches <c>from=2008-06-01</c> and <c>to=2008-01-31</c>.
/// </summary>
public sealed record LetterFilter
{
    /// <summary>No filter: every letter.</summary>
    public static LetterFilter None { get; } = new();

    /// <summary>Only letters one of these organizations signed; none: any.</summary>
    public IReadOnlyCollection<string> OrganizationIds { get; init; } = [];

    /// <summary>Only letters with a signatory standing for one of these countries (<see cref="ArchiveContent.CountriesOf(Signatory)"/>); none: any.</summary>
    public IReadOnlyCollection<CountryCode> Countries { get; init; } = [];

    /// <summary>Only letters of one of these years; none: any.</summary>
    public IReadOnlyCollection<int> Years { get; init; } = [];

    /// <summary>Only letters whose date range ends on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only letters whose date range starts on or before this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Whether the filter keeps every letter.</summary>
    public bool IsNone => OrganizationIds.Count == 0 && Countries.Count == 0 && !HasDates;

    /// <summary>Whether the filter reads the letter's date (years, from or to).</summary>
    public bool HasDates => Years.Count > 0 || From is not null || To is not null;

    /// <summary>Whether a letter passes every part of the filter.</summary>
    public bool Matches(Letter letter, ArchiveContent archive)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(archive);
        return (OrganizationIds.Count == 0 || letter.Signatories.Any(s => OrganizationIds.Contains(s.OrganizationId)))
            && (Countries.Count == 0 || letter.Signatories.Any(s => archive.CountriesOf(s).Any(Countries.Contains)))
            && MatchesDates(letter);
    }

    /// <summary>Whether a letter passes the date parts of the filter (years, from, to).</summary>
    public bool MatchesDates(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var (start, end) = RangeOf(letter.Date);
        return (Years.Count == 0 || Years.Contains(letter.Date.Year))
            && (From is not { } from || end >= from)
            && (To is not { } to || start <= to);
    }

    /// <summary>The first and last day a date stands for: one day, a whole month or a whole year.</summary>
    public static (DateOnly Start, DateOnly End) RangeOf(LetterDate date) => date.Precision switch
    {
        DatePrecision.Day => (date.Start, date.Start),
        DatePrecision.Month => (date.Start, date.Start.AddMonths(1).AddDays(-1)),
        _ => (date.Start, new DateOnly(date.Year, 12, 31)),
    };
}
