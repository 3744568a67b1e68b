using System.Net;
using Archive.Api.Http;
using Archive.Testing;

namespace Archive.Api.Tests;

/// <summary>
/// Rate limiting, on through configuration as in production: fixed windows per client, the IETF draft's
/// RateLimit-Policy and RateLimit headers on every limited answer, a Retry-After that is the time left in the
/// window, and 304 revalidations free.
/// </summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Past_the_limit_a_client_gets_429_problem_with_retry_after()
    {
        using var factory = Limited(permits: 3, windowSeconds: 3600);
        using var client = factory.CreateClient();

        var remaining = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync("/api/v1/letters");
            Assert.True(allowed.StatusCode == HttpStatusCode.OK, $"request {i + 1}: {(int)allowed.StatusCode} {await allowed.Content.ReadAsStringAsync()}");
            Assert.Equal("\"client\";q=3;w=3600", allowed.Headers.GetValues("RateLimit-Policy").Single());
            remaining.Add(allowed.Headers.GetValues("RateLimit").Single().Split(';')[1]);
        }

        using var limited = await client.GetAsync("/api/v1/letters");
        Assert.Equal(["r=2", "r=1", "r=0"], remaining);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        var seconds = limited.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.InRange(seconds ?? 0, 1, 3600);
        Assert.Equal($"\"client\";r=0;t={seconds}", limited.Headers.GetValues("RateLimit").Single());
        Assert.Contains("too many requests", await limited.Content.ReadAsStringAsync());
        // The health check stays reachable for monitoring.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_304_revalidation_does_not_count_against_the_quota()
    {
        using var factory = Limited(permits: 2, windowSeconds: 3600);
        using var client = factory.CreateClient();
        using var first = await client.GetAsync("/api/v1/letters/2009-07-20-ga-debate-on-rtop");

        for (var i = 0; i < 5; i++)
        {
            using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/letters/2009-07-20-ga-debate-on-rtop");
            again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
            using var notModified = await client.SendAsync(again);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.StartsWith("\"client\";r=1;", notModified.Headers.GetValues("RateLimit").Single(), StringComparison.Ordinal);
        }

        using var second = await client.GetAsync("/api/v1/letters?pageSize=1");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public void Retry_after_is_the_time_left_in_the_window_not_the_whole_window()
    {
        // 45 s into a minute: a 60 s window has 15 s left.
        var clock = new SetClock(new DateTimeOffset(2026, 1, 1, 12, 0, 45, TimeSpan.Zero));
        var windows = new FixedWindows(2, TimeSpan.FromSeconds(60), clock);

        var taken = new[] { windows.Take("a"), windows.Take("a"), windows.Take("a") };
        var other = windows.Take("b");
        clock.Now = clock.Now.AddSeconds(15);
        var next = windows.Take("a");

        Assert.Equal([true, true, false], taken.Select(q => q.Allowed));
        Assert.Equal([1, 0, 0], taken.Select(q => q.Remaining));
        Assert.Equal(15, taken[2].ResetSeconds);
        Assert.True(other.Allowed);
        Assert.True(next.Allowed);
        Assert.Equal(60, next.ResetSeconds);
    }

    private static ApiFactory Limited(int permits, int windowSeconds) => ApiFactory.For(RepositoryPaths.ApiFixtureContent, new Dictionary<string, string?>
    {
        ["Archive:RateLimit:PermitLimit"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Archive:RateLimit:WindowSeconds"] = windowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private sealed class SetClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
