using Microsoft.Playwright;

namespace Archive.Browser.Tests;

/// <summary>The home page's two lists: what was recently added to the archive, and the latest letters by their own date.</summary>
[Collection(BuiltSite.Name)]
public class HomePageTests(SiteFixture site)
{
    [Fact]
    public async Task Recently_added_sits_beside_the_latest_letters_on_a_wide_screen()
    {
        var (page, errors) = await site.OpenAsync("/");
        await page.SetViewportSizeAsync(1280, 800);

        var added = await Box(page, "recently-added");
        var latest = await Box(page, "latest");

        Assert.Equal(added.Y, latest.Y, 1);
        Assert.True(added.X + added.Width <= latest.X, $"recently added ends at {added.X + added.Width}, latest letters start at {latest.X}");
        Assert.Equal("", string.Join(" | ", errors));
    }

    [Fact]
    public async Task On_a_phone_recently_added_comes_first_and_nothing_scrolls_sideways()
    {
        var (page, errors) = await site.OpenAsync("/");
        await page.SetViewportSizeAsync(390, 844);

        var added = await Box(page, "recently-added");
        var latest = await Box(page, "latest");

        Assert.True(added.Y + added.Height <= latest.Y, $"recently added ends at {added.Y + added.Height}, latest letters start at {latest.Y}");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        await Assertions.Expect(page.Locator("[aria-labelledby='recently-added'] h3 time").First).ToHaveAttributeAsync("datetime", new System.Text.RegularExpressions.Regex(@"^\d{4}-\d{2}-\d{2}$"));
        Assert.Equal("", string.Join(" | ", errors));
    }

    private static async Task<LocatorBoundingBoxResult> Box(IPage page, string headingId) =>
        await page.Locator($"section[aria-labelledby='{headingId}']").BoundingBoxAsync()
            ?? throw new InvalidOperationException($"the section of #{headingId} is not shown");
}
