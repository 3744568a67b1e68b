using Microsoft.Playwright;

namespace Archive.Browser.Tests;

/// <summary>
/// The search page where results run to several pages: a generated archive of 150 letters, 103 of them signed by
/// organizations from Algeria.
/// </summary>
[Collection(GeneratedSearchSite.Name)]
public class SearchPagingTests(GeneratedSiteFixture site)
{
    private const string Algeria = "/search/?country=Algeria";

    [Fact]
    public async Task Filters_without_words_list_the_letters_newest_first_and_words_bring_best_match_back()
    {
        var (page, errors) = await site.OpenAsync(Algeria);
        await Assertions.Expect(Items(page)).ToHaveCountAsync(20);

        var dates = await page.Locator("[data-search-results] li time").EvaluateAllAsync<string[]>("times => times.map(t => t.dateTime)");
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
        await Assertions.Expect(page.Locator("#sort")).ToHaveValueAsync("newest");
        await Assertions.Expect(page.Locator("#sort option[data-best-match]")).ToBeDisabledAsync();
        Assert.DoesNotContain("sort=", page.Url, StringComparison.Ordinal);

        await page.Locator("#q").FillAsync("arms");
        await page.Locator("#q").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#sort")).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("#sort option[data-best-match]")).ToBeEnabledAsync();
        Assert.Equal("", string.Join(" | ", errors));
    }

    [Fact]
    public async Task Show_more_moves_the_focus_to_the_first_new_result_and_says_how_many_are_shown()
    {
        var (page, errors) = await site.OpenAsync(Algeria);
        var status = page.Locator("[data-search-status]");
        await Assertions.Expect(status).ToHaveTextAsync("Showing 20 of 103 letters");
        await Assertions.Expect(status).ToHaveAttributeAsync("aria-live", "polite");
        var more = page.GetByRole(AriaRole.Button, new() { Name = "Show more results" });

        await more.ClickAsync();

        await Assertions.Expect(Items(page)).ToHaveCountAsync(40);
        await Assertions.Expect(Items(page).Nth(20).Locator("a")).ToBeFocusedAsync();
        await Assertions.Expect(status).ToHaveTextAsync("Showing 40 of 103 letters");
        Assert.Contains("shown=40", page.Url, StringComparison.Ordinal);

        // The last press hides the button: the focus is on the first of the last results, not lost to the page.
        for (var shown = 60; shown <= 100; shown += 20)
        {
            await more.ClickAsync();
            await Assertions.Expect(Items(page)).ToHaveCountAsync(shown);
        }

        await more.ClickAsync();
        await Assertions.Expect(Items(page)).ToHaveCountAsync(103);
        await Assertions.Expect(more).ToBeHiddenAsync();
        await Assertions.Expect(Items(page).Nth(100).Locator("a")).ToBeFocusedAsync();
        await Assertions.Expect(status).ToHaveTextAsync("Showing 103 of 103 letters");
        Assert.Equal("", string.Join(" | ", errors));
    }

    [Fact]
    public async Task A_reload_or_back_from_a_result_shows_as_many_results_at_the_same_place()
    {
        var (page, errors) = await site.OpenAsync(Algeria);
        var more = page.GetByRole(AriaRole.Button, new() { Name = "Show more results" });
        await more.ClickAsync();
        await Assertions.Expect(Items(page)).ToHaveCountAsync(40);
        await more.ClickAsync();
        await Assertions.Expect(Items(page)).ToHaveCountAsync(60);
        Assert.EndsWith("?country=Algeria&shown=60", page.Url, StringComparison.Ordinal);
        var fiftieth = Items(page).Nth(49).Locator("a");
        var href = await fiftieth.GetAttributeAsync("href");
        await page.EvaluateAsync("() => document.querySelectorAll('[data-search-results] li')[49].scrollIntoView()");
        var y = await page.EvaluateAsync<int>("Math.round(window.scrollY)");
        Assert.True(y > 1000, $"scrolled only to {y} px");
        await page.WaitForFunctionAsync("y => history.state && history.state.scrollY === y", y);

        await page.ReloadAsync();

        await Assertions.Expect(Items(page)).ToHaveCountAsync(60);
        await page.WaitForFunctionAsync("y => Math.abs(window.scrollY - y) <= 1", y);

        await page.Locator($"[data-search-results] a[href='{href}']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(site.Address, href!.TrimStart('/')).ToString());
        await page.GoBackAsync();

        await Assertions.Expect(Items(page)).ToHaveCountAsync(60);
        await page.WaitForFunctionAsync("y => Math.abs(window.scrollY - y) <= 1", y);
        Assert.EndsWith("?country=Algeria&shown=60", page.Url, StringComparison.Ordinal);
        Assert.Equal("", string.Join(" | ", errors));
    }

    [Fact]
    public async Task The_organization_type_ahead_offers_a_short_list_and_says_how_to_find_the_rest()
    {
        var (page, errors) = await site.OpenAsync("/search/");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Organization" });

        await box.FocusAsync();
        await box.PressAsync("ArrowDown");

        var options = Suggestions(page);
        await Assertions.Expect(options).ToHaveCountAsync(51);
        await Assertions.Expect(options.First).ToHaveTextAsync("Any organization");
        await Assertions.Expect(page.Locator("[data-combobox-note]")).ToContainTextAsync("type part of a name to find any of the");

        await box.PressSequentiallyAsync("for");
        await Assertions.Expect(options).ToHaveCountAsync(50);
        await Assertions.Expect(page.Locator("[data-combobox-note]")).ToContainTextAsync("type more of the name");
        Assert.Equal("", string.Join(" | ", errors));
    }

    private static ILocator Items(IPage page) => page.Locator("[data-search-results] li");

    private static ILocator Suggestions(IPage page) => page.GetByRole(AriaRole.Listbox, new() { Name = "Organizations" }).GetByRole(AriaRole.Option);
}
