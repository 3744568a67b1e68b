using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;

namespace Archive.Api.Tests;

[Collection(SharedApi.Name)]
public sealed class HttpBehaviourTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("/api/v1/letters")]
    [InlineData("/api/v1/letters/2009-07-20-ga-debate-on-rtop")]
    [InlineData("/api/v1/organizations/danchurchaid")]
    [InlineData("/api/v1/countries")]
    [InlineData("/api/v1/search?q=pillar")]
    [InlineData("/api/v1/export/signatories.csv")]
    public async Task Every_get_has_a_strong_etag_and_a_public_cache_lifetime_and_304s_when_unchanged(string url)
    {
        using var first = await _client.GetAsync(url);
        var tag = first.Headers.ETag;

        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);
        Assert.Equal("public, max-age=300", first.Headers.CacheControl?.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(tag);
        using var notModified = await _client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(tag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    // RFC 9110 §15.4.5: a 304 sends the validators and caching headers, not the representation's own (its
    // Content-Encoding, Content-Type, Content-Length): the same whether the answer was made now or kept.
    [Theory]
    [InlineData("/api/v1/letters?pageSize=1")]
    [InlineData("/api/v1/letters/2009-07-20-ga-debate-on-rtop")]
    public async Task A_304_of_a_compressed_answer_carries_its_tag_and_vary_but_no_representation_headers(string url)
    {
        using var first = new HttpRequestMessage(HttpMethod.Get, url);
        first.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var compressed = await _client.SendAsync(first);
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        again.Headers.IfNoneMatch.Add(compressed.Headers.ETag!);
        using var notModified = await _client.SendAsync(again);

        Assert.Equal(["br"], compressed.Content.Headers.ContentEncoding);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(compressed.Headers.ETag, notModified.Headers.ETag);
        Assert.Contains("Accept-Encoding", notModified.Headers.Vary);
        Assert.Empty(notModified.Content.Headers.ContentEncoding);
        Assert.Null(notModified.Content.Headers.ContentType);
    }

    [Fact]
    public async Task A_different_body_has_a_different_etag_and_a_stale_tag_gets_the_full_body()
    {
        using var one = await _client.GetAsync("/api/v1/letters?page=1&pageSize=1");
        using var two = await _client.GetAsync("/api/v1/letters?page=2&pageSize=1");
        Assert.NotEqual(one.Headers.ETag, two.Headers.ETag);

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/api/v1/letters?page=2&pageSize=1");
        stale.Headers.IfNoneMatch.Add(one.Headers.ETag!);
        using var response = await _client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Errors_carry_no_etag_or_cache_lifetime()
    {
        using var response = await _client.GetAsync("/api/v1/letters/nope");

        Assert.Null(response.Headers.ETag);
        Assert.Null(response.Headers.CacheControl);
    }

    [Fact]
    public async Task Any_origin_may_read_and_see_the_etag_and_link_headers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/letters?pageSize=1");
        request.Headers.Add("Origin", "https://elsewhere.example");
        using var response = await _client.SendAsync(request);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var exposed = response.Headers.GetValues("Access-Control-Expose-Headers").Single();
        Assert.Contains("ETag", exposed);
        Assert.Contains("Link", exposed);
    }

    [Fact]
    public async Task A_cors_preflight_allows_get_with_if_none_match()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/letters");
        request.Headers.Add("Origin", "https://elsewhere.example");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("GET", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task Responses_are_compressed_when_the_client_accepts_it(string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/letters/2009-07-20-ga-debate-on-rtop");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await _client.SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        await using Stream decompress = encoding == "gzip"
            ? new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress)
            : new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var text = await new StreamReader(decompress).ReadToEndAsync();
        var plain = await _client.GetStringAsync("/api/v1/letters/2009-07-20-ga-debate-on-rtop");
        Assert.Equal(plain, text);
        Assert.True(compressed.Length < plain.Length / 2, $"{compressed.Length} bytes compressed from {plain.Length}");
    }

    [Fact]
    public async Task The_health_check_answers_with_what_is_loaded_and_is_never_cached()
    {
        using var response = await _client.GetAsync("/healthz");
        var health = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(5, health.GetProperty("letters").GetInt32());
        Assert.Equal(97, health.GetProperty("organizations").GetInt32());
        Assert.True(health.GetProperty("search").GetString() is "indexing" or "ready");
        Assert.Equal(Archive.Core.Search.SearchIndexCache.VersionOf(Archive.Testing.RepositoryPaths.ApiFixtureContent), health.GetProperty("content").GetString());
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Null(response.Headers.ETag);
    }

    // RFC 9110 §9.3.2: HEAD is GET without the body; CORS advertises it, so every GET route answers it.
    [Theory]
    [InlineData("/api/v1/letters?pageSize=2")]
    [InlineData("/api/v1/letters/2009-07-20-ga-debate-on-rtop")]
    [InlineData("/api/v1/organizations?q=oxfam")]
    [InlineData("/api/v1/organizations/danchurchaid")]
    [InlineData("/api/v1/countries/dk")]
    [InlineData("/api/v1/search?q=pillar")]
    [InlineData("/api/v1/export/letters.jsonl")]
    [InlineData("/api/v1/export/signatories.csv")]
    [InlineData("/healthz")]
    [InlineData("/api/openapi/v1.json")]
    [InlineData("/api/docs/")]
    public async Task Head_answers_wherever_get_does_with_the_same_headers_and_no_body(string url)
    {
        using var get = await _client.GetAsync(url);
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    // RFC 9110 §12.5.5: an answer chosen by Accept-Encoding says so, compressed or not, or a shared cache may give
    // a Brotli body to a client that asked for none.
    [Theory]
    [InlineData("/api/v1/letters?pageSize=2")]
    [InlineData("/api/v1/letters/2009-07-20-ga-debate-on-rtop")]
    [InlineData("/api/v1/search?q=pillar")]
    [InlineData("/api/v1/export/signatories.csv")]
    [InlineData("/healthz")]
    [InlineData("/api/v1/letters/nope")]
    public async Task Every_negotiated_answer_varies_on_accept_encoding_even_uncompressed(string url)
    {
        using var plain = await _client.GetAsync(url);

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", plain.Headers.Vary);
    }

    [Fact]
    public async Task A_cors_preflight_may_be_cached_by_the_browser()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/letters");
        request.Headers.Add("Origin", "https://elsewhere.example");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        using var response = await _client.SendAsync(request);

        Assert.Equal("86400", response.Headers.GetValues("Access-Control-Max-Age").Single());
        Assert.Contains("HEAD", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    // One shape for every error, whoever makes it: the handlers, routing, the request limits.
    [Theory]
    [InlineData("GET", "/api/v1/letters/nope", 404)]
    [InlineData("GET", "/api/v1/letters?pageSize=0", 400)]
    [InlineData("GET", "/no/such/route", 404)]
    [InlineData("POST", "/api/v1/letters", 405)]
    [InlineData("DELETE", "/api/v1/letters/2009-07-20-ga-debate-on-rtop", 405)]
    [InlineData("GET", "/api/v1/search?q=LONG", 414)]
    [InlineData("GET", "/api/v1/letters", 431)]
    public async Task Every_error_is_problem_json_of_one_shape(string method, string url, int status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url.Replace("LONG", new string('a', 9000), StringComparison.Ordinal));
        if (status == 431)
        {
            request.Headers.Add("X-Large", new string('b', 33 * 1024));
        }

        // A browser's Accept: the error is problem+json all the same.
        request.Headers.Add("Accept", "text/html");
        using var response = await _client.SendAsync(request);
        var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        var fields = problem.EnumerateObject().Select(p => p.Name).Where(n => n != "parameter").Order();
        Assert.Equal(["detail", "status", "title", "type"], fields);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Search_is_ready_once_a_search_has_been_answered_which_waits_for_the_index()
    {
        var found = await _client.GetJson("/api/v1/search?q=responsibility");
        var health = await _client.GetJson("/healthz");

        Assert.Equal(5, found.GetProperty("total").GetInt32());
        Assert.Equal("ready", health.GetProperty("search").GetString());
    }

    [Fact]
    public async Task Json_is_camel_case()
    {
        var page = await _client.GetJson("/api/v1/letters?pageSize=1");

        Assert.True(page.GetProperty("items")[0].TryGetProperty("datePrecision", out _));
    }
}
