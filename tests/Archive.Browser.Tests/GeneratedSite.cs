using Archive.Testing;

namespace Archive.Browser.Tests;

/// <summary>
/// A generated archive large enough for every long list to go on over pages (issue 17): 300 letters and 800
/// organizations from 2 countries, so the letters list, countries and the busiest organizations take several pages,
/// the organizations index goes on an initial to a page, and each country's organizations have pages of their own.
/// Generated and built (without search) by the real commands, served like <see cref="SiteFixture"/>'s site and browsed
/// with its Chromium.
/// </summary>
public sealed class GeneratedSite : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "archive-browser-generated-" + Guid.NewGuid().ToString("N"));
    private SiteServer? _server;

    private string Output => Path.Combine(_folder, "_site");

    public async Task InitializeAsync()
    {
        var content = Path.Combine(_folder, "content");
        Run("gen-corpus", "--letters", "300", "--organizations", "800", "--countries", "2", "--out", content);
        Run("build", "--content", content, "--out", Output, "--no-search");
        _server = await SiteServer.StartAsync(Output);
    }

    /// <summary>
    /// The address of a page: <paramref name="path"/> with its <c>*</c> replaced by the first folder name (A–Z) for
    /// which <paramref name="choose"/> (a path with a <c>*</c> too, e.g. <c>organizations/*/page/2/</c>) is a page of
    /// the site. So "the first organization with a second page" is found however the generator names organizations.
    /// </summary>
    public Uri Page(string path, string? choose = null)
    {
        var pattern = choose ?? path;
        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return new Uri(_server!.Address, path);
        }

        var name = Directory.EnumerateDirectories(Path.Combine(Output, pattern[..star]))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault(n => File.Exists(Path.Combine(Output, pattern.Replace("*", n, StringComparison.Ordinal), "index.html")))
            ?? throw new InvalidOperationException($"no page of the generated site is {pattern}");
        return new Uri(_server!.Address, path.Replace("*", name, StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static void Run(params string[] arguments)
    {
        var (exitCode, stdout, stderr) = ExternalProgram.Archive(arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"archive {arguments[0]} failed ({exitCode}):\n{stdout}\n{stderr}");
        }
    }
}
