using Archive.Api.Content;
using Archive.Api.Hosting;
using Archive.Core.Addresses;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace Archive.Api.Discovery;

/// <summary><c>/api/v1</c>: the API's front door, for a partner who knows only its address (issue 18).</summary>
internal static class DiscoveryApi
{
    public static RouteGroupBuilder MapDiscovery(this RouteGroupBuilder api)
    {
        api.MapGet("/", GetIndex)
            .WithTags("Discovery")
            .WithName("GetIndex")
            .WithSummary("Start here: the routes, the version of the data and its terms")
            .WithDescription("What the archive is; the version of the content served (the same as /healthz gives) and lastChanged, the latest moment a letter or organization was added or updated (send it as changedSince to fetch only what changes after); the licence of the data and where to report an error (both set by the archive's owner, null when not set); the OpenAPI document, the reference page, and every route with its operation name.");
        return api;
    }

    public static async Task<Ok<ApiIndex>> GetIndex(LoadedArchive archive, PublicAddress address, EndpointDataSource endpoints, HttpContext http)
    {
        var content = archive.Content;
        var site = content.Site;
        var origin = address.BaseOf(http.Request);
        var dates = content.Letters.Select(l => l.Dates.Updated).Concat(content.Organizations.Select(o => o.Dates.Updated)).ToList();
        return TypedResults.Ok(new ApiIndex(
            site.Title,
            site.Description,
            await archive.Version,
            dates.Count == 0 ? null : dates.Max(),
            content.Letters.Count,
            content.Organizations.Count,
            site.Licence is { } licence ? new LicenceJson(licence.Name, licence.Url) : null,
            site.ReportErrors,
            site.BaseUrl,
            origin + ApiRoutes.OpenApiDocument,
            origin + ApiRoutes.Docs + "/",
            RoutesOf(endpoints, origin)));
    }

    // Read from the routes the API maps, so a route added later is listed without anyone remembering to.
    private static List<ApiRouteJson> RoutesOf(EndpointDataSource endpoints, string origin) =>
    [
        .. endpoints.Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null
                && e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true }
                && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Get) == true)
            .Select(e => new ApiRouteJson(
                e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName,
                origin + "/" + (e.RoutePattern.RawText ?? "").Trim('/'),
                e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary ?? ""))
            .DistinctBy(r => r.Name)
            .OrderBy(r => r.Href, StringComparer.Ordinal),
    ];
}
