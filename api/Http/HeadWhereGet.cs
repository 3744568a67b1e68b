using Microsoft.AspNetCore.Routing;

namespace Archive.Api.Http;

/// <summary>
/// Every route that answers GET answers HEAD too (RFC 9110 §9.3.2: the same headers, no body), as CORS and caches
/// expect; Minimal APIs' MapGet takes GET alone. The server sends no body for HEAD, so the handlers need not know.
/// </summary>
internal static class HeadWhereGet
{
    public static RouteGroupBuilder WithHeadWhereGet(this RouteGroupBuilder group)
    {
        ((IEndpointConventionBuilder)group).Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault() is { } methods
                && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight));
            }
        });
        return group;
    }
}
