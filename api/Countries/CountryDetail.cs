using Archive.Api.Letters;
using Archive.Api.Organizations;
using Archive.Core.Addresses;
using Archive.Core.Content;

namespace Archive.Api.Countries;

/// <summary>One country: its organizations (A–Z) and the letters they signed (newest first).</summary>
internal sealed record CountryDetail(
    string Code, string Name, IReadOnlyList<string> Aliases, Uri Url, IReadOnlyList<OrganizationSummary> Organizations, IReadOnlyList<LetterSummary> Letters)
{
    public static CountryDetail From(CountryProfile profile, ArchiveContent archive) => new(
        profile.Country.Code.Value,
        profile.Country.Name,
        profile.Country.Aliases,
        archive.Urls.AbsoluteUri(SiteUrls.Country(profile.Country.Code)),
        [.. profile.Organizations.Select(o => OrganizationSummary.From(o, archive))],
        [.. profile.Letters.Select(l => LetterSummary.From(l, archive))]);
}
