using Archive.Api.Paging;
using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Json;
using Archive.Core.Organizations;

namespace Archive.Api.Organizations;

/// <summary>
/// One organization: its names, the countries it is based in, the letters it signed (oldest first) and who signed
/// with it (most shared letters first), the first <see cref="PageRequest.EmbeddedItems"/> of each; <see cref="Links"/>
/// lead to the whole lists, paged.
/// </summary>
internal sealed record OrganizationDetail(
    string Id,
    string Name,
    string? Acronym,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Countries,
    Uri? Website,
    string? Description,
    Uri Url,
    DateTimeOffset Added,
    DateTimeOffset Updated,
    IReadOnlyList<SignedLetter> Letters,
    IReadOnlyList<CoSignerJson> CoSigners,
    int LetterCount,
    int CoSignerCount,
    OrganizationLinks Links)
{
    public static OrganizationDetail From(Organization organization, ArchiveContent archive)
    {
        var letters = archive.LettersSignedBy(organization.Id);
        var coSigners = archive.CoSignersOf(organization.Id, PageRequest.EmbeddedItems);
        return new(
            organization.Id,
            organization.Name,
            organization.Acronym,
            organization.Aliases,
            [.. organization.Countries.Select(c => c.Value)],
            organization.Website,
            organization.Description,
            archive.Urls.AbsoluteUri(SiteUrls.Organization(organization.Id)),
            organization.Dates.Added,
            organization.Dates.Updated,
            [.. letters.Take(PageRequest.EmbeddedItems).Select(l => SignedLetter.From(l, archive))],
            [.. coSigners.Top.Select(CoSignerJson.From)],
            letters.Count,
            coSigners.Total,
            new OrganizationLinks(
                archive.Urls.ApiUri(OrganizationsApi.LettersOf(organization.Id).TrimStart('/')),
                archive.Urls.ApiUri(OrganizationsApi.CoSignersOf(organization.Id).TrimStart('/'))));
    }
}
