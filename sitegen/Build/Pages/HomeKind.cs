using Archive.Core.Addresses;

namespace Archive.SiteGen.Build.Pages;

/// <summary>The home page: what the archive is, its counts and its newest letters. Any change can change them.</summary>
internal sealed class HomeKind() : PageKind<HomePage>("home")
{
    private const int LatestOnHome = 10;

    public override IEnumerable<PagePlan> Plan(SiteData site) => [new(SiteUrls.Home, () => Home(site))];

    public override IEnumerable<string> Affected(ContentChange change) => change.Any ? [SiteUrls.Home] : [];

    private SitePage Home(SiteData site)
    {
        var content = site.Content;
        var model = new HomePage(content.Site.Description, content.Letters.Count, content.Organizations.Count, content.Countries.Count,
            [.. content.Letters.Take(LatestOnHome).Select(site.SummaryOf)]);
        var head = site.Head(SiteUrls.Home, content.Site.Title, content.Site.Description, "home") with { JsonLd = WebSiteJsonLd.For(content.Site, site.Urls) };
        return Page(SiteUrls.Home, head, model);
    }
}
