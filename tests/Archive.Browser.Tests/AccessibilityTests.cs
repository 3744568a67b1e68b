using Deque.AxeCore.Playwright;

namespace Archive.Browser.Tests;

/// <summary>axe-core on every kind of page: no serious or critical violation, and no console error (CSP included).</summary>
[Collection(BuiltSite.Name)]
public class AccessibilityTests(SiteFixture site, GeneratedSite generated) : IClassFixture<GeneratedSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/letters/")]
    [InlineData("/letters/2009-07-20-ga-debate-on-rtop/")]
    [InlineData("/letters/2008-rtop-at-the-63rd-general-assembly/")]
    [InlineData("/organizations/")]
    [InlineData("/organizations/west-africa-civil-society-institute/")]
    [InlineData("/countries/")]
    [InlineData("/countries/ug/")]
    [InlineData("/search/?q=third+pillar")]
    [InlineData("/about/")]
    [InlineData("/data/")]
    [InlineData("/404.html")]
    public async Task A_page_has_no_serious_or_critical_accessibility_violation(string path)
    {
        var (page, errors) = await site.OpenAsync(path);
        if (path.StartsWith("/search/", StringComparison.Ordinal))
        {
            await page.Locator("[data-search-results] li").First.WaitForAsync();
        }

        await AssertAccessible(page, errors);
    }

    /// <summary>
    /// The pages of long lists (issue 17), in a generated archive where every list goes on over pages: no violation at
    /// all, and nothing wider than a 390 px phone.
    /// </summary>
    [Theory]
    [InlineData("letters/page/2/", null, 390)]
    [InlineData("letters/page/2/", null, 1280)]
    [InlineData("organizations/", null, 390)]
    [InlineData("organizations/", null, 1280)]
    [InlineData("organizations/initial/c/", null, 390)]
    [InlineData("organizations/initial/c/", null, 1280)]
    [InlineData("organizations/*/", "organizations/*/page/2/", 390)]
    [InlineData("organizations/*/", "organizations/*/page/2/", 1280)]
    [InlineData("organizations/*/page/2/", null, 390)]
    [InlineData("organizations/*/page/2/", null, 1280)]
    [InlineData("countries/*/page/2/", null, 390)]
    [InlineData("countries/*/page/2/", null, 1280)]
    [InlineData("countries/*/organizations/page/2/", null, 390)]
    [InlineData("countries/*/organizations/page/2/", null, 1280)]
    public async Task A_page_of_a_long_list_has_no_serious_or_critical_accessibility_violation_at_390_and_1280_px(string path, string? choose, int width)
    {
        var (page, errors) = await site.OpenAsync(generated.Page(path, choose));
        await page.SetViewportSizeAsync(width, 844);

        // Nothing at all, not only nothing serious: these pages are new.
        await AssertAccessible(page, errors, anyImpact: true);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{page.Url} scrolls sideways at {width} px");
    }

    /// <summary>
    /// The data page's table of files fits a 390 px phone (issue 19): its scrolling box never has to scroll, since a
    /// box that scrolls sideways hides a column from a reader who does not think to swipe it.
    /// </summary>
    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_data_pages_table_of_files_fits_the_width_without_scrolling_sideways(int width)
    {
        var (page, errors) = await site.OpenAsync(generated.Page("data/"));
        await page.SetViewportSizeAsync(width, 844);

        await AssertAccessible(page, errors, anyImpact: true);
        var overflowing = await page.EvaluateAsync<int>("[...document.querySelectorAll('.table-scroll')].filter(box => box.scrollWidth > box.clientWidth).length");
        Assert.True(overflowing == 0, $"{page.Url}: the table of files scrolls sideways at {width} px");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{page.Url} scrolls sideways at {width} px");
    }

    private static async Task AssertAccessible(Microsoft.Playwright.IPage page, List<string> errors, bool anyImpact = false)
    {
        var results = await page.RunAxe();

        var serious = results.Violations
            .Where(v => anyImpact || v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.Empty(serious);
        Assert.Equal("", string.Join(" | ", errors));
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_search_page_with_its_organization_type_ahead_open_has_no_accessibility_violation(int width)
    {
        var (page, errors) = await site.OpenAsync("/search/?q=responsibility&country=Uganda");
        await page.SetViewportSizeAsync(width, 900);
        await page.Locator("[data-search-results] li").First.WaitForAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Combobox, new() { Name = "Organization" }).PressSequentiallyAsync("human");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Listbox).WaitForAsync();

        var results = await page.RunAxe();

        Assert.Empty(results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
        Assert.Equal("", string.Join(" | ", errors));
    }
}
