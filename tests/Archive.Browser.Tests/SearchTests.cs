using Microsoft.Playwright;

namespace Archive.Browser.Tests;

/// <summary>The search page in a real browser, against the site built from the repository's letters.</summary>
[Collection(BuiltSite.Name)]
public class SearchTests(SiteFixture site)
{
    private const string GaDebate2009 = "/letters/2009-07-20-ga-debate-on-rtop/";

    [Fact]
    public async Task A_phrase_from_one_letter_finds_that_letter()
    {
        var (page, errors) = await site.OpenAsync("/search/");

        await page.Locator("#q").FillAsync("pivotal moment");
        await page.Locator("#q").PressAsync("Enter");

        var results = page.Locator("[data-search-results] li a.search-result-title");
        await Assertions.Expect(results).ToHaveCountAsync(1);
        Assert.EndsWith(GaDebate2009, await results.First.GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Contains("q=pivotal+moment", page.Url, StringComparison.Ordinal);
        Assert.Equal("", string.Join(" | ", errors));
    }

    [Fact]
    public async Task A_country_narrows_the_results_and_the_address_keeps_it()
    {
        var (page, errors) = await site.OpenAsync("/search/?q=responsibility");
        var results = page.Locator("[data-search-results] li a.search-result-title");
        await Assertions.Expect(results).ToHaveCountAsync(5);

        await page.Locator("#country").SelectOptionAsync(new SelectOptionValue { Value = "Uganda" });

        // Ugandan organizations signed the 2008 letter and the two of July 2009 only.
        await Assertions.Expect(results).ToHaveCountAsync(3);
        var found = await results.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains(found, href => href.EndsWith(GaDebate2009, StringComparison.Ordinal));
        Assert.Contains(found, href => href.EndsWith("/letters/2009-07-13-african-civil-society-on-rtop-at-the-ga/", StringComparison.Ordinal));
        Assert.Contains(found, href => href.EndsWith("/letters/2008-rtop-at-the-63rd-general-assembly/", StringComparison.Ordinal));
        Assert.Contains("country=Uganda", page.Url, StringComparison.Ordinal);

        // The address is the search: opening it again gives the same results.
        var (shared, sharedErrors) = await site.OpenAsync(new Uri(page.Url).PathAndQuery);
        await Assertions.Expect(shared.Locator("[data-search-results] li a.search-result-title")).ToHaveCountAsync(3);
        Assert.Equal("", string.Join(" | ", errors));
        Assert.Equal("", string.Join(" | ", sharedErrors));
    }
}
