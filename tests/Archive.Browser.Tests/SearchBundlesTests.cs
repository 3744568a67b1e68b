using Archive.Testing;
using Microsoft.Playwright;

namespace Archive.Browser.Tests;

/// <summary>
/// The search index in bundles (issue 21: each of at most so many letters, by date, so Pagefind's indexer memory stays
/// bounded): the search fixture's seven letters built in bundles of two, against the same letters built in one
/// bundle. The search page must show the same thing from both: the same letters (in the same order when sorted by
/// date), the same totals and the same count beside every country and year.
/// </summary>
[Collection(BuiltSite.Name)]
public sealed class SearchBundlesTests(SiteFixture browser, SearchBundlesTests.TwoSites sites) : IClassFixture<SearchBundlesTests.TwoSites>
{
    public static TheoryData<string> Searches => new()
    {
        "search/?q=responsibility",
        "search/?q=protect&sort=newest",
        "search/?sort=oldest",
        "search/?sort=newest",
        "search/?q=responsibility&sort=oldest",
        "search/?year=2012",
        "search/?q=peace&sort=newest",
    };

    [Fact]
    public void The_bundled_site_has_several_bundles()
    {
        Assert.True(File.Exists(Path.Combine(sites.BundledFolder, "pagefind", "part-3", "pagefind.js")));
        Assert.False(File.Exists(Path.Combine(sites.WholeFolder, "pagefind", "part-1", "pagefind.js")));
    }

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task A_search_over_bundles_shows_what_a_search_of_one_index_shows(string address)
    {
        var whole = await ShownAsync(new Uri(sites.Whole, address));
        var bundled = await ShownAsync(new Uri(sites.Bundled, address));

        Assert.NotEqual("No letter matches.", whole.Status);
        Assert.Equal(whole, bundled);
    }

    [Fact]
    public async Task A_search_finds_letters_of_different_bundles_with_their_counts()
    {
        // Bundles of two, oldest first: 2010 and 2011, 2012 and 2013, 2014 and 2015, 2016.
        var shown = await ShownAsync(new Uri(sites.Bundled, "search/?sort=oldest"));

        Assert.Equal("Showing 7 of 7 letters", shown.Status);
        Assert.StartsWith("/letters/2010-03-01-responsibility/ /letters/2011-04-02-response/ /letters/2012-05-03-geneve/", shown.Letters, StringComparison.Ordinal);
        Assert.EndsWith("/letters/2016-09-07-typos/", shown.Letters, StringComparison.Ordinal);
        Assert.Contains("2010 (1)", shown.Counts, StringComparison.Ordinal);
        Assert.Contains("2016 (1)", shown.Counts, StringComparison.Ordinal);
    }

    /// <summary>What the search page shows: its status line, the letters in their order (as a set for best match) and every country's and year's count.</summary>
    private sealed record Shown(string Status, string Letters, string Counts);

    private async Task<Shown> ShownAsync(Uri address)
    {
        var (page, errors) = await browser.OpenAsync(address);
        var status = page.Locator("[data-search-status]");
        await Assertions.Expect(status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(Showing|No letter)"));
        var letters = await page.Locator("[data-search-results] li a.search-result-title").EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
        if (!address.Query.Contains("sort=", StringComparison.Ordinal))
        {
            Array.Sort(letters, StringComparer.Ordinal);
        }

        var counts = await page.Locator("#country option, #year option").EvaluateAllAsync<string[]>("options => options.map(o => o.textContent)");
        Assert.True(errors.Count == 0, string.Join(" | ", errors));
        var shown = new Shown(await status.TextContentAsync() ?? "", string.Join(" ", letters), string.Join("; ", counts));
        await page.CloseAsync();
        return shown;
    }

    /// <summary>The search fixture built twice by <c>archive build</c>: in bundles of two letters, and in one bundle.</summary>
    public sealed class TwoSites : IAsyncLifetime
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "archive-search-bundles-" + Guid.NewGuid().ToString("N"));
        private SiteServer? _bundled;
        private SiteServer? _whole;

        public string BundledFolder => Path.Combine(_folder, "bundled");

        public string WholeFolder => Path.Combine(_folder, "whole");

        public Uri Bundled => _bundled!.Address;

        public Uri Whole => _whole!.Address;

        public async Task InitializeAsync()
        {
            Build(BundledFolder, "--search-bundle-letters", "2");
            Build(WholeFolder);
            _bundled = await SiteServer.StartAsync(BundledFolder);
            _whole = await SiteServer.StartAsync(WholeFolder);
        }

        private static void Build(string site, params string[] options)
        {
            var built = ExternalProgram.Archive(["build", "--content", RepositoryPaths.SearchFixtureContent, "--out", site, .. options]);
            if (built.ExitCode != 0)
            {
                throw new InvalidOperationException($"archive build failed ({built.ExitCode}):\n{built.Stdout}\n{built.Stderr}");
            }
        }

        public async Task DisposeAsync()
        {
            foreach (var server in new[] { _bundled, _whole })
            {
                if (server is not null)
                {
                    await server.DisposeAsync();
                }
            }

            Directory.Delete(_folder, recursive: true);
        }
    }
}
