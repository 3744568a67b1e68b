using System.Net;
using Microsoft.Extensions.Options;

namespace Archive.Api.Hosting;

/// <summary>
/// <c>Archive:Proxy</c>: which peers are proxies whose forwarded headers (client address, scheme, host) are
/// believed. A proxy on the same machine (loopback) is always trusted; anyone else's <c>X-Forwarded-*</c> is ignored.
/// </summary>
internal sealed class ProxySettings
{
    /// <summary>Addresses of trusted proxies, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; init; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. <c>10.0.0.0/8</c>.</summary>
    public string[] KnownNetworks { get; init; } = [];

    /// <summary>
    /// How many proxies' entries to read, from the right of <c>X-Forwarded-For</c>: 1 is the address the nearest
    /// trusted proxy saw, which a client cannot forge.
    /// </summary>
    public int ForwardLimit { get; init; } = 1;

    /// <summary>The header holding the client's address; Netlify also sends <c>X-Nf-Client-Connection-Ip</c>.</summary>
    public string ForwardedForHeader { get; init; } = "X-Forwarded-For";

    public IEnumerable<IPAddress> Addresses => KnownProxies.Select(IPAddress.Parse);

    public IEnumerable<IPNetwork> Networks => KnownNetworks.Select(n => IPNetwork.Parse(n));

    public void Validate()
    {
        var bad = KnownProxies.Where(p => !IPAddress.TryParse(p, out _)).Select(p => $"Archive:Proxy:KnownProxies: '{p}' is not an IP address")
            .Concat(KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)).Select(n => $"Archive:Proxy:KnownNetworks: '{n}' is not a network such as 10.0.0.0/8"))
            .ToList();
        if (ForwardLimit < 1)
        {
            bad.Add("Archive:Proxy:ForwardLimit must be 1 or more");
        }

        if (bad.Count > 0)
        {
            throw new OptionsValidationException(ApiSettings.Section, typeof(ApiSettings), bad);
        }
    }
}
