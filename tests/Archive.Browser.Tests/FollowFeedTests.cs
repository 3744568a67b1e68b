using System.Xml.Linq;
using Microsoft.Playwright;

namespace Archive.Browser.Tests;

/// <summary>
/// Following an organization or a country (issue 20): its page says where its feed is, to feed readers in its head and
/// to people with a visible link that keeps its words at a phone's width, and the link leads to that feed.
/// </summary>
[Collection(BuiltSite.Name)]
public class FollowFeedTests(SiteFixture site)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [InlineData("/organizations/action-des-jeunes-pour-le-developpement-communautaire-et-la-paix/", "Action des jeunes pour le Développement Communautaire et la Paix", 390)]
    [InlineData("/organizations/action-des-jeunes-pour-le-developpement-communautaire-et-la-paix/", "Action des jeunes pour le Développement Communautaire et la Paix", 1280)]
    [InlineData("/countries/ug/", "Uganda", 390)]
    [InlineData("/countries/ug/", "Uganda", 1280)]
    public async Task A_reader_follows_the_visible_Follow_link_to_the_feed_the_page_announces_in_its_head(string path, string name, int width)
    {
        var (page, errors) = await site.OpenAsync(path);
        await page.SetViewportSizeAsync(width, 844);

        var follow = page.GetByRole(AriaRole.Link, new() { Name = $"Follow {name} (Atom feed)", Exact = true });
        var announced = page.Locator("head link[rel=alternate][type='application/atom+xml']:not([href='/feed.xml'])");
        var box = await follow.BoundingBoxAsync();

        Assert.True(await follow.IsVisibleAsync(), $"{path}: no visible Follow link at {width} px");
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"{path}: the Follow link runs off a {width} px screen");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{path} scrolls sideways at {width} px");
        Assert.Equal($"{name}: new letters (Atom)", await announced.GetAttributeAsync("title"));
        var href = await follow.GetAttributeAsync("href");
        Assert.Equal(path + "feed.xml", href);
        Assert.Equal(href, await announced.GetAttributeAsync("href"));

        var response = await page.APIRequest.GetAsync(new Uri(site.Address, href!.TrimStart('/')).ToString());
        Assert.Equal(200, response.Status);
        var feed = XDocument.Parse(await response.TextAsync()).Root!;
        Assert.Equal(await page.Locator("link[rel=canonical]").GetAttributeAsync("href"), feed.Element(Atom + "id")!.Value);
        Assert.NotEmpty(feed.Elements(Atom + "entry"));
        Assert.Equal("", string.Join(" | ", errors));
    }
}
