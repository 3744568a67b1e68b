using Archive.Core.Addresses;
using Archive.Core.Content;

namespace Archive.Api.Countries;

/// <summary>A country in the list: how many of the archive's organizations are there and how many letters they signed.</summary>
internal sealed record CountrySummary(string Code, string Name, Uri Url, int OrganizationCount, int LetterCount)
{
    public static CountrySummary From(CountryProfile profile, ArchiveContent archive) => new(
        profile.Country.Code.Value,
        profile.Country.Name,
        archive.Urls.AbsoluteUri(SiteUrls.Country(profile.Country.Code)),
        profile.Organizations.Count,
        profile.Letters.Count);
}
