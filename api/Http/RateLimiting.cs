using System.Globalization;
using System.Threading.RateLimiting;
using Archive.Api.Content;
using Archive.Core.Addresses;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Archive.Api.Http;

/// <summary>
/// A fixed window of requests per client address, from <c>Archive:RateLimit:PermitLimit</c> and
/// <c>WindowSeconds</c>. On in production (appsettings.json) so one client cannot starve the others; a limit of 0
/// turns it off, which the tests do because every test client shares one address.
/// </summary>
internal static class RateLimiting
{
    /// <summary>Declares the 429 answer in the OpenAPI document of every rate-limited route.</summary>
    public static ProducesResponseTypeMetadata Rejection { get; } =
        new(StatusCodes.Status429TooManyRequests, typeof(ProblemDetails), [ProblemResponse.ContentType]);

    public static IServiceCollection AddArchiveRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var permits = configuration.GetValue(ArchiveOptions.RateLimitPermits, 0);
            var window = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue(ArchiveOptions.RateLimitWindowSeconds, 60)));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                // Partitions are cached by key, so the unlimited ones need keys of their own.
                if (permits <= 0 || context.Request.Path.StartsWithSegments("/healthz"))
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }

                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = window,
                    QueueLimit = 0,
                });
            });
            options.OnRejected = (rejected, _) => Reject(rejected.HttpContext, rejected.Lease, window);
        });
        return services;
    }

    private static async ValueTask Reject(HttpContext context, RateLimitLease lease, TimeSpan window)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Type = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
                Detail = $"This address has made too many requests; try again in {seconds} seconds. For bulk data use {ApiRoutes.Root}{ApiRoutes.Export}{ApiRoutes.LettersExport}.",
            },
        });
    }
}
