using System.Net;
using Microsoft.AspNetCore.Http.Extensions;

namespace Archive.Api.Hosting;

/// <summary>
/// The one place absolute URLs are made (page links, the Link header, the OpenAPI servers): from
/// <c>Archive:PublicBaseUrl</c> when it is set, so neither a proxy in between nor a forged Host header changes them;
/// otherwise from the request's scheme and host (which only a trusted proxy may rewrite, <see cref="ProxiesAndHosts"/>).
/// </summary>
internal sealed class PublicAddress(ApiSettings settings)
{
    private readonly string? _configured = settings.PublicBase?.AbsoluteUri.TrimEnd('/');

    /// <summary>Scheme, host and base path of the API as clients reach it, without a trailing slash.</summary>
    public string BaseOf(HttpRequest request)
    {
        if (_configured is not null)
        {
            return _configured;
        }

        // HTTP/1.0 needs no Host header: then the address the request came in at is the one that works.
        var host = request.Host.HasValue ? request.Host : LocalHost(request.HttpContext.Connection);
        return UriHelper.BuildAbsolute(request.Scheme, host, request.PathBase).TrimEnd('/');
    }

    /// <summary>The absolute URL of this request's path with <paramref name="query"/>.</summary>
    public string Of(HttpRequest request, QueryString query) => Of(request, request.Path, query);

    /// <summary>The absolute URL of another path of the API (from its root, e.g. <c>/api/v1/letters/x</c>) with <paramref name="query"/>.</summary>
    public string Of(HttpRequest request, PathString path, QueryString query) =>
        BaseOf(request) + UriHelper.BuildRelative(path: path, query: query);

    private static HostString LocalHost(ConnectionInfo connection)
    {
        if (connection.LocalIpAddress is not { } address)
        {
            return new HostString("localhost");
        }

        var ip = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return new HostString(new IPEndPoint(ip, connection.LocalPort).ToString());
    }
}
