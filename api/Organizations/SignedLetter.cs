using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Json;
using Archive.Core.Letters;

namespace Archive.Api.Organizations;

/// <summary>A letter an organization signed, as its page lists it.</summary>
internal sealed record SignedLetter(string Id, string Title, string Date, Uri Url, DateTimeOffset Added, DateTimeOffset Updated)
{
    public static SignedLetter From(Letter letter, ArchiveContent archive) =>
        new(letter.Id, letter.Title, LetterJson.DateOf(letter.Date).Date, archive.Urls.AbsoluteUri(SiteUrls.Letter(letter.Id)), letter.Dates.Added, letter.Dates.Updated);
}
