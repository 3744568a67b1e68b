using System.Net;
using System.Net.Sockets;
using Archive.SiteGen.Serve;

namespace Archive.SiteGen.Tests.Build;

/// <summary>`archive serve` serves the built site as the static host will: index files, content types, the 404 page.</summary>
public class SiteServerTests
{
    [Fact]
    public async Task The_server_answers_pages_sources_and_misses_like_the_static_host()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);
        var port = FreePort();
        await using var app = SiteServer.Create(site.Output, port);
        await app.StartAsync();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://localhost:{port}/") };

        var home = await client.GetAsync(new Uri("", UriKind.Relative));
        var letter = await client.GetAsync(new Uri("letters/2009-07-20-first/", UriKind.Relative));
        var withoutSlash = await client.GetAsync(new Uri("letters/2009-07-20-first", UriKind.Relative));
        var source = await client.GetAsync(new Uri("sources/2009-07-20-first.txt", UriKind.Relative));
        var missing = await client.GetAsync(new Uri("letters/no-such-letter/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html; charset=utf-8", home.Content.Headers.ContentType!.ToString());
        Assert.Equal(SiteServer.ContentSecurityPolicy, home.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("A Letter on the Responsibility to Protect", await letter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MovedPermanently, withoutSlash.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", source.Content.Headers.ContentType!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<h1>Page not found</h1>", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Fact]
    public async Task A_site_whose_base_url_has_a_folder_is_served_under_that_folder()
    {
        using var content = new Archive.Testing.TemporaryContent("""
            title: Test Archive
            description: Letters for a test.
            base_url: https://example.org/archive/
            """);
        using var site = BuiltSite.From(content);
        var port = FreePort();
        await using var app = SiteServer.Create(site.Output, port, "/archive/");
        await app.StartAsync();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://localhost:{port}/") };

        var home = await client.GetAsync(new Uri("archive/", UriKind.Relative));
        var stylesheet = await client.GetAsync(new Uri(StylesheetLink(await home.Content.ReadAsStringAsync()), UriKind.Relative));
        var bare = await client.GetAsync(new Uri("", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, bare.StatusCode);
        Assert.Equal("/archive/", bare.Headers.Location!.OriginalString);
        await app.StopAsync();
    }

    private static string StylesheetLink(string html)
    {
        const string start = "<link rel=\"stylesheet\" href=\"/";
        var from = html.IndexOf(start, StringComparison.Ordinal) + start.Length;
        Assert.StartsWith("archive/assets/site.", html[from..], StringComparison.Ordinal);
        return html[from..html.IndexOf('"', from)];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
