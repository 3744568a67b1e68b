using Microsoft.AspNetCore.Routing;

namespace Archive.Api.Http;

/// <summary>
/// Every route that answers GET answers HEAD too (RFC 9110 §9.3.2: the same headers, no body), as CORS and caches
/// expect; Minimal APIs' MapGet takes GET alone. The handlers answer HEAD as GET; <see cref="DropBody"/> drops
/// the body they write (Kestrel would too, other servers need not), and file results skip reading it.
/// </summary>
internal static class HeadWhereGet
{
    /// <summary>Middleware: a HEAD request's body goes nowhere; its headers, Content-Length included, are kept.</summary>
    public static Task DropBody(HttpContext context, RequestDelegate next)
    {
        if (HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.Body = Stream.Null;
        }

        return next(context);
    }

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
