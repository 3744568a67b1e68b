using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Archive.Browser.Tests;

/// <summary>
/// The organizations index's filter (issue 17) in a real browser, on the repository's organizations: it lists the
/// organizations whose name, acronym or alias matches as the reader types, says how many, works from the keyboard
/// alone and on a 390 px phone; without script the index is browsed by initial instead.
/// </summary>
[Collection(BuiltSite.Name)]
public class OrganizationFilterTests(SiteFixture site)
{
    [Fact]
    public async Task At_390_px_typing_lists_the_organizations_whose_names_match_and_says_how_many()
    {
        var (page, errors) = await site.OpenAsync("/organizations/");
        await page.SetViewportSizeAsync(390, 844);
        var box = page.GetByLabel("Find an organization by name or acronym");
        var results = page.Locator("#organization-filter-results li a");

        await box.FillAsync("church");

        // "Church of Sweden" starts with it; "Norwegian Church Aid" has a word that does, and so has an alias of Act for
        // Peace ("… National Council of Churches …"); "DanChurchAid" has none.
        await Assertions.Expect(results).ToHaveTextAsync(["Church of Sweden", "Act for Peace", "Norwegian Church Aid"]);
        await Assertions.Expect(page.Locator("#organization-filter-status")).ToHaveTextAsync("3 organizations match \u201cchurch\u201d.");
        await Assertions.Expect(page.Locator("[data-organization-browse]")).ToBeHiddenAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 390 px");
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help}"));

        // Accents and case are ignored, as in the API's organization search.
        await box.FillAsync("SOCIETE");
        await Assertions.Expect(results).ToHaveTextAsync(["Forum pour le Renforcement de la Société Civile"]);
        await Assertions.Expect(page.Locator("#organization-filter-status")).ToHaveTextAsync("1 organization matches \u201cSOCIETE\u201d.");

        await box.FillAsync("zzz");
        await Assertions.Expect(page.Locator("#organization-filter-status")).ToHaveTextAsync("No organization matches \u201czzz\u201d.");
        await Assertions.Expect(results).ToHaveCountAsync(0);

        await box.FillAsync("");
        await Assertions.Expect(page.Locator("[data-organization-browse]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#organization-filter-results")).ToBeHiddenAsync();
        Assert.Equal("", string.Join(" | ", errors));
    }

    [Fact]
    public async Task The_filter_is_used_from_the_keyboard_alone()
    {
        var (page, errors) = await site.OpenAsync("/organizations/");
        await page.SetViewportSizeAsync(390, 844);
        var box = page.Locator("#organization-filter-q");

        // From the top of the page: the skip link, then the site's name and navigation, then the filter.
        await page.Keyboard.PressAsync("Tab");
        while (!await box.EvaluateAsync<bool>("box => box === document.activeElement"))
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.TypeAsync("church");
        await Assertions.Expect(page.Locator("#organization-filter-results li")).ToHaveCountAsync(3);
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("Church of Sweden", await Focused(page));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("Act for Peace", await Focused(page));
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(box).ToBeFocusedAsync();

        // Escape empties the box and shows the index again.
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(box).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("[data-organization-browse]")).ToBeVisibleAsync();

        // An acronym; Enter goes to the match, Enter again follows it.
        await page.Keyboard.TypeAsync("wacsi");
        await Assertions.Expect(page.Locator("#organization-filter-results li")).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("West Africa Civil Society Institute", await Focused(page));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/organizations/west-africa-civil-society-institute/$"));
        Assert.Equal("", string.Join(" | ", errors));
    }

    [Fact]
    public async Task Without_script_the_filter_is_not_shown_and_the_index_is_browsed_by_initial()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.Address, "organizations/").ToString());

        await Assertions.Expect(page.Locator("[data-organization-filter]")).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Initials" }).GetByRole(AriaRole.Link, new() { Name = "W 8" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/organizations/#w$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "W", Exact = true })).ToBeInViewportAsync();
    }

    private static Task<string> Focused(IPage page) => page.EvaluateAsync<string>("document.activeElement.textContent");
}
