using System.Globalization;
using Archive.Api.Hosting;
using Archive.Core.Addresses;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Http;

/// <summary>
/// A fixed window of requests per client address (<c>Archive:RateLimit</c>; behind a proxy the address is the
/// visitor's, <see cref="ProxiesAndHosts"/>), so one client cannot starve the others. Every limited answer says
/// where the client stands in the IETF draft's headers (draft-ietf-httpapi-ratelimit-headers): the policy
/// (<c>RateLimit-Policy: "client";q=300;w=60</c>) and what is left (<c>RateLimit: "client";r=299;t=42</c>); past the
/// limit, a problem+json 429 with <c>Retry-After</c> the seconds left in the window. A 304 costs nothing, as at
/// GitHub: a client that revalidates its copy is doing what we want. <c>/healthz</c> is never limited. A request that
/// asks for the work of many (a batch of reconciliation queries) counts as that many (<see cref="TakeMore"/>).
/// </summary>
internal sealed class RateLimits(RequestDelegate next, FixedWindows windows)
{
    private const string PolicyName = "client";

    /// <summary>Declares the 429 answer in the OpenAPI document of every rate-limited route.</summary>
    public static ProducesResponseTypeMetadata Rejection { get; } =
        new(StatusCodes.Status429TooManyRequests, typeof(ProblemDetails), [ProblemResponse.ContentType]);

    /// <summary>The response headers a browser script may read (CORS).</summary>
    public static string[] Headers { get; } = ["RateLimit", "RateLimit-Policy", "Retry-After"];

    /// <summary>The windows to count in, or null when rate limiting is off (a limit of 0).</summary>
    public static FixedWindows? WindowsFor(RateLimitSettings settings) =>
        settings.PermitLimit > 0 ? new FixedWindows(settings.PermitLimit, TimeSpan.FromSeconds(settings.WindowSeconds), TimeProvider.System) : null;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(ApiRoutes.Health))
        {
            await next(context);
            return;
        }

        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var quota = windows.Take(client);
        var response = context.Response;
        var taken = new Taken(windows, client, quota);
        response.Headers["RateLimit-Policy"] = string.Create(CultureInfo.InvariantCulture, $"\"{PolicyName}\";q={windows.Permits};w={(int)windows.Window.TotalSeconds}");
        if (!quota.Allowed)
        {
            response.Headers["RateLimit"] = State(quota);
            response.Headers.RetryAfter = quota.ResetSeconds.ToString(CultureInfo.InvariantCulture);
            await ProblemResponse.Write(context, Problems.TooManyRequests(quota.ResetSeconds));
            return;
        }

        context.Features.Set(taken);
        response.OnStarting(() =>
        {
            var now = response.StatusCode == StatusCodes.Status304NotModified ? windows.GiveBack(client, taken.Quota) : taken.Quota;
            response.Headers["RateLimit"] = State(now);
            return Task.CompletedTask;
        });
        await next(context);
    }

    /// <summary>
    /// Counts a request that asks for the work of <paramref name="requests"/> (a batch of reconciliation queries) as
    /// that many, so that batching does not multiply what a client may ask for: takes the ones beyond the request
    /// itself from the client's quota, all or none. Null when they are taken, or rate limiting is off. Otherwise the
    /// 429 to answer, with Retry-After set, and the request gives back the one it took: a smaller batch may still fit.
    /// </summary>
    public static ProblemDetails? TakeMore(HttpContext context, int requests)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (requests <= 1 || context.Features.Get<Taken>() is not { } taken)
        {
            return null;
        }

        var more = taken.Windows.Take(taken.Client, requests - 1);
        if (more.Allowed)
        {
            taken.Quota = more;
            return null;
        }

        taken.Quota = taken.Windows.GiveBack(taken.Client, taken.Quota);
        context.Response.Headers.RetryAfter = taken.Quota.ResetSeconds.ToString(CultureInfo.InvariantCulture);
        return Problems.TooManyQueries(requests, taken.Quota.Remaining, taken.Quota.ResetSeconds);
    }

    private static string State(Quota quota) =>
        string.Create(CultureInfo.InvariantCulture, $"\"{PolicyName}\";r={quota.Remaining};t={quota.ResetSeconds}");

    /// <summary>What this request took from its client's quota, for <see cref="TakeMore"/> and the RateLimit header.</summary>
    private sealed class Taken(FixedWindows windows, string client, Quota quota)
    {
        public FixedWindows Windows { get; } = windows;

        public string Client { get; } = client;

        public Quota Quota { get; set; } = quota;
    }
}
