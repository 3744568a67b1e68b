using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Archive.Browser.Tests;

/// <summary>
/// Serves a built site on a loopback port the way Netlify would: the headers of netlify.toml (so the browser
/// enforces our Content-Security-Policy) and the 404 page with a 404 status.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiteServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<SiteServer> StartAsync(string siteFolder)
    {
        var headers = NetlifyHeaders();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var files = new PhysicalFileProvider(siteFolder);
        app.Use(async (context, next) =>
        {
            // When the response starts, as Netlify's headers override the server's own (a JSON file's Content-Type).
            context.Response.OnStarting(() =>
            {
                foreach (var (pattern, values) in headers)
                {
                    if (pattern.IsMatch(context.Request.Path.Value ?? "/"))
                    {
                        foreach (var (name, value) in values)
                        {
                            context.Response.Headers[name] = value;
                        }
                    }
                }

                return Task.CompletedTask;
            });
            await next();
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
        });
        await app.StartAsync();
        var address = new Uri(app.Urls.First().Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "/");
        return new SiteServer(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>
    /// The headers netlify.toml gives each path pattern, read by Netlify's own parser, with the pattern it matches
    /// paths with (a placeholder such as <c>/letters/:id/index.json</c> is one segment, <c>*</c> the rest).
    /// </summary>
    private static List<(Regex Pattern, Dictionary<string, string> Values)> NetlifyHeaders()
    {
        NodePackages.Ensure();
        var (exitCode, stdout, stderr) = ExternalProgram.Run("node", [Path.Combine(RepositoryPaths.Root, "tests", "netlify", "read-config.mjs"), RepositoryPaths.Root]);
        if (exitCode != 0)
        {
            throw new InvalidOperationException("netlify.toml could not be read: " + stderr);
        }

        using var json = JsonDocument.Parse(stdout);
        return [.. json.RootElement.GetProperty("headers").EnumerateArray().Select(h => (
            new Regex(h.GetProperty("forRegExp").GetString()!, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            h.GetProperty("values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)))];
    }
}
