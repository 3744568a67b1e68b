using Archive.Core.Addresses;
using Archive.Core.Content;

namespace Archive.Core.Json;

/// <summary>
/// One country: the organizations based there (A–Z) and the letters with a signatory standing for it (newest first),
/// the first 100 of each; <c>links</c> lead to the whole lists, paged.
/// </summary>
public sealed record CountryDetail(
    string Code, string Name, IReadOnlyList<string> Aliases, Uri Url, IReadOnlyList<OrganizationSummary> Organizations, IReadOnlyList<LetterSummary> Letters,
    int OrganizationCount,
    int LetterCount,
    CountryLinks Links)
{
    public static CountryDetail From(CountryProfile profile, ArchiveContent archive) => new(
        profile.Country.Code.Value,
        profile.Country.Name,
        profile.Country.Aliases,
        archive.Urls.AbsoluteUri(SiteUrls.Country(profile.Country.Code)),
        [.. profile.Organizations.Take(ArchiveJson.EmbeddedItems).Select(o => OrganizationSummary.From(o, archive))],
        [.. profile.Letters.Take(ArchiveJson.EmbeddedItems).Select(l => LetterSummary.From(l, archive))],
        profile.Organizations.Count,
        profile.Letters.Count,
        new CountryLinks(
            archive.Urls.ApiUri(ApiRoutes.CountryOrganizations(profile.Country.Code).TrimStart('/')),
            archive.Urls.ApiUri(ApiRoutes.CountryLetters(profile.Country.Code).TrimStart('/'))));
}
