using Archive.Core.Addresses;
using Archive.Core.Text;
using Archive.SiteGen.Build.Maps;

namespace Archive.SiteGen.Build.Pages;

/// <summary>Every country of a signing organization, with its counts. Any change can change it.</summary>
internal sealed class CountriesKind() : PageKind<CountriesPage>("countries")
{
    public override IEnumerable<PagePlan> Plan(SiteData site) => [new(SiteUrls.Countries, () => Countries(site))];

    public override IEnumerable<string> Affected(ContentChange change) => change.Any ? [SiteUrls.Countries] : [];

    private SitePage Countries(SiteData site)
    {
        var entries = site.Content.Countries
            .Select(c => (c.Country.Code, Entry: new CountryEntry(c.Country.Name, c.Country.Code.Value, site.Urls.Link(SiteUrls.Country(c.Country.Code)), c.Organizations.Count, c.Letters.Count)))
            .ToList();
        var countries = entries.Select(c => c.Entry).ToList();
        var description = $"The {CountedNoun.Of(countries.Count, "country", "countries")} of the organizations that signed letters in the archive.";
        return Page(SiteUrls.Countries, site.Head(SiteUrls.Countries, "Countries", description, "countries"), new CountriesPage(countries, DrawMap.OrganizationCounts(site.Map, site.MapFile, entries, "country-table")));
    }
}
