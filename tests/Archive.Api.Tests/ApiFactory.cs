using System.Net;
using Archive.Api.Http;
using Archive.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests;

/// <summary>The API hosted in memory over a content folder (the API tests' fixture content unless a test gives one).</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    /// <summary>A test request's header naming the address it comes from (the test server has none of its own).</summary>
    public const string PeerHeader = "X-Test-Peer";

    private readonly string _contentPath;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly string _exports = Path.Combine(Path.GetTempPath(), "archive-api-test-exports-" + Guid.NewGuid().ToString("N"));

    // The tests' frozen copy of the archive, not the live content/: an editor fixing a typo or adding a letter
    // must not change what the API tests expect (issue 15).
    public ApiFactory()
        : this(RepositoryPaths.ApiFixtureContent, null)
    {
    }

    /// <summary>The API over another content folder, with extra configuration (which wins over the defaults below).</summary>
    public static ApiFactory For(string contentPath, IReadOnlyDictionary<string, string?>? settings = null) => new(contentPath, settings);

    private ApiFactory(string contentPath, IReadOnlyDictionary<string, string?>? settings)
    {
        _contentPath = contentPath;
        _settings = settings ?? new Dictionary<string, string?>();
    }

    /// <summary>Where this host writes its export files (its own, deleted with it).</summary>
    public string ExportFolder => _exports;

    /// <summary>How many requests reached the last-resort 500 handler; every test run must leave it at 0.</summary>
    public int UnhandledErrors => Services.GetServices<IExceptionHandler>().OfType<LastResortExceptionHandler>().Single().Handled;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production, not the factory's default Development: the tests must see the pipeline users get, with no
        // developer exception page that could hide a missing error handler.
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            // The content under test, absolute, so the test runner's current directory does not matter.
            ["Archive:ContentPath"] = _contentPath,
            // Every test client shares one address; a rate limit would make tests fail by their number and order.
            // The rate-limit test turns it back on through the settings below.
            ["Archive:RateLimit:PermitLimit"] = "0",
            // Each test indexes its own content in memory; keeping indexes between runs has a test of its own.
            ["Archive:Search:KeepIndex"] = "false",
            // Each host makes its own export files, so no test finds another's.
            ["Archive:Export:Folder"] = _exports,
        }).AddInMemoryCollection(_settings));
        // The in-memory server gives requests no address; each comes from 192.0.2.1 (a documentation address,
        // RFC 5737), or from the address in its X-Test-Peer header: the peer a proxy test needs.
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new FromPeer()));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_exports))
        {
            Directory.Delete(_exports, recursive: true);
        }
    }

    private sealed class FromPeer : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress ??= IPAddress.Parse(context.Request.Headers[PeerHeader].FirstOrDefault() ?? "192.0.2.1");
                return following(context);
            });
            next(app);
        };
    }
}
