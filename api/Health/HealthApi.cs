using Archive.Api.Content;
using Archive.Api.Http;
using Archive.Core.Addresses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Health;

/// <summary><c>/healthz</c>: the API is up and its content is loaded (it cannot be up without it).</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet(ApiRoutes.Health, GetHealth)
            .WithMetadata(OwnCaching.Instance)
            .WithTags("Health")
            .WithName("GetHealth")
            .WithSummary("Check that the API is up")
            .WithDescription("Answers 200 with the number of letters and organizations loaded, as soon as the content is loaded; search is \"indexing\" until the search index is built (searches meanwhile wait for it), then \"ready\"; content is the version of the content served (a hash of its files, the same on every instance serving it). Never cached.");
        return app;
    }

    // A load balancer or a monitor must see the answer of now, never a copy.
    public static async Task<Ok<Health>> GetHealth(LoadedArchive archive, HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new Health(
            Health.Ok, archive.Content.Letters.Count, archive.Content.Organizations.Count, archive.SearchReady ? Health.Ready : Health.Indexing, await archive.Version));
    }
}
