using Archive.Api.Content;
using Archive.Core.Addresses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Health;

/// <summary><c>/healthz</c>: the API is up and its content is loaded (it cannot be up without it).</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet(ApiRoutes.Health, GetHealth)
            .WithTags("Health")
            .WithName("GetHealth")
            .WithSummary("Check that the API is up")
            .WithDescription("Answers 200 with the number of letters and organizations loaded, as soon as the content is loaded; search is \"indexing\" until the search index is built (searches meanwhile wait for it), then \"ready\".");
        return app;
    }

    public static Ok<Health> GetHealth(LoadedArchive archive) =>
        TypedResults.Ok(new Health("ok", archive.Content.Letters.Count, archive.Content.Organizations.Count, archive.SearchReady ? "ready" : "indexing"));
}
