using Archive.SiteGen.Build.Maps;
using Archive.SiteGen.Build.Templates;

namespace Archive.SiteGen.Build.Pages;

/// <summary>The data of the home page.</summary>
/// <param name="Latest">The newest letters, by their own date.</param>
/// <param name="RecentlyAdded">The letters most recently added to the archive, by the day they were added.</param>
internal sealed record HomePage(string Description, int LetterCount, int OrganizationCount, int CountryCount, IReadOnlyList<LetterSummary> Latest, IReadOnlyList<AddedDay> RecentlyAdded);

/// <summary>The letters added to the archive on one day (UTC), the latest addition first.</summary>
internal sealed record AddedDay(string DateIso, string DateDisplay, IReadOnlyList<LetterSummary> Letters);

/// <summary>
/// The data of <c>/letters/</c> and its following pages (<c>/letters/page/2/</c>…): every letter, newest first,
/// by year, <see cref="SiteData.LettersPerPage"/> to a page.
/// </summary>
/// <param name="LetterCount">How many letters the archive has, on all pages.</param>
/// <param name="List">This page's part of the list.</param>
internal sealed record LettersPage(int LetterCount, LetterListPage List);

/// <summary>
/// One page of a list of letters, newest first (every letter, a country's, an organization's): this page's letters
/// by year, where the page is among the list's pages, and every year of the list linked to where its letters start.
/// </summary>
/// <param name="Heading">The level of the year headings: 2 under the page's <c>h1</c>, 3 in a section under an <c>h2</c>.</param>
/// <param name="Years">This page's letters, by year.</param>
/// <param name="Jump">Every year of the list, linked to the page and heading where its letters start (shown when there are several): on every page of the letters list, on the first page of others.</param>
/// <param name="Pages">The links to the other pages; null when the list fits on one.</param>
internal sealed record LetterListPage(int Heading, IReadOnlyList<YearGroup> Years, IReadOnlyList<Link> Jump, PageLinks? Pages);

/// <summary>Where a page is in a list that takes several: "page 2 of 37", with links to the pages around it.</summary>
/// <param name="Links">The first page, the pages near this one and the last; null where pages are left out (shown as "…").</param>
/// <param name="PreviousText">The words of the link to the page before: "Newer" in a list of letters, newest first.</param>
/// <param name="NextText">The words of the link to the page after: "Older" in a list of letters.</param>
internal sealed record PageLinks(int Number, int Count, string? Previous, string? Next, IReadOnlyList<PageLink?> Links, string PreviousText = "Newer", string NextText = "Older")
{
    private const int Around = 2;

    /// <summary>The page numbers to link from page <paramref name="number"/>: 1, 4 5 [6] 7 8, 37, with null for each gap.</summary>
    public static IEnumerable<int?> Shown(int number, int count)
    {
        int? last = null;
        for (var n = 1; n <= count; n++)
        {
            if (n == 1 || n == count || Math.Abs(n - number) <= Around)
            {
                if (last is { } previous && n > previous + 1)
                {
                    yield return null;
                }

                yield return n;
                last = n;
            }
        }
    }

    /// <summary>Added to a title: " (page 2 of 37)".</summary>
    public string TitleSuffix => $" (page {Number} of {Count})";

    /// <summary>Added to a description: "; page 2 of 37".</summary>
    public string Suffix => $"; page {Number} of {Count}";
}

/// <summary>A link to one page of a list, by its number.</summary>
internal sealed record PageLink(int Number, string Url);

/// <summary>The letters of one year on a page of a list.</summary>
/// <param name="Continued">True when the year's newer letters are on the page before ("2014 (continued)").</param>
internal sealed record YearGroup(int Year, bool Continued, IReadOnlyList<LetterSummary> Letters);

/// <summary>
/// The data of <c>/organizations/</c> and, when the organizations are too many for one page, of each initial's page
/// (<c>/organizations/initial/a/</c>…): the organizations A–Z by initial, the initials with their counts, the
/// countries with theirs, and where the filter finds every organization's names.
/// </summary>
/// <param name="Heading">"Organizations", or "Organizations starting with C" on an initial's page.</param>
/// <param name="Lead">What the page lists, counted.</param>
/// <param name="Initials">Every initial A–Z and <c>#</c>, with its count, linked where its organizations are listed.</param>
/// <param name="Groups">The organizations this page lists, by initial: all of them, one initial's, or none (the index of a large archive).</param>
/// <param name="Countries">The countries with organizations, linked to their pages, on the index; empty on an initial's page.</param>
/// <param name="NamesUrl">The JSON of every organization's names that the filter searches (<see cref="Archive.Core.Addresses.SiteUrls.OrganizationNames"/>).</param>
internal sealed record OrganizationsPage(
    string Heading,
    string Lead,
    IReadOnlyList<InitialLink> Initials,
    IReadOnlyList<InitialGroup> Groups,
    IReadOnlyList<CountryLink> Countries,
    string NamesUrl);

/// <summary>An initial in the A–Z navigation: how many organizations it has, and where they are listed (null when none).</summary>
/// <param name="Current">True on the initial's own page.</param>
internal sealed record InitialLink(string Initial, int Count, string? Url, bool Current);

/// <summary>The organizations whose names start with one letter (<c>#</c> for digits and signs).</summary>
internal sealed record InitialGroup(string Initial, string Anchor, IReadOnlyList<OrganizationEntry> Organizations);

/// <summary>A country linked to its page, with how many organizations it has.</summary>
internal sealed record CountryLink(string Name, string Url, int OrganizationCount);

/// <summary>The data of <c>/countries/</c>.</summary>
internal sealed record CountriesPage(IReadOnlyList<CountryEntry> Countries, MapView Map);

/// <summary>A country in the list, with its counts.</summary>
internal sealed record CountryEntry(string Name, string Code, string Url, int OrganizationCount, int LetterCount);

/// <summary>
/// The data of <c>/countries/{code}/</c> and its following pages: the country's organizations (on the first page)
/// and the letters they signed, newest first, by year, <see cref="SiteData.LettersPerPage"/> to a page; and, for a
/// country with more organizations than its first page lists, of the pages of its organizations A–Z
/// (<c>/countries/{code}/organizations/</c>…).
/// </summary>
/// <param name="Url">The country's first page.</param>
/// <param name="Organizations">The organizations this page lists: all of them, those that signed most letters, a page of them, or none.</param>
/// <param name="AllOrganizations">On the first page of a country whose organizations have pages of their own: the link to them.</param>
/// <param name="OrganizationPages">On a page of its organizations: where it is among them; null otherwise.</param>
/// <param name="Letters">This page's part of the letters; null on a page of its organizations.</param>
/// <param name="Map">On its first page: the country on the world map.</param>
internal sealed record CountryPage(
    string Name,
    string Code,
    string Url,
    int OrganizationCount,
    int LetterCount,
    IReadOnlyList<OrganizationEntry> Organizations,
    Link? AllOrganizations,
    PageLinks? OrganizationPages,
    LetterListPage? Letters,
    MapView? Map = null);

/// <summary>The data of the search page: where Pagefind's script is, and the countries its country filter can name.</summary>
internal sealed record SearchPage(string PagefindScript, IReadOnlyList<SearchCountry> Countries);

/// <summary>A country of the search page's filter: its name (the filter's value) and its ISO 3166-1 code.</summary>
internal sealed record SearchCountry(string Name, string Code);

/// <summary>The data of <c>/about/</c>: its title and its text, rendered from Markdown.</summary>
internal sealed record AboutPage(string Title, TrustedHtml Body);

/// <summary>The data of the 404 page.</summary>
internal sealed record NotFoundPage(string SearchUrl);
