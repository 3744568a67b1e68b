using Archive.Core.Addresses;

namespace Archive.SiteGen.Build.Pages;

/// <summary>The search page (its results come from the search index, made by the search step). Redone with any change.</summary>
internal sealed class SearchKind() : PageKind<SearchPage>("search")
{
    public override IEnumerable<PagePlan> Plan(SiteData site) => [new(SiteUrls.Search, () => Search(site))];

    public override IEnumerable<string> Affected(ContentChange change) => change.Any ? [SiteUrls.Search] : [];

    private SitePage Search(SiteData site)
    {
        var head = site.Head(SiteUrls.Search, "Search", $"Search the text of every letter in the {site.Content.Site.Title}, by organization, country and year.", "search", script: "search");
        return Page(SiteUrls.Search, head, new SearchPage(site.Urls.Link("pagefind/pagefind.js")));
    }
}
