using Archive.Core.Addresses;
using Archive.Core.Letters;

namespace Archive.SiteGen.Build.Pages;

/// <summary>
/// The home page: what the archive is, its counts, its newest letters and the letters most recently added to it, and
/// beside it the site's feed of those. Any change can change them.
/// </summary>
internal sealed class HomeKind() : PageKind<HomePage>("home")
{
    private const int LatestOnHome = 10;

    // The site's feed, /feed.xml, is beside it (issue 20: as each organization's and country's beside theirs).
    public override IEnumerable<PagePlan> Plan(SiteData site) => [new(SiteUrls.Home, () => Home(site), Feed: () => AtomFeed.OfSite(site))];

    public override IEnumerable<string> Affected(ContentChange change) => change.Any ? [SiteUrls.Home] : [];

    private SitePage Home(SiteData site)
    {
        var content = site.Content;
        var model = new HomePage(content.Site.Description, content.Letters.Count, content.Organizations.Count, content.Countries.Count,
            [.. content.Letters.Take(LatestOnHome).Select(site.SummaryOf)],
            RecentlyAdded(site));
        var head = site.Head(SiteUrls.Home, content.Site.Title, content.Site.Description, "home") with { JsonLd = WebSiteJsonLd.For(content.Site, site.Urls) };
        return Page(SiteUrls.Home, head, model);
    }

    // The day of each addition in UTC, as the feed's timestamps are: one heading per day of a batch import.
    private static List<AddedDay> RecentlyAdded(SiteData site) =>
        [.. site.Content.LettersByAdded.Take(LatestOnHome)
            .GroupBy(l => DateOnly.FromDateTime(l.Dates.Added.UtcDateTime))
            .Select(day => new AddedDay(
                day.Key.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                LetterDate.OfDay(day.Key.Year, day.Key.Month, day.Key.Day).ToDisplayString(),
                [.. day.Select(site.SummaryOf)]))];
}
