using Archive.Core.Addresses;

namespace Archive.SiteGen.Build.Pages;

/// <summary>The page a server sends for an unknown address; not in the sitemap. Redone with any change.</summary>
internal sealed class NotFoundKind() : PageKind<NotFoundPage>("404")
{
    public override IEnumerable<PagePlan> Plan(SiteData site) => [new(SiteUrls.NotFound, () => NotFound(site), InSitemap: false)];

    public override IEnumerable<string> Affected(ContentChange change) => change.Any ? [SiteUrls.NotFound] : [];

    private SitePage NotFound(SiteData site) =>
        Page(
            SiteUrls.NotFound,
            new PageHead("Page not found", "This page does not exist.", site.Urls.Absolute(SiteUrls.NotFound), "website", "", NoIndex: true),
            new NotFoundPage(site.Urls.Link(SiteUrls.Search)),
            inSitemap: false);
}
