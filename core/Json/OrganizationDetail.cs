using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Organizations;

namespace Archive.Core.Json;

/// <summary>
/// One organization: its names, the countries it is based in, its identifiers in authority files, the organizations
/// it replaced (with the names they had), the letters it signed (oldest first) and who signed
/// with it (most shared letters first), the first 100 of each; <c>links</c>
/// lead to the whole lists, paged.
/// </summary>
public sealed record OrganizationDetail(
    string Id,
    string Name,
    string? Acronym,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Countries,
    Uri? Website,
    string? Wikidata,
    string? Viaf,
    string? Ror,
    IReadOnlyList<ReplacedOrganizationJson> Replaces,
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
        var coSigners = archive.CoSignersOf(organization.Id, ArchiveJson.EmbeddedItems);
        return new(
            organization.Id,
            organization.Name,
            organization.Acronym,
            organization.Aliases,
            [.. organization.Countries.Select(c => c.Value)],
            organization.Website,
            organization.Wikidata,
            organization.Viaf,
            organization.Ror,
            [.. organization.Replaces.Select(ReplacedOrganizationJson.From)],
            organization.Description,
            archive.Urls.AbsoluteUri(SiteUrls.Organization(organization.Id)),
            organization.Dates.Added,
            organization.Dates.Updated,
            [.. letters.Take(ArchiveJson.EmbeddedItems).Select(l => SignedLetter.From(l, archive))],
            [.. coSigners.Top.Select(CoSignerJson.From)],
            letters.Count,
            coSigners.Total,
            new OrganizationLinks(
                archive.Urls.ApiUri(ApiRoutes.OrganizationLetters(organization.Id).TrimStart('/')),
                archive.Urls.ApiUri(ApiRoutes.OrganizationCoSigners(organization.Id).TrimStart('/'))));
    }
}
