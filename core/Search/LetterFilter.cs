using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Letters;

namespace Archive.Core.Search;

/// <summary>
/// Which letters a list or a search keeps: signed by an organization, by an organization of a country, of a year,
/// or within dates. A letter dated only to a month or a year covers that whole month or year, and matches a date
/// range when the two overlap: "2008" matches <c>from=2008-06-01</c> and <c>to=2008-01-31</c>.
/// </summary>
public sealed record LetterFilter
{
    /// <summary>No filter: every letter.</summary>
    public static LetterFilter None { get; } = new();

    /// <summary>Only letters this organization signed.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>Only letters with a signatory standing for this country (<see cref="ArchiveContent.CountriesOf(Signatory)"/>).</summary>
    public CountryCode? Country { get; init; }

    /// <summary>Only letters of this year.</summary>
    public int? Year { get; init; }

    /// <summary>Only letters whose date range ends on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only letters whose date range starts on or before this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Whether a letter passes every part of the filter.</summary>
    public bool Matches(Letter letter, ArchiveContent archive)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(archive);
        var (start, end) = RangeOf(letter.Date);
        return (OrganizationId is null || letter.Signatories.Any(s => s.OrganizationId == OrganizationId))
            && (Country is not { } country || letter.Signatories.Any(s => archive.CountriesOf(s).Contains(country)))
            && (Year is not { } year || letter.Date.Year == year)
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
