using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Archive.Browser.Tests;

/// <summary>
/// The world maps (issue 20) as a reader's browser draws them: the shapes come from the one cached map file under the
/// site's Content-Security-Policy, each links to its country's page, axe finds nothing serious, and each map is saved
/// as a picture at desktop and phone widths (test output under <c>bin/…/map-screenshots/</c>, not committed).
/// </summary>
[Collection(BuiltSite.Name)]
public class MapTests(SiteFixture site)
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "map-screenshots");

    [Fact]
    public async Task Every_shape_of_the_countries_map_links_to_the_page_of_the_country_it_draws()
    {
        var (page, errors) = await site.OpenAsync("/countries/");

        var shapes = await page.EvaluateAsync<string[][]>(
            "[...document.querySelectorAll('figure.world-map svg a')].map(a => [a.getAttribute('href'), a.querySelector('use').getAttribute('href').split('#')[1], a.querySelector('title').textContent])");

        Assert.NotEmpty(shapes);
        Assert.All(shapes, s => Assert.Equal($"/countries/{s[1].ToLowerInvariant()}/", s[0]));
        var uganda = Assert.Single(shapes, s => s[1] == "UG");
        Assert.StartsWith("Uganda: ", uganda[2], StringComparison.Ordinal);
        Assert.Equal("", string.Join(" | ", errors));
    }

    [Fact]
    public async Task Clicking_a_country_on_a_letters_map_opens_that_countrys_page()
    {
        var (page, errors) = await site.OpenAsync("/letters/2009-07-20-ga-debate-on-rtop/");
        await WaitForTheMapAsync(page);

        await page.Locator("figure.world-map svg a[href='/countries/ug/']").ClickAsync();

        await page.WaitForURLAsync("**/countries/ug/");
        Assert.Equal("Uganda", await page.Locator("h1").TextContentAsync());
        Assert.Equal("", string.Join(" | ", errors));
    }

    [Fact]
    public async Task The_map_is_painted_by_the_sites_stylesheet_not_in_the_browsers_default_black()
    {
        // A stylesheet that loads but whose map rules do not apply (a brace lost in site.css nests them under another
        // rule) still draws every shape, in black, with legend swatches as wide as the page: the shapes alone say nothing.
        var (page, errors) = await site.OpenAsync("/countries/");
        await WaitForTheMapAsync(page);

        var fills = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('figure.world-map svg use')].map(u => getComputedStyle(u).fill)");
        var swatch = await page.EvaluateAsync<double>("document.querySelector('.map-legend svg').getBoundingClientRect().width");

        Assert.NotEmpty(fills);
        Assert.DoesNotContain("rgb(0, 0, 0)", fills);
        Assert.InRange(swatch, 4, 40);
        Assert.Equal("", string.Join(" | ", errors));
    }

    [Theory]
    [InlineData("/countries/", "countries")]
    [InlineData("/letters/2009-07-20-ga-debate-on-rtop/", "letter")]
    [InlineData("/organizations/west-africa-civil-society-institute/", "organization")]
    [InlineData("/countries/ug/", "country")]
    public async Task A_map_is_drawn_from_the_cached_file_has_no_serious_accessibility_violation_and_is_saved_at_1280_and_390_px(string path, string kind)
    {
        Directory.CreateDirectory(Screenshots);
        foreach (var width in new[] { 1280, 390 })
        {
            var (page, errors) = await site.OpenAsync(path);
            await page.SetViewportSizeAsync(width, 900);
            await WaitForTheMapAsync(page);

            var map = page.Locator("figure.world-map");
            await map.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"{kind}-{width}.png") });
            var results = await page.RunAxe();

            Assert.Empty(results.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{page.Url} scrolls sideways at {width} px");
            Assert.Equal("", string.Join(" | ", errors));
            await page.CloseAsync();
        }
    }

    // The world and the highlighted countries are drawn by reference to another file: they have a size once it has come.
    private static async Task WaitForTheMapAsync(IPage page) =>
        await page.WaitForFunctionAsync(
            "[...document.querySelectorAll('figure.world-map svg use')].every(u => u.getBBox().width > 0)",
            null,
            new PageWaitForFunctionOptions { Timeout = 15000 });
}
