using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Organizations;

namespace Archive.Api.Organizations;

/// <summary>An organization in a list, with how many letters it signed.</summary>
internal sealed record OrganizationSummary(
    string Id, string Name, string? Acronym, IReadOnlyList<string> Countries, Uri Url, int LetterCount, DateTimeOffset Added, DateTimeOffset Updated)
{
    public static OrganizationSummary From(Organization organization, ArchiveContent archive) => new(
        organization.Id,
        organization.Name,
        organization.Acronym,
        [.. organization.Countries.Select(c => c.Value)],
        archive.Urls.AbsoluteUri(SiteUrls.Organization(organization.Id)),
        archive.LettersSignedBy(organization.Id).Count,
        organization.Dates.Added,
        organization.Dates.Updated);
}
