using Microsoft.Playwright;

namespace Archive.Browser.Tests;

[Collection(BuiltSite.Name)]
public class NavigationTests(SiteFixture site)
{
    [Fact]
    public async Task A_reader_follows_a_letter_to_an_organization_and_on_to_another_letter()
    {
        var (page, errors) = await site.OpenAsync("/letters/2009-07-20-ga-debate-on-rtop/");

        // The 2009 letter prints "DanChurchAid"; the 2008 letter printed "DanChurch Aid": one organization.
        await page.GetByRole(AriaRole.Link, new() { Name = "DanChurchAid", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/organizations/danchurchaid/$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("DanChurchAid");

        await page.Locator("main a[href$='/letters/2008-rtop-at-the-63rd-general-assembly/']").First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Letter to Heads of Government Supporting the Responsibility to Protect at the 63rd General Assembly");
        Assert.Equal("", string.Join(" | ", errors));
    }

    [Fact]
    public async Task An_unknown_address_shows_the_404_page()
    {
        var page = await site.Browser.NewPageAsync();

        var response = await page.GotoAsync(new Uri(site.Address, "no/such/page/").ToString());

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
    }
}
