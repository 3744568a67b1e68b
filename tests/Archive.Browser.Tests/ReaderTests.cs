using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Archive.Browser.Tests;

/// <summary>
/// What issue 17 asked of the site for its readers, in a real browser: the About page found from every page and
/// accessible on a phone and a desktop, a letter's language marked in search results, and a long source address
/// that does not make a narrow page scroll sideways.
/// </summary>
[Collection(BuiltSite.Name)]
public class ReaderTests(SiteFixture site, WrittenSite written) : IClassFixture<WrittenSite>
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task The_About_page_has_no_serious_or_critical_accessibility_violation_on_a_phone_or_a_desktop(int width, int height)
    {
        var (page, errors) = await site.OpenAsync("/about/");
        await page.SetViewportSizeAsync(width, height);

        var results = await page.RunAxe();

        var serious = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.Empty(serious);
        Assert.Equal("", string.Join(" | ", errors));
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width);
    }

    [Fact]
    public async Task A_reader_finds_the_About_page_from_a_letter()
    {
        var (page, errors) = await site.OpenAsync("/letters/2009-07-20-ga-debate-on-rtop/");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "About" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/about/$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("About this archive");
        Assert.Equal("", string.Join(" | ", errors));
    }

    [Fact]
    public async Task A_letter_with_a_long_source_address_does_not_scroll_sideways_at_320_px()
    {
        var page = await site.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        await page.GotoAsync(new Uri(written.Address, WrittenSite.FrenchLetter.TrimStart('/')).ToString());

        await Assertions.Expect(page.Locator($"a[href='{WrittenSite.LongSourceAddress}']")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 320);
    }

    [Fact]
    public async Task A_french_letter_found_by_search_is_marked_french_and_passes_axe()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(written.Address, "search/?q=burundi").ToString());

        var french = page.Locator($"[data-search-results] li a[href$='{WrittenSite.FrenchLetter}']");
        var english = page.Locator("[data-search-results] li a[href$='/letters/2011-06-01-open-letter/']");
        await Assertions.Expect(french).ToHaveAttributeAsync("lang", "fr");
        await Assertions.Expect(english).ToBeVisibleAsync();
        Assert.Null(await english.GetAttributeAsync("lang"));

        await page.GotoAsync(new Uri(written.Address, WrittenSite.FrenchLetter.TrimStart('/')).ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveAttributeAsync("lang", "fr");
        var results = await page.RunAxe();
        Assert.Empty(results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id));
    }
}
