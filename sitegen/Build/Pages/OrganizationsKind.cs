using Archive.Core.Addresses;
using Archive.Core.Text;

namespace Archive.SiteGen.Build.Pages;

/// <summary>Every organization, A–Z by initial, with how many letters each signed. Any change can change it.</summary>
internal sealed class OrganizationsKind() : PageKind<OrganizationsPage>("organizations")
{
    public override IEnumerable<PagePlan> Plan(SiteData site) => [new(SiteUrls.Organizations, () => Organizations(site))];

    public override IEnumerable<string> Affected(ContentChange change) => change.Any ? [SiteUrls.Organizations] : [];

    private SitePage Organizations(SiteData site)
    {
        var organizations = site.Content.Organizations;
        var groups = organizations
            .GroupBy(o => SiteData.Initial(o.Name))
            .Select(g => new InitialGroup(g.Key, g.Key == "#" ? "other" : g.Key.ToLowerInvariant(), [.. g.Select(site.OrganizationEntry)]))
            .ToList();
        var description = $"All {CountedNoun.Of(organizations.Count, "organization")} in the archive, A–Z, with the letters each signed.";
        return Page(SiteUrls.Organizations, site.Head(SiteUrls.Organizations, "Organizations", description, "organizations"), new OrganizationsPage(organizations.Count, groups));
    }
}
