using Deque.AxeCore.Playwright;

namespace Archive.Browser.Tests;

/// <summary>axe-core on every kind of page: no serious or critical violation, and no console error (CSP included).</summary>
[Collection(BuiltSite.Name)]
public class AccessibilityTests(SiteFixture site)
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
    [InlineData("/404.html")]
    public async Task A_page_has_no_serious_or_critical_accessibility_violation(string path)
    {
        var (page, errors) = await site.OpenAsync(path);
        if (path.StartsWith("/search/", StringComparison.Ordinal))
        {
            await page.Locator("[data-search-results] li").First.WaitForAsync();
        }

        var results = await page.RunAxe();

        var serious = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
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
