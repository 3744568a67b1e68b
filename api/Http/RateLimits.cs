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
/// GitHub: a client that revalidates its copy is doing what we want. <c>/healthz</c> is never limited.
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
        response.Headers["RateLimit-Policy"] = string.Create(CultureInfo.InvariantCulture, $"\"{PolicyName}\";q={windows.Permits};w={(int)windows.Window.TotalSeconds}");
        if (!quota.Allowed)
        {
            response.Headers["RateLimit"] = State(quota);
            response.Headers.RetryAfter = quota.ResetSeconds.ToString(CultureInfo.InvariantCulture);
            await ProblemResponse.Write(context, Problems.TooManyRequests(quota.ResetSeconds));
            return;
        }

        response.OnStarting(() =>
        {
            var now = response.StatusCode == StatusCodes.Status304NotModified ? windows.GiveBack(client, quota) : quota;
            response.Headers["RateLimit"] = State(now);
            return Task.CompletedTask;
        });
        await next(context);
    }

    private static string State(Quota quota) =>
        string.Create(CultureInfo.InvariantCulture, $"\"{PolicyName}\";r={quota.Remaining};t={quota.ResetSeconds}");
}
