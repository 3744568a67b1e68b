using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Countries;

namespace Archive.SiteGen.Build.Pages;

/// <summary>The search page (its results come from the search index, made by the search step). Redone with any change.</summary>
internal sealed class SearchKind() : PageKind<SearchPage>("search")
{
    public override IEnumerable<PagePlan> Plan(SiteData site) => [new(SiteUrls.Search, () => Search(site))];

    public override IEnumerable<string> Affected(ContentChange change) => change.Any ? [SiteUrls.Search] : [];

    private SitePage Search(SiteData site)
    {
        var head = site.Head(SiteUrls.Search, "Search", $"Search the text of every letter in the {site.Content.Site.Title}, by organization, country and year.", "search", script: "search");
        return Page(SiteUrls.Search, head, new SearchPage(site.Urls.Link("pagefind/pagefind.js"), Countries(site)));
    }

    // Exactly the values of the index's country filter (a letter page marks the countries of its signatories, see
    // letter.scriban), each with its ISO code, so the page can read ?country=ug as well as ?country=Uganda (issue 17).
    // Gathered per signatory, each organization's countries once: asking each letter for its sorted countries took
    // several times as long at 10,000 letters.
    private static List<SearchCountry> Countries(SiteData site)
    {
        var codes = new HashSet<CountryCode>();
        var organizations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var letter in site.Content.Letters)
        {
            foreach (var signatory in letter.Signatories)
            {
                if (signatory.Countries.Count > 0)
                {
                    codes.UnionWith(signatory.Countries);
                }
                else if (organizations.Add(signatory.OrganizationId))
                {
                    codes.UnionWith(site.Content.CountriesOf(signatory));
                }
            }
        }

        return [.. NameComparer.OrderByName(codes.Select(CountryTable.Get), c => c.Name).Select(c => new SearchCountry(c.Name, c.Code.Value))];
    }
}
