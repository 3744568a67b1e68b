using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Organizations;

namespace Archive.Api.Reconciliation;

/// <summary>
/// The reconciliation service's fixed parts (Reconciliation Service API 0.2): its one type, its one matching
/// property, its addresses under <see cref="ApiRoutes.Root"/>, and its manifest.
/// </summary>
internal static class ReconciliationService
{
    public const string Route = "/reconcile";
    public const string SuggestEntityPath = "/suggest/entity";
    public const string PreviewPath = "/preview";
    public const string ProposePropertiesPath = "/properties";

    /// <summary>The one type of entity the service reconciles (schema.org's name for it).</summary>
    public const string OrganizationType = "Organization";

    /// <summary>The property a query may give to match on: the organization's country, as a name or an ISO code.</summary>
    public const string CountryProperty = "country";

    public static EntityType Type { get; } = new(OrganizationType, "Organization");

    // A token of an organization id's characters, replaced by the standard's {{id}} once the address is made, so the
    // view template is the site's own address of an organization (SiteUrls), not a second copy of it.
    private const string IdToken = "reconcile-id-token";

    public static ServiceManifest Manifest(ArchiveContent content, string apiBase)
    {
        var service = apiBase + ApiRoutes.Root + Route;
        return new ServiceManifest(
            ["0.2"],
            content.Site.Title,
            content.Urls.AbsoluteUri(SiteUrls.Organizations).AbsoluteUri,
            "http://schema.org/",
            apiBase + ApiRoutes.Docs,
            [Type],
            new UrlTemplate(content.Urls.AbsoluteUri(SiteUrls.Organization(IdToken)).AbsoluteUri.Replace(IdToken, "{{id}}", StringComparison.Ordinal)),
            new PreviewSettings(service + PreviewPath + "?id={{id}}", 400, 160),
            new SuggestSettings(new ServiceAddress(service, SuggestEntityPath)),
            new ExtendSettings(new ServiceAddress(service, ProposePropertiesPath), []));
    }

    /// <summary>What tells an organization from its namesakes in a list: its acronym and its countries, e.g. "FORSC · Burundi".</summary>
    public static string? Describe(Organization organization)
    {
        var countries = string.Join(", ", organization.Countries.Select(c => CountryTable.Get(c).Name));
        var parts = new[] { organization.Acronym, countries }.Where(p => !string.IsNullOrEmpty(p)).ToList();
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }
}
