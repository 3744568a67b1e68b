namespace Archive.Api.Hosting;

/// <summary>
/// One log line at start-up with the settings in effect, so an operator sees what the API runs with (a settings
/// file that was not found, a limit that is off) instead of guessing from its behaviour.
/// </summary>
internal static class StartupLog
{
    public static void LogSettings(this WebApplication app, ApiSettings settings, AllowedHosts hosts)
    {
        var settingsFile = Path.Combine(app.Environment.ContentRootPath, "appsettings.json");
        app.Logger.LogInformation(
            "Settings ({Environment}): settings file {SettingsFile} ({Found}); public base URL {PublicBaseUrl}; allowed hosts {AllowedHosts}; " +
            "trusted proxies loopback{Proxies}{Networks} ({ForwardedFor}, forward limit {ForwardLimit}); rate limit {RateLimit}; " +
            "response cache {CacheMegabytes} MB; search index {IndexFolder}; exports {ExportFolder}",
            app.Environment.EnvironmentName,
            settingsFile,
            File.Exists(settingsFile) ? "read" : "not found",
            settings.PublicBase?.AbsoluteUri ?? "(none: each request's own host)",
            string.Join(';', hosts.Hosts),
            string.Concat(settings.Proxy.KnownProxies.Select(p => ", " + p)),
            string.Concat(settings.Proxy.KnownNetworks.Select(n => ", " + n)),
            settings.Proxy.ForwardedForHeader,
            settings.Proxy.ForwardLimit,
            settings.RateLimit.PermitLimit > 0 ? $"{settings.RateLimit.PermitLimit} requests per {settings.RateLimit.WindowSeconds} s per client" : "off",
            settings.ResponseCache.MaxMegabytes,
            settings.Search.KeepIndex ? $"kept in {settings.Search.IndexFolderPath}" : "in memory only",
            settings.Export.FolderPath);
        if (settings.PublicBase is null && app.Environment.IsProduction())
        {
            app.Logger.LogWarning("Archive:PublicBaseUrl is not set: links are built from each request's host, and only {AllowedHosts} are answered", string.Join(';', hosts.Hosts));
        }
    }
}
