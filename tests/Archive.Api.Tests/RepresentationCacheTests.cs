using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Archive.Api.Http;
using Archive.Testing;
using Microsoft.Extensions.Primitives;

namespace Archive.Api.Tests;

/// <summary>
/// One letter, organization or country is made once and then sent from memory: it must be indistinguishable from
/// an answer made afresh, in its bytes, its tags, 304s, compression, CORS and errors.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class RepresentationCacheTests(ApiFactory api)
{
    private const string Letter = "/api/v1/letters/2009-07-20-ga-debate-on-rtop";
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData(Letter)]
    [InlineData("/api/v1/organizations/danchurchaid")]
    [InlineData("/api/v1/countries/DK")]
    public async Task A_stored_answer_has_the_bytes_and_tag_of_one_made_afresh(string url)
    {
        using var uncached = ApiFactory.For(RepositoryPaths.ApiFixtureContent, new Dictionary<string, string?> { ["Archive:ResponseCache:MaxMegabytes"] = "0" });
        using var fresh = await uncached.CreateClient().GetAsync(url);
        using var first = await _client.GetAsync(url);
        using var second = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var expected = await fresh.Content.ReadAsByteArrayAsync();
        Assert.Equal(expected, await first.Content.ReadAsByteArrayAsync());
        Assert.Equal(expected, await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(fresh.Headers.ETag, second.Headers.ETag);
        Assert.Equal(fresh.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.Equal(expected.Length, second.Content.Headers.ContentLength);
        Assert.Equal("public, max-age=300", second.Headers.CacheControl?.ToString());
        Assert.Contains("Accept-Encoding", second.Headers.Vary);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Each_coding_is_sent_again_with_its_own_tag_and_304s_on_it(string encoding)
    {
        using var first = await Get(Letter, encoding);
        using var second = await Get(Letter, encoding);
        var plain = await _client.GetByteArrayAsync(Letter);
        using var identity = await _client.GetAsync(Letter);

        Assert.Equal([encoding], second.Content.Headers.ContentEncoding);
        Assert.Equal(plain, await Decompress(encoding, await second.Content.ReadAsByteArrayAsync()));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.NotEqual(identity.Headers.ETag, second.Headers.ETag);

        using var notModified = await Get(Letter, encoding, second.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(second.Headers.ETag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Empty(notModified.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task A_tag_of_another_coding_gets_the_full_body()
    {
        using var brotli = await Get(Letter, "br");
        using var gzip = await Get(Letter, "gzip", brotli.Headers.ETag);

        Assert.Equal(HttpStatusCode.OK, gzip.StatusCode);
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        Assert.NotEmpty(await gzip.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_stored_answer_still_carries_the_cors_headers()
    {
        using var warm = await _client.GetAsync(Letter);
        using var request = new HttpRequestMessage(HttpMethod.Get, Letter);
        request.Headers.Add("Origin", "https://elsewhere.example");
        using var response = await _client.SendAsync(request);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", response.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_id_is_a_problem_every_time_and_is_not_kept()
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var response = await Get("/api/v1/letters/no-such-letter", "br");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Null(response.Headers.ETag);
            Assert.Contains("no-such-letter", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("", "identity")]
    [InlineData("gzip", "gzip")]
    [InlineData("br", "br")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("gzip;q=1, br;q=0.5", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("br;q=0, gzip;q=0", "identity")]
    [InlineData("*", "br")]
    [InlineData("*;q=0.1, br;q=0", "gzip")]
    [InlineData("deflate", "identity")]
    [InlineData("identity", "identity")]
    [InlineData("not a ;;; header", "identity")]
    public void The_coding_is_the_most_wanted_one_we_have(string acceptEncoding, string expected) =>
        Assert.Equal(expected, ContentCodings.Choose(acceptEncoding.Length == 0 ? StringValues.Empty : new StringValues(acceptEncoding)).HeaderValue() ?? "identity");

    private async Task<HttpResponseMessage> Get(string url, string encoding, EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        return await _client.SendAsync(request);
    }

    private static async Task<byte[]> Decompress(string encoding, byte[] compressed)
    {
        await using Stream decompress = encoding == "gzip"
            ? new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress)
            : new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        await decompress.CopyToAsync(plain);
        return plain.ToArray();
    }
}
