using Archive.Core.Addresses;
using Archive.Core.Organizations;
using Archive.Core.Text;

namespace Archive.SiteGen.Build.Pages;

/// <summary>
/// The organizations index: every organization A–Z by initial, with how many letters each signed, the initials with
/// their counts, and the countries linked to their pages (which list their organizations). When the organizations are
/// more than <see cref="ListedWhole"/>, the index lists none itself and each initial has a page of its own
/// (<c>organizations/initial/a/</c>…, <c>organizations/initial/other/</c> for <c>#</c>). Every page of it has the filter,
/// which searches <see cref="SiteUrls.OrganizationNames"/> as the reader types. Any change can change any of them.
/// </summary>
internal sealed class OrganizationsKind() : PageKind<OrganizationsPage>("organizations")
{
    /// <summary>How many organizations the index lists on its one page; more are listed an initial to a page.</summary>
    public const int ListedWhole = 300;

    /// <summary>The initials of the A–Z navigation, in its order: <c>#</c> (digits and signs) last.</summary>
    private static readonly string[] Initials = [.. Enumerable.Range('A', 26).Select(c => ((char)c).ToString()), "#"];

    public override IEnumerable<PagePlan> Plan(SiteData site)
    {
        yield return new PagePlan(SiteUrls.Organizations, () => Index(site));
        if (site.Content.Organizations.Count > ListedWhole)
        {
            foreach (var group in GroupsOf(site.Content.Organizations))
            {
                yield return new PagePlan(SiteUrls.OrganizationsStartingWith(group.Key.Slug), () => InitialPage(site, group.Key));
            }
        }
    }

    public override IEnumerable<string> Affected(ContentChange change) =>
        change.Any ? [SiteUrls.Organizations, .. Initials.Select(i => SiteUrls.OrganizationsStartingWith(new Initial(i).Slug))] : [];

    private SitePage Index(SiteData site)
    {
        var organizations = site.Content.Organizations;
        var whole = organizations.Count <= ListedWhole;
        var groups = GroupsOf(organizations);
        var lead = whole
            ? $"{CountedNoun.Of(organizations.Count, "organization")} in the archive, A–Z, with how many letters each signed."
            : $"{CountedNoun.Of(organizations.Count, "organization")} in the archive: choose an initial or a country, or find one by name.";
        var model = new OrganizationsPage(
            "Organizations",
            lead,
            InitialLinks(site, groups, whole, current: null),
            whole ? [.. groups.Select(g => Group(site, g))] : [],
            [.. site.Content.Countries.Select(c => new CountryLink(c.Country.Name, site.Urls.Link(SiteUrls.Country(c.Country.Code)), c.Organizations.Count))],
            site.Urls.Link(SiteUrls.OrganizationNames));
        var description = $"All {CountedNoun.Of(organizations.Count, "organization")} in the archive, A–Z and by country, with the letters each signed.";
        return Page(SiteUrls.Organizations, site.Head(SiteUrls.Organizations, "Organizations", description, "organizations", script: "organizations"), model);
    }

    private SitePage InitialPage(SiteData site, Initial initial)
    {
        var groups = GroupsOf(site.Content.Organizations);
        var group = groups.Single(g => g.Key == initial);
        var title = $"Organizations starting with {initial.Words}";
        var count = CountedNoun.Of(group.Count(), "organization");
        var model = new OrganizationsPage(
            title,
            $"{count} of {site.Content.Organizations.Count}, A–Z, with how many letters each signed.",
            InitialLinks(site, groups, whole: false, current: initial),
            [Group(site, group)],
            [],
            site.Urls.Link(SiteUrls.OrganizationNames));
        var address = SiteUrls.OrganizationsStartingWith(initial.Slug);
        var description = $"The {count} in the archive whose names start with {initial.Words}, with the letters each signed.";
        return Page(address, site.Head(address, title, description, "organizations", script: "organizations"), model);
    }

    // The organizations by initial, each A–Z (the archive's order), the initials in the navigation's order.
    private static List<IGrouping<Initial, Organization>> GroupsOf(IReadOnlyList<Organization> organizations) =>
        [.. organizations.GroupBy(o => new Initial(SiteData.Initial(o.Name))).OrderBy(g => Array.IndexOf(Initials, g.Key.Letter))];

    private static InitialGroup Group(SiteData site, IGrouping<Initial, Organization> group) =>
        new(group.Key.Letter, group.Key.Slug, [.. group.Select(site.OrganizationEntry)]);

    // Every initial, with its count, linked to where its organizations are: the heading on the one page, or its own page.
    private static List<InitialLink> InitialLinks(SiteData site, List<IGrouping<Initial, Organization>> groups, bool whole, Initial? current)
    {
        var counts = groups.ToDictionary(g => g.Key, g => g.Count());
        return [.. Initials.Select(letter => new Initial(letter)).Select(initial =>
        {
            var count = counts.GetValueOrDefault(initial);
            var url = count == 0 ? null : whole ? "#" + initial.Slug : site.Urls.Link(SiteUrls.OrganizationsStartingWith(initial.Slug));
            return new InitialLink(initial.Letter, count, url, initial == current);
        })];
    }

    /// <summary>An initial of the A–Z groups: a capital letter, or <c>#</c> for names that start with a digit or sign.</summary>
    private sealed record Initial(string Letter)
    {
        /// <summary>Its heading's id and its page's folder: <c>a</c>…, <c>other</c> for <c>#</c>.</summary>
        public string Slug => Letter == "#" ? "other" : Letter.ToLowerInvariant();

        /// <summary>How a sentence says it: "C", "a digit or sign".</summary>
        public string Words => Letter == "#" ? "a digit or sign" : Letter;
    }
}
