using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;

namespace Archive.Api.Hosting;

/// <summary>
/// Where a request comes from and which host it is for: the client's address, scheme and host are read from
/// <c>X-Forwarded-For/Proto/Host</c> only when the peer is a trusted proxy (<see cref="ProxySettings"/>), so the
/// rate limit is per visitor behind a proxy and nobody else can choose their own address or host.
/// </summary>
internal static class ProxiesAndHosts
{
    public static IServiceCollection AddProxiesAndHosts(this IServiceCollection services)
    {
        services.AddSingleton<PublicAddress>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<ApiSettings, AllowedHosts>((options, settings, hosts) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.ForwardedForHeaderName = settings.Proxy.ForwardedForHeader;
            options.ForwardLimit = settings.Proxy.ForwardLimit;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            options.KnownIPNetworks.Add(new System.Net.IPNetwork(IPAddress.Loopback, 8));
            options.KnownProxies.Add(IPAddress.IPv6Loopback);
            foreach (var proxy in settings.Proxy.Addresses)
            {
                options.KnownProxies.Add(proxy);
            }

            foreach (var network in settings.Proxy.Networks)
            {
                options.KnownIPNetworks.Add(network);
            }

            // A forwarded host must be one the API answers, like a direct one.
            if (!hosts.Any)
            {
                options.AllowedHosts = [.. hosts.Hosts];
            }
        });
        // The framework's host filter would answer an unknown host with an HTML page before the API's error
        // handling could answer with problem+json; AllowedHosts does the filtering instead.
        services.Configure<HostFilteringOptions>(options => options.AllowedHosts = ["*"]);
        return services;
    }
}
