using Archive.Api.Http;
using Microsoft.Extensions.Primitives;

namespace Archive.Api.Hosting;

/// <summary>
/// Which Host headers the API answers (the standard <c>AllowedHosts</c> setting, <c>;</c>-separated, <c>*.x</c>
/// wildcards). Unset in Production: the public base URL's host and the machine's own names; unset elsewhere: any.
/// Other hosts get a problem+json 400, so a forged Host cannot reach a response, let alone a cache. A request
/// without Host (HTTP/1.0) is answered.
/// </summary>
/// <remarks>
/// ASP.NET Core's host filtering reads the same setting but answers with an HTML page, before the API's error
/// handling; it is told to let every host through (<see cref="ProxiesAndHosts"/>) and this check does the work.
/// </remarks>
internal sealed class AllowedHosts
{
    private static readonly string[] MachineNames = ["localhost", "127.0.0.1", "[::1]"];

    private readonly StringSegment[] _patterns;

    public AllowedHosts(IReadOnlyList<string> hosts) => (Hosts, _patterns) = (hosts, [.. hosts.Select(h => new StringSegment(h))]);

    public IReadOnlyList<string> Hosts { get; }

    public bool Any => Hosts.Contains("*");

    public static AllowedHosts From(string? configured, ApiSettings settings, IHostEnvironment environment)
    {
        var listed = (configured ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (listed.Length > 0)
        {
            return new AllowedHosts(listed);
        }

        if (!environment.IsProduction())
        {
            return new AllowedHosts(["*"]);
        }

        return new AllowedHosts([.. settings.PublicBase is { } publicBase ? [publicBase.IdnHost] : Array.Empty<string>(), .. MachineNames]);
    }

    public bool Allows(HostString host) => Any || !host.HasValue || HostString.MatchesAny(new StringSegment(host.Host), _patterns);

    /// <summary>The middleware: a request for another host ends here with a 400.</summary>
    public async Task Check(HttpContext context, RequestDelegate next)
    {
        if (Allows(context.Request.Host))
        {
            await next(context);
            return;
        }

        await ProblemResponse.Write(context, Problems.UnknownHost(context.Request.Host.Value ?? ""));
    }
}
