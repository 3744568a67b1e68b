using System.Globalization;
using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Letters;
using Archive.Core.Organizations;

namespace Archive.Api.Reconciliation;

/// <summary>
/// A property the data extension can add to a spreadsheet (Reconciliation Service API 0.2, §7): its id, its name,
/// what it holds, and its values for one organization, each in one of the standard's value forms (<c>str</c>,
/// <c>int</c>, <c>date</c>).
/// </summary>
internal sealed record ExtensionProperty(string Id, string Name, string Description, Func<Organization, ArchiveContent, IReadOnlyList<ExtensionValue>> ValuesOf)
{
    public static IReadOnlyList<ExtensionProperty> All { get; } =
    [
        new("countries", "Countries", "The countries the organization is based in, by name (one value each).", (o, _) =>
            [.. o.Countries.Select(c => ExtensionValue.Text(CountryTable.Get(c).Name))]),
        new("website", "Website", "The organization's website, when the archive knows it.", (o, _) =>
            o.Website is { } website ? [ExtensionValue.Text(website.AbsoluteUri)] : []),
        new("letter_count", "Letter count", "How many letters of the archive the organization signed.", (o, content) =>
            [ExtensionValue.Number(content.LettersSignedBy(o.Id).Count)]),
        new("first_letter_date", "First letter date", "The date of the first letter it signed: a date when the day is known, else the year or year and month as text.", (o, content) =>
            content.LettersSignedBy(o.Id) is [var first, ..] ? [Date(first.Date)] : []),
        new("last_letter_date", "Last letter date", "The date of the last letter it signed: a date when the day is known, else the year or year and month as text.", (o, content) =>
            content.LettersSignedBy(o.Id) is [.., var last] ? [Date(last.Date)] : []),
    ];

    public static ExtensionProperty? Find(string id) => All.FirstOrDefault(p => p.Id == id);

    // The standard's dates are moments; a letter dated to its month or year only is given as written ("2009-07"),
    // not as the first day of it, which it would claim to know.
    private static ExtensionValue Date(LetterDate date) => date.Precision == DatePrecision.Day
        ? ExtensionValue.Moment(date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z")
        : ExtensionValue.Text(date.ToString());
}
