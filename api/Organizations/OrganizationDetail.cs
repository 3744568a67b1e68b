using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Json;
using Archive.Core.Organizations;

namespace Archive.Api.Organizations;

/// <summary>One organization: its names, countries, the letters it signed (oldest first) and who signed with it.</summary>
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
    IReadOnlyList<CoSignerJson> CoSigners)
{
    public static OrganizationDetail From(Organization organization, ArchiveContent archive) => new(
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
        [.. archive.LettersSignedBy(organization.Id).Select(l => new SignedLetter(
            l.Id, l.Title, LetterJson.DateOf(l.Date).Date, archive.Urls.AbsoluteUri(SiteUrls.Letter(l.Id)), l.Dates.Added, l.Dates.Updated))],
        [.. archive.CoSignersOf(organization.Id).Select(c => new CoSignerJson(c.Organization.Id, c.Organization.Name, c.LetterCount))]);
}
