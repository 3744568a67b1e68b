using Archive.Core.Content;
using Archive.Core.Countries;

namespace Archive.Api.Content;

/// <summary>The site's page addresses, so each JSON record links to the page a reader would open.</summary>
internal static class SiteUrls
{
    public static Uri Letter(this ArchiveContent archive, string id) => new(archive.Site.BaseUrl, $"letters/{id}/");

    public static Uri Organization(this ArchiveContent archive, string id) => new(archive.Site.BaseUrl, $"organizations/{id}/");

    public static Uri Country(this ArchiveContent archive, CountryCode code) => new(archive.Site.BaseUrl, $"countries/{code.Slug}/");
}
