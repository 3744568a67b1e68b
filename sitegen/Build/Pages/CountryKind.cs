using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Text;

namespace Archive.SiteGen.Build.Pages;

/// <summary>
/// A country's pages: its organizations (with their counts, on the first page) and the letters they signed, newest
/// first, <see cref="SiteData.LettersPerPage"/> to a page (<c>countries/ug/</c>, <c>countries/ug/page/2/</c>…). They
/// change with the countries of every organization whose page changes: the first page always, the others where a
/// changed letter is, or all of them when the country's letters are added, removed or moved.
/// </summary>
internal sealed class CountryKind() : PageKind<CountryPage>("country")
{
    public override IEnumerable<PagePlan> Plan(SiteData site)
    {
        foreach (var profile in site.Content.Countries)
        {
            var count = SiteData.PageCount(profile.Letters.Count);
            foreach (var number in Enumerable.Range(1, count))
            {
                yield return new PagePlan(SiteUrls.CountryPage(profile.Country.Code, number), () => Country(site, profile, number, count));
            }
        }
    }

    public override IEnumerable<string> Affected(ContentChange change)
    {
        foreach (var code in change.Countries)
        {
            if (change.After.FindCountry(code) is not { } now)
            {
                continue;
            }

            var pages = change.Before.FindCountry(code) is { } was ? change.ListPagesShowingAChange(was.Letters, now.Letters) : null;
            foreach (var number in pages?.Prepend(1).Distinct() ?? Enumerable.Range(1, SiteData.PageCount(now.Letters.Count)))
            {
                yield return SiteUrls.CountryPage(code, number);
            }
        }
    }

    private SitePage Country(SiteData site, CountryProfile profile, int number, int pageCount)
    {
        var country = profile.Country;
        var pages = site.Pages(number, pageCount, n => SiteUrls.CountryPage(country.Code, n));
        // The organizations are listed once, on the first page; the following pages continue the letters.
        var model = new CountryPage(country.Name, country.Code.Value, profile.Organizations.Count, profile.Letters.Count,
            number == 1 ? [.. profile.Organizations.Select(site.OrganizationEntry)] : [],
            [.. SiteData.PageOf(profile.Letters, number).Select(site.SummaryOf)],
            pages);
        var description = $"{CountedNoun.Of(profile.Organizations.Count, "organization")} from {country.Name} and the {CountedNoun.Of(profile.Letters.Count, "letter")} they signed{pages?.Suffix}.";
        var address = SiteUrls.CountryPage(country.Code, number);
        return Page(address, site.Head(address, country.Name + pages?.TitleSuffix, description, "countries"), model);
    }
}
