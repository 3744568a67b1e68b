using Archive.Testing;
using Microsoft.Playwright;

namespace Archive.Browser.Tests;

/// <summary>
/// The repository's content built into a site once (with search), served on loopback, and a headless Chromium
/// to browse it. Read-only for every test: each test opens its own page.
/// </summary>
public class SiteFixture : IAsyncLifetime
{
    // Debian's Chromium: Playwright must never download a browser of its own (there is no network for it).
    // The flags keep Chromium from calling home, which the closed network here would refuse.
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly string _output = Path.Combine(Path.GetTempPath(), "archive-browser-" + Guid.NewGuid().ToString("N"));
    private SiteServer? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address => _server!.Address;

    public async Task InitializeAsync()
    {
        var site = Path.Combine(_output, "_site");
        BuildSite(PrepareContent(_output), site);
        _server = await SiteServer.StartAsync(site);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>A new page whose console errors (e.g. a Content-Security-Policy violation) are collected.</summary>
    public Task<(IPage Page, List<string> Errors)> OpenAsync(string path) => OpenAsync(new Uri(Address, path.TrimStart('/')));

    /// <summary>A new page at an address of any site served for the tests (see <see cref="GeneratedSite"/>), its console errors collected.</summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(Uri address)
    {
        var page = await Browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                errors.Add($"{response.Status} {response.Url}");
            }
        };
        await page.GotoAsync(address.ToString());
        return (page, errors);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_output, recursive: true);
    }

    /// <summary>The content folder to build: the repository's own, unless a fixture makes another in <paramref name="folder"/>.</summary>
    protected virtual string PrepareContent(string folder) => RepositoryPaths.Content;

    // The real command, as an editor runs it: `archive build --content ... --out ...`.
    private static void BuildSite(string content, string site)
    {
        var (exitCode, stdout, stderr) = ExternalProgram.Archive("build", "--content", content, "--out", site);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"archive build failed ({exitCode}):\n{stdout}\n{stderr}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BuiltSite : ICollectionFixture<SiteFixture>
{
    public const string Name = "built site";
}
