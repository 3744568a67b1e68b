using System.Text.RegularExpressions;
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
    public async Task Words_typed_while_the_index_is_still_loading_are_searched_not_erased()
    {
        // A slow phone: the reader types before Pagefind has arrived. The index is held back until the words are in.
        var page = await site.Browser.NewPageAsync();
        var indexRequested = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/pagefind/pagefind.js", async route =>
        {
            indexRequested.TrySetResult();
            await release.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(new Uri(site.Address, "search/").ToString(), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await indexRequested.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await page.Locator("#q").FillAsync("pivotal moment");
        release.SetResult();

        var results = page.Locator("[data-search-results] li a.search-result-title");
        await Assertions.Expect(results).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync("pivotal moment");
        Assert.EndsWith(GaDebate2009, await results.First.GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Contains("q=pivotal+moment", page.Url, StringComparison.Ordinal);
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

    [Fact]
    public async Task Each_choice_counts_the_letters_it_would_give_with_the_words_and_the_other_filters()
    {
        // Ugandan organizations signed three letters, but only one of them says "pivotal moment".
        var (page, errors) = await site.OpenAsync("/search/?q=pivotal+moment");
        await Assertions.Expect(Results(page)).ToHaveCountAsync(1);

        await Assertions.Expect(page.Locator("#country option[value='Uganda']")).ToHaveTextAsync("Uganda (1)");
        await Assertions.Expect(page.Locator("#country option[value='Kenya']")).ToHaveTextAsync("Kenya (0)");
        await Assertions.Expect(page.Locator("#year option[value='2009']")).ToHaveTextAsync("2009 (1)");
        await Assertions.Expect(page.Locator("#year option[value='2012']")).ToHaveTextAsync("2012 (0)");
        await Assertions.Expect(page.Locator("[data-search-counts]")).ToBeVisibleAsync();
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Organization" });
        await box.FillAsync("human rights watch");
        await Assertions.Expect(Suggestions(page)).ToHaveTextAsync(["Human Rights Watch (1)"]);

        // With a country chosen, the years count that country's letters; the countries count as if it were not
        // chosen, since choosing another replaces it (Belgium signed one letter, not one of Uganda's).
        var (filtered, filteredErrors) = await site.OpenAsync("/search/?country=Uganda");
        await Assertions.Expect(Results(filtered)).ToHaveCountAsync(3);
        await Assertions.Expect(filtered.Locator("#year option[value='2012']")).ToHaveTextAsync("2012 (0)");
        await Assertions.Expect(filtered.Locator("#year option[value='2009']")).ToHaveTextAsync("2009 (2)");
        await Assertions.Expect(filtered.Locator("#country option[value='Belgium']")).ToHaveTextAsync("Belgium (1)");
        await Assertions.Expect(filtered.Locator("#country option[value='Uganda']")).ToHaveTextAsync("Uganda (3)");
        Assert.Equal("", string.Join(" | ", errors.Concat(filteredErrors)));
    }

    [Fact]
    public async Task Typing_makes_one_history_entry_announces_only_the_settled_result_and_names_the_page_after_the_words()
    {
        var (page, errors) = await site.OpenAsync("/search/");
        await Assertions.Expect(page.Locator("[data-search-status]")).ToContainTextAsync("Type words");
        await page.EvaluateAsync("""
            () => {
              const status = document.querySelector('[data-search-status]');
              window.statusTexts = [];
              new MutationObserver(() => window.statusTexts.push(status.textContent))
                .observe(status, { childList: true, characterData: true, subtree: true });
            }
            """);
        var entries = await page.EvaluateAsync<int>("history.length");

        await page.Locator("#q").PressSequentiallyAsync("pivotal moment", new() { Delay = 40 });

        await Assertions.Expect(Results(page)).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-search-status]")).ToHaveTextAsync("Showing 1 of 1 letter");
        await page.WaitForTimeoutAsync(600);
        var announced = await page.EvaluateAsync<string[]>("window.statusTexts");
        Assert.NotEmpty(announced);
        Assert.All(announced, text => Assert.StartsWith("Showing ", text, StringComparison.Ordinal));
        Assert.Equal("Showing 1 of 1 letter", announced[^1]);
        Assert.Equal(entries + 1, await page.EvaluateAsync<int>("history.length"));
        Assert.Contains("q=pivotal+moment", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^“pivotal moment” · Search · "));

        // Leaving the field ends the bout without another entry; Back is the page before the words.
        await page.Locator("#q").PressAsync("Tab");
        Assert.Equal(entries + 1, await page.EvaluateAsync<int>("history.length"));
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync("");
        await Assertions.Expect(Results(page)).ToHaveCountAsync(0);
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Search · "));
        Assert.Equal("", string.Join(" | ", errors));
    }

    [Fact]
    public async Task Each_filter_change_is_a_history_entry_and_back_and_forward_restore_the_form_and_the_results()
    {
        var (page, errors) = await site.OpenAsync("/search/");
        await Assertions.Expect(page.Locator("[data-search-status]")).ToContainTextAsync("Type words");

        await page.Locator("#country").SelectOptionAsync(new SelectOptionValue { Value = "Uganda" });
        await Assertions.Expect(Results(page)).ToHaveCountAsync(3);
        await page.Locator("#year").SelectOptionAsync(new SelectOptionValue { Value = "2009" });
        await Assertions.Expect(Results(page)).ToHaveCountAsync(2);
        Assert.Contains("country=Uganda&year=2009", page.Url, StringComparison.Ordinal);

        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("#year")).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("#country")).ToHaveValueAsync("Uganda");
        await Assertions.Expect(Results(page)).ToHaveCountAsync(3);
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("#country")).ToHaveValueAsync("");
        await Assertions.Expect(Results(page)).ToHaveCountAsync(0);
        await page.GoForwardAsync();
        await Assertions.Expect(page.Locator("#country")).ToHaveValueAsync("Uganda");
        await Assertions.Expect(Results(page)).ToHaveCountAsync(3);
        Assert.Equal("", string.Join(" | ", errors));
    }

    [Theory]
    [InlineData("ug")]
    [InlineData("UG")]
    [InlineData("Uganda")]
    [InlineData("uganda")]
    public async Task The_country_in_the_address_may_be_its_ISO_code_or_its_name_in_any_case(string country)
    {
        var (page, errors) = await site.OpenAsync($"/search/?country={country}");

        await Assertions.Expect(page.Locator("#country")).ToHaveValueAsync("Uganda");
        await Assertions.Expect(Results(page)).ToHaveCountAsync(3);
        Assert.EndsWith("/search/?country=Uganda", page.Url, StringComparison.Ordinal);
        Assert.Equal("", string.Join(" | ", errors));
    }

    [Fact]
    public async Task The_organization_type_ahead_is_used_from_the_keyboard_and_gives_the_same_shareable_address()
    {
        var (page, errors) = await site.OpenAsync("/search/?q=responsibility");
        await Assertions.Expect(Results(page)).ToHaveCountAsync(5);
        Assert.Equal(0, await page.Locator("select#organization").CountAsync());
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Organization" });

        await box.PressSequentiallyAsync("west africa");
        var options = Suggestions(page);
        await Assertions.Expect(options).ToHaveTextAsync([
            "West Africa Civil Society Forum (2)",
            "West Africa Civil Society Institute (3)",
            "West African Refugees and Internally Displaced Persons Network (1)",
        ]);
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await box.PressAsync("ArrowDown");
        await box.PressAsync("ArrowDown");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-activedescendant", await options.Nth(1).GetAttributeAsync("id") ?? "");
        await Assertions.Expect(options.Nth(1)).ToHaveAttributeAsync("aria-selected", "true");
        await box.PressAsync("Enter");

        await Assertions.Expect(box).ToHaveValueAsync("West Africa Civil Society Institute");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(Results(page)).ToHaveCountAsync(3);
        Assert.Contains("q=responsibility&organization=West+Africa+Civil+Society+Institute", page.Url, StringComparison.Ordinal);

        // Escape closes the list, and again puts back the organization chosen.
        await box.FillAsync("human");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await box.PressAsync("Escape");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "false");
        await box.PressAsync("Escape");
        await Assertions.Expect(box).ToHaveValueAsync("West Africa Civil Society Institute");

        var (shared, sharedErrors) = await site.OpenAsync(new Uri(page.Url).PathAndQuery);
        await Assertions.Expect(shared.GetByRole(AriaRole.Combobox, new() { Name = "Organization" })).ToHaveValueAsync("West Africa Civil Society Institute");
        await Assertions.Expect(Results(shared)).ToHaveCountAsync(3);
        Assert.Equal("", string.Join(" | ", errors.Concat(sharedErrors)));
    }

    [Fact]
    public async Task The_organization_type_ahead_fits_and_works_by_touch_on_a_narrow_screen()
    {
        var (page, errors) = await site.OpenAsync("/search/");
        await page.SetViewportSizeAsync(390, 844);
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Organization" });

        await box.ClickAsync();
        await box.PressSequentiallyAsync("human rights");
        var listbox = page.GetByRole(AriaRole.Listbox, new() { Name = "Organizations" });
        await Assertions.Expect(listbox).ToBeVisibleAsync();
        var bounds = await listbox.BoundingBoxAsync();
        Assert.NotNull(bounds);
        Assert.True(bounds.X >= 0 && bounds.X + bounds.Width <= 390, $"the list spans {bounds.X} to {bounds.X + bounds.Width} px of 390");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390"), "the page scrolls sideways");
        await Suggestions(page).GetByText("Human Rights Watch (3)").ClickAsync();

        await Assertions.Expect(box).ToHaveValueAsync("Human Rights Watch");
        await Assertions.Expect(listbox).ToBeHiddenAsync();
        await Assertions.Expect(Results(page)).ToHaveCountAsync(3);
        Assert.Contains("organization=Human+Rights+Watch", page.Url, StringComparison.Ordinal);
        Assert.Equal("", string.Join(" | ", errors));
    }

    [Fact]
    public async Task Without_JavaScript_the_page_says_results_need_it_links_the_letters_list_and_the_form_still_submits()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.Address, "search/?q=pillar").ToString());

        var notice = page.Locator("[data-no-script]");
        await Assertions.Expect(notice).ToBeVisibleAsync();
        await Assertions.Expect(notice).ToContainTextAsync("Search results need JavaScript");
        Assert.Equal(1, await notice.Locator("a[href='/letters/']").CountAsync());

        await page.Locator("#q").FillAsync("third pillar");
        await page.Locator("#q").PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/search/\\?q=third\\+pillar&"));
        await Assertions.Expect(page.Locator("[data-no-script]")).ToBeVisibleAsync();
        await context.CloseAsync();
    }

    private static ILocator Results(IPage page) => page.Locator("[data-search-results] li a.search-result-title");

    private static ILocator Suggestions(IPage page) => page.GetByRole(AriaRole.Listbox, new() { Name = "Organizations" }).GetByRole(AriaRole.Option);
}
