using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Json;
using Archive.Core.Letters;

namespace Archive.Api.Letters;

/// <summary>A letter in a list: enough to show and link it; <c>/api/v1/letters/{id}</c> has the rest.</summary>
internal sealed record LetterSummary(
    string Id,
    string Title,
    string Date,
    string DatePrecision,
    bool DateIsEstimate,
    Uri Url,
    int SignatoryCount,
    int PeopleCount,
    DateTimeOffset Added,
    DateTimeOffset Updated)
{
    public static LetterSummary From(Letter letter, ArchiveContent archive)
    {
        var (date, precision) = LetterJson.DateOf(letter.Date);
        return new LetterSummary(
            letter.Id, letter.Title, date, precision, letter.DateIsEstimate, archive.Urls.AbsoluteUri(SiteUrls.Letter(letter.Id)), letter.Signatories.Count, letter.People.Count,
            letter.Dates.Added, letter.Dates.Updated);
    }
}
