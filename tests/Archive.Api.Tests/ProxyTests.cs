using System.Net;
using Archive.Testing;

namespace Archive.Api.Tests;

/// <summary>
/// Behind a proxy (issue 16): the client's address, scheme and host come from X-Forwarded-* only when a trusted
/// proxy sends them, and every absolute URL comes from the configured public address. The test server plays the
/// proxy: each request says which peer it comes from (<see cref="ApiFactory.PeerHeader"/>).
/// </summary>
public sealed class ProxyTests
{
    private const string Proxy = "10.0.0.5";
    private const string Stranger = "203.0.113.9";

    [Fact]
    public async Task Behind_a_trusted_proxy_each_visitor_has_a_rate_limit_of_their_own()
    {
        using var factory = ApiFactory.For(RepositoryPaths.ApiFixtureContent, new Dictionary<string, string?>
        {
            ["Archive:RateLimit:PermitLimit"] = "300",
            ["Archive:Proxy:KnownProxies:0"] = Proxy,
        });
        using var client = factory.CreateClient();

        // The measurement: 310 visitors through one proxy, one request each.
        var statuses = new List<HttpStatusCode>();
        for (var visitor = 0; visitor < 310; visitor++)
        {
            using var response = await client.SendAsync(From(Proxy, "/api/v1/countries?pageSize=1", forwardedFor: $"198.18.{visitor / 256}.{visitor % 256}"));
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task Forwarded_for_from_anyone_else_is_ignored_so_it_cannot_buy_a_fresh_quota()
    {
        using var factory = ApiFactory.For(RepositoryPaths.ApiFixtureContent, new Dictionary<string, string?>
        {
            ["Archive:RateLimit:PermitLimit"] = "3",
            ["Archive:Proxy:KnownProxies:0"] = Proxy,
        });
        using var client = factory.CreateClient();

        var statuses = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.SendAsync(From(Stranger, "/api/v1/countries?pageSize=1", forwardedFor: $"198.51.100.{i}"));
            statuses.Add((int)response.StatusCode);
        }

        Assert.Equal([200, 200, 200, 429, 429], statuses);
    }

    [Fact]
    public async Task Only_the_address_the_trusted_proxy_saw_counts_not_what_the_client_wrote_before_it()
    {
        using var factory = ApiFactory.For(RepositoryPaths.ApiFixtureContent, new Dictionary<string, string?>
        {
            ["Archive:RateLimit:PermitLimit"] = "2",
            ["Archive:Proxy:KnownProxies:0"] = Proxy,
        });
        using var client = factory.CreateClient();

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            // A client sends its own X-Forwarded-For; the proxy appends the address it really saw.
            using var response = await client.SendAsync(From(Proxy, "/api/v1/countries?pageSize=1", forwardedFor: $"198.51.100.{i}, 192.0.2.77"));
            statuses.Add((int)response.StatusCode);
        }

        Assert.Equal([200, 200, 429, 429], statuses);
    }

    [Fact]
    public async Task A_trusted_proxy_sets_scheme_and_host_of_the_links_when_no_public_address_is_configured()
    {
        using var factory = ApiFactory.For(RepositoryPaths.ApiFixtureContent, new Dictionary<string, string?>
        {
            ["Archive:Proxy:KnownProxies:0"] = Proxy,
            ["AllowedHosts"] = "letters.example.org;localhost",
        });
        using var client = factory.CreateClient();

        using var proxied = await client.SendAsync(From(Proxy, "/api/v1/letters?pageSize=1", forwardedFor: "198.51.100.1", proto: "https", host: "letters.example.org"));
        using var forged = await client.SendAsync(From(Stranger, "/api/v1/letters?pageSize=1", forwardedFor: "198.51.100.1", proto: "https", host: "letters.example.org"));

        Assert.StartsWith("https://letters.example.org/api/v1/letters?", await Next(proxied), StringComparison.Ordinal);
        Assert.StartsWith("http://localhost/api/v1/letters?", await Next(forged), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_public_base_url_every_absolute_url_uses_it_whatever_the_request_says()
    {
        using var factory = ApiFactory.For(RepositoryPaths.ApiFixtureContent, new Dictionary<string, string?>
        {
            ["Archive:PublicBaseUrl"] = "https://letters.example.org/",
            ["Archive:Proxy:KnownProxies:0"] = Proxy,
            ["AllowedHosts"] = "*",
        });
        using var client = factory.CreateClient();

        using var request = From(Proxy, "/api/v1/letters?pageSize=1&cursor=", forwardedFor: "198.51.100.1", proto: "http", host: "origin.internal:8080");
        request.Headers.Host = "evil.example";
        using var page = await client.SendAsync(request);
        var document = await client.GetJson("/api/openapi/v1.json");

        Assert.StartsWith("https://letters.example.org/api/v1/letters?pageSize=1&cursor=", await Next(page), StringComparison.Ordinal);
        Assert.All(page.Headers.GetValues("Link").Single().Split(", "), link => Assert.StartsWith("<https://letters.example.org/api/v1/letters?", link, StringComparison.Ordinal));
        Assert.Equal("https://letters.example.org", document.GetProperty("servers")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task In_production_a_host_other_than_the_public_one_gets_a_problem_400()
    {
        using var factory = ApiFactory.For(RepositoryPaths.ApiFixtureContent, new Dictionary<string, string?>
        {
            ["Archive:PublicBaseUrl"] = "https://letters.example.org",
        });
        using var client = factory.CreateClient();

        using var evil = new HttpRequestMessage(HttpMethod.Get, "/api/v1/letters");
        evil.Headers.Host = "evil.example";
        using var rejected = await client.SendAsync(evil);
        using var ours = new HttpRequestMessage(HttpMethod.Get, "/api/v1/letters");
        ours.Headers.Host = "letters.example.org";
        using var accepted = await client.SendAsync(ours);

        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        Assert.Contains("evil.example", await rejected.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        // The machine's own name still works, for a health check on the host.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_and_reference_page_are_under_api_where_the_proxy_reaches_them()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var document = await client.GetAsync("/api/openapi/v1.json");
        using var page = await client.GetAsync("/api/docs/");
        using var oldDocument = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.PermanentRedirect, oldDocument.StatusCode);
        Assert.Equal("/api/openapi/v1.json", oldDocument.Headers.Location?.OriginalString);
        // The reference page reads the document under /api/; the vendor's toolbar shows on localhost only.
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("\"url\":\"api/openapi/v1.json\"", html);
        Assert.Contains("\"showDeveloperTools\":\"localhost\"", html);
    }

    private static HttpRequestMessage From(string peer, string url, string forwardedFor, string? proto = null, string? host = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(ApiFactory.PeerHeader, peer);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (proto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", proto);
        }

        if (host is not null)
        {
            request.Headers.Add("X-Forwarded-Host", host);
        }

        return request;
    }

    private static async Task<string> Next(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("links").GetProperty("next").GetString()!;
    }
}
