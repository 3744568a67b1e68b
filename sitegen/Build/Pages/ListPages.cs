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
/// <param name="Years">This page's letters, by year.</param>
/// <param name="Jump">Every year of the archive, linked to where its letters start.</param>
/// <param name="Pages">The links to the other pages; null when every letter fits on one.</param>
internal sealed record LettersPage(int LetterCount, IReadOnlyList<YearGroup> Years, IReadOnlyList<Link> Jump, PageLinks? Pages);

/// <summary>Where a page is in a list that takes several: "page 2 of 37", with links to the pages around it.</summary>
/// <param name="Links">The first page, the pages near this one and the last; null where pages are left out (shown as "…").</param>
internal sealed record PageLinks(int Number, int Count, string? Previous, string? Next, IReadOnlyList<PageLink?> Links)
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

/// <summary>The letters of one year.</summary>
internal sealed record YearGroup(int Year, IReadOnlyList<LetterSummary> Letters);

/// <summary>The data of <c>/organizations/</c>: every organization A–Z, by first letter.</summary>
internal sealed record OrganizationsPage(int OrganizationCount, IReadOnlyList<InitialGroup> Groups);

/// <summary>The organizations whose names start with one letter (<c>#</c> for digits and signs).</summary>
internal sealed record InitialGroup(string Initial, string Anchor, IReadOnlyList<OrganizationEntry> Organizations);

/// <summary>The data of <c>/countries/</c>.</summary>
internal sealed record CountriesPage(IReadOnlyList<CountryEntry> Countries);

/// <summary>A country in the list, with its counts.</summary>
internal sealed record CountryEntry(string Name, string Code, string Url, int OrganizationCount, int LetterCount);

/// <summary>
/// The data of <c>/countries/{code}/</c> and its following pages: the country's organizations (on the first page)
/// and the letters they signed, newest first, <see cref="SiteData.LettersPerPage"/> to a page.
/// </summary>
internal sealed record CountryPage(
    string Name,
    string Code,
    int OrganizationCount,
    int LetterCount,
    IReadOnlyList<OrganizationEntry> Organizations,
    IReadOnlyList<LetterSummary> Letters,
    PageLinks? Pages);

/// <summary>The data of the search page: where Pagefind's script is, and the countries its country filter can name.</summary>
internal sealed record SearchPage(string PagefindScript, IReadOnlyList<SearchCountry> Countries);

/// <summary>A country of the search page's filter: its name (the filter's value) and its ISO 3166-1 code.</summary>
internal sealed record SearchCountry(string Name, string Code);

/// <summary>The data of <c>/about/</c>: its title and its text, rendered from Markdown.</summary>
internal sealed record AboutPage(string Title, TrustedHtml Body);

/// <summary>The data of the 404 page.</summary>
internal sealed record NotFoundPage(string SearchUrl);
