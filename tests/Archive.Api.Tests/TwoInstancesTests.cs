using System.Net.Http.Headers;
using Archive.Testing;

namespace Archive.Api.Tests;

/// <summary>
/// Several instances behind a load balancer are interchangeable (issue 16): on the same content they send the same
/// bytes, so the same ETags, and a cursor one of them wrote leads on at the other.
/// </summary>
public sealed class TwoInstancesTests
{
    private static readonly Dictionary<string, string?> Settings = new() { ["Archive:PublicBaseUrl"] = "https://letters.example.org" };

    [Theory]
    [InlineData("/api/v1/letters?pageSize=2", null)]
    [InlineData("/api/v1/letters/2009-07-20-ga-debate-on-rtop", "br")]
    [InlineData("/api/v1/organizations?country=dk", null)]
    [InlineData("/api/v1/search?q=pillar", "gzip")]
    [InlineData("/api/v1/export/letters.jsonl", null)]
    [InlineData("/api/v1/export/signatories.csv", "br")]
    public async Task The_same_content_gives_the_same_etag_on_every_instance(string url, string? encoding)
    {
        using var one = ApiFactory.For(RepositoryPaths.ApiFixtureContent, Settings);
        using var two = ApiFactory.For(RepositoryPaths.ApiFixtureContent, Settings);

        var tags = await Task.WhenAll(TagOf(one.CreateClient(), url, encoding), TagOf(two.CreateClient(), url, encoding));

        Assert.NotNull(tags[0]);
        Assert.Equal(tags[0], tags[1]);
    }

    [Fact]
    public async Task A_cursor_from_one_instance_leads_on_at_the_other()
    {
        using var one = ApiFactory.For(RepositoryPaths.ApiFixtureContent, Settings);
        using var two = ApiFactory.For(RepositoryPaths.ApiFixtureContent, Settings);
        var first = await one.CreateClient().GetJson("/api/v1/letters?pageSize=2&cursor=");
        var next = new Uri(first.GetProperty("links").GetProperty("next").GetString()!).PathAndQuery;

        var fromOne = await one.CreateClient().GetStringAsync(next);
        var fromTwo = await two.CreateClient().GetStringAsync(next);

        Assert.Equal(fromOne, fromTwo);
        Assert.Equal(2, System.Text.Json.JsonDocument.Parse(fromTwo).RootElement.GetProperty("items").GetArrayLength());
    }

    private static async Task<EntityTagHeaderValue?> TagOf(HttpClient client, string url, string? encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        }

        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response.Headers.ETag;
    }
}
