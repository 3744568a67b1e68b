using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Json;
using Archive.Core.Text;
using Archive.SiteGen.Build.Maps;

namespace Archive.SiteGen.Build.Pages;

/// <summary>
/// A country's pages: its organizations (with their counts, on the first page) and the letters they signed, newest
/// first, by year, <see cref="SiteData.LettersPerPage"/> to a page (<c>countries/ug/</c>, <c>countries/ug/page/2/</c>…).
/// A country with more organizations than <see cref="OrganizationsKind.ListedWhole"/> shows on its first page those
/// that signed most letters, and lists them all A–Z on pages of their own (<c>countries/ug/organizations/</c>…).
/// They change with the countries of every organization whose page changes: the first page and the organizations'
/// pages always, the others where a changed letter is, or all of them when the country's letters are added, removed
/// or moved.
/// </summary>
internal sealed class CountryKind() : PageKind<CountryPage>("country")
{
    /// <summary>How many of a country's organizations its first page shows when they have pages of their own.</summary>
    private const int MostActiveShown = 10;

    public override IEnumerable<PagePlan> Plan(SiteData site)
    {
        foreach (var profile in site.Content.Countries)
        {
            var count = SiteData.PageCount(profile.Letters.Count);
            foreach (var number in Enumerable.Range(1, count))
            {
                var json = number == 1 ? () => ArchiveJson.Bytes(CountryDetail.From(profile, site.Content)) : (Func<byte[]>?)null;
                var feed = number == 1 ? () => AtomFeed.OfCountry(site, profile) : (Func<byte[]>?)null;
                yield return new PagePlan(SiteUrls.CountryPage(profile.Country.Code, number), () => Country(site, profile, number), Json: json, Feed: feed);
            }

            foreach (var number in OrganizationPageNumbers(profile))
            {
                yield return new PagePlan(SiteUrls.CountryOrganizationsPage(profile.Country.Code, number), () => Organizations(site, profile, number));
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

            foreach (var number in OrganizationPageNumbers(now))
            {
                yield return SiteUrls.CountryOrganizationsPage(code, number);
            }
        }
    }

    // The pages of a country's organizations A–Z: none when its first page lists them all.
    private static IEnumerable<int> OrganizationPageNumbers(CountryProfile profile) =>
        profile.Organizations.Count > OrganizationsKind.ListedWhole
            ? Enumerable.Range(1, (profile.Organizations.Count + OrganizationsKind.ListedWhole - 1) / OrganizationsKind.ListedWhole)
            : [];

    private SitePage Country(SiteData site, CountryProfile profile, int number)
    {
        var country = profile.Country;
        var letters = site.ListPage(profile.Letters, number, n => SiteUrls.CountryPage(country.Code, n), heading: 3);
        var pages = letters.Pages;
        var paged = profile.Organizations.Count > OrganizationsKind.ListedWhole;
        // The organizations are shown once, on the first page; the following pages continue the letters.
        var organizations = number > 1 ? []
            : paged ? profile.Organizations.OrderByDescending(o => site.Content.LettersSignedBy(o.Id).Count).Take(MostActiveShown)
            : profile.Organizations;
        var all = number == 1 && paged
            ? new Link($"All {profile.Organizations.Count} organizations from {country.Name}, A–Z", site.Urls.Link(SiteUrls.CountryOrganizationsPage(country.Code, 1)))
            : null;
        var model = new CountryPage(country.Name, country.Code.Value, site.Urls.Link(SiteUrls.Country(country.Code)), profile.Organizations.Count, profile.Letters.Count,
            [.. organizations.Select(site.OrganizationEntry)], all, null, letters, number == 1 ? DrawMap.Country(site.Map, site.MapFile, country.Code, site.CountryLink(country.Code)) : null);
        var description = $"{CountedNoun.Of(profile.Organizations.Count, "organization")} from {country.Name} and the {CountedNoun.Of(profile.Letters.Count, "letter")} they signed{pages?.Suffix}.";
        var address = SiteUrls.CountryPage(country.Code, number);
        var head = site.Head(address, country.Name + pages?.TitleSuffix, description, "countries") with { Feed = site.FeedLink(SiteUrls.Country(country.Code), country.Name) };
        return Page(address, number == 1 ? head with { Json = site.Urls.Link(SiteUrls.JsonBeside(address)) } : head, model);
    }

    private SitePage Organizations(SiteData site, CountryProfile profile, int number)
    {
        var country = profile.Country;
        var perPage = OrganizationsKind.ListedWhole;
        var pages = site.Pages(number, OrganizationPageNumbers(profile).Count(), n => SiteUrls.CountryOrganizationsPage(country.Code, n)) is { } links
            ? links with { PreviousText = "Previous", NextText = "Next" }
            : null;
        var model = new CountryPage(country.Name, country.Code.Value, site.Urls.Link(SiteUrls.Country(country.Code)), profile.Organizations.Count, profile.Letters.Count,
            [.. profile.Organizations.Skip((number - 1) * perPage).Take(perPage).Select(site.OrganizationEntry)], null, pages, null);
        var description = $"The {CountedNoun.Of(profile.Organizations.Count, "organization")} from {country.Name} in the archive, A–Z{pages?.Suffix}.";
        var address = SiteUrls.CountryOrganizationsPage(country.Code, number);
        return Page(address, site.Head(address, $"{country.Name}: organizations{pages?.TitleSuffix}", description, "countries") with { Feed = site.FeedLink(SiteUrls.Country(country.Code), country.Name) }, model);
    }
}
