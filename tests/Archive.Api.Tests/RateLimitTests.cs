using System.Net;
using Archive.Testing;

namespace Archive.Api.Tests;

/// <summary>Rate limiting, on through configuration as in production, with a tiny window to reach.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Past_the_limit_a_client_gets_429_problem_with_retry_after()
    {
        using var factory = ApiFactory.For(RepositoryPaths.ApiFixtureContent, new Dictionary<string, string?>
        {
            ["Archive:RateLimit:PermitLimit"] = "3",
            ["Archive:RateLimit:WindowSeconds"] = "120",
        });
        using var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync("/api/v1/letters");
            Assert.True(allowed.StatusCode == HttpStatusCode.OK, $"request {i + 1}: {(int)allowed.StatusCode} {await allowed.Content.ReadAsStringAsync()}");
        }

        using var limited = await client.GetAsync("/api/v1/letters");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        var seconds = limited.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.InRange(seconds ?? 0, 1, 120);
        Assert.Contains("too many requests", await limited.Content.ReadAsStringAsync());
        // The health check stays reachable for monitoring.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
