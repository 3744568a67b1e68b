using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Archive.Browser.Tests;

/// <summary>
/// Each letter, organization and country page links its JSON, beside it on the site (issue 19): a reader follows
/// the visible link to the data, and a partner site on another origin fetches it, served as netlify.toml says.
/// </summary>
[Collection(BuiltSite.Name)]
public class PageJsonTests(SiteFixture site)
{
    private const string Letter = "/letters/2009-07-20-ga-debate-on-rtop/";

    [Fact]
    public async Task A_reader_follows_This_letter_as_JSON_to_the_letters_data_on_the_site_itself()
    {
        var (page, errors) = await site.OpenAsync(Letter);
        // Before leaving the page: on a JSON document, Chromium asks for a /favicon.ico the site does not have.
        var pageErrors = string.Join(" | ", errors);

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "This letter as JSON" }).ClickAsync(),
            r => r.Url.EndsWith("/index.json", StringComparison.Ordinal));

        Assert.Equal(new Uri(site.Address, Letter.TrimStart('/') + "index.json").ToString(), response.Url);
        Assert.Equal(200, response.Status);
        Assert.Equal("application/json; charset=utf-8", response.Headers["content-type"]);
        using var json = JsonDocument.Parse(await response.BodyAsync());
        Assert.Equal("2009-07-20-ga-debate-on-rtop", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("", pageErrors);
    }

    [Theory]
    [InlineData(Letter, "This letter as JSON")]
    [InlineData("/countries/ug/", "This country as JSON")]
    public async Task A_partner_page_on_another_origin_fetches_the_JSON_a_page_links(string address, string linkText)
    {
        var (page, _) = await site.OpenAsync(address);
        var alternate = await page.Locator("link[rel=alternate][type='application/json']").GetAttributeAsync("href");
        var visible = await page.GetByRole(AriaRole.Link, new() { Name = linkText }).GetAttributeAsync("href");
        var organization = await page.Locator("#main a[href^='/organizations/'][href$='/']:not([href='/organizations/'])").Last.GetAttributeAsync("href");
        var (partner, server) = await PartnerPageAsync();
        await using var stopped = server;

        Assert.Equal(alternate, visible);
        foreach (var path in new[] { alternate!, organization + "index.json" })
        {
            var fetched = await partner.EvaluateAsync<string>(Fetch, new Uri(site.Address, path.TrimStart('/')).ToString());
            Assert.Matches(@"^200 application/json; charset=utf-8 \{""", fetched);
        }

        // The pages themselves are not shared with other origins: the browser refuses the partner's script.
        Assert.Equal("refused", await partner.EvaluateAsync<string>(Fetch, new Uri(site.Address, address.TrimStart('/')).ToString()));
    }

    // What a partner's script gets: status, type and the start of the body, or "refused" when CORS forbids reading it.
    private const string Fetch = """
        async url => {
            try {
                const r = await fetch(url);
                return r.status + ' ' + r.headers.get('content-type') + ' ' + (await r.text()).slice(0, 2);
            } catch {
                return 'refused';
            }
        }
        """;

    // A page of a partner site: on another origin than the site (another loopback port, a server of its own), so the
    // browser applies CORS to what its script fetches from the site; on loopback too, so that Chromium's rules for
    // pages reaching the local network do not stand in the way.
    private async Task<(IPage Page, WebApplication Server)> PartnerPageAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = builder.Build();
        server.MapGet("/", () => Results.Content("<!doctype html><title>A partner site</title>", "text/html"));
        await server.StartAsync();
        var partner = await site.Browser.NewPageAsync();
        await partner.GotoAsync(server.Urls.First() + "/");
        return (partner, server);
    }
}
