using System.Text.Json;
using Archive.Testing;
using Microsoft.Playwright;

namespace Archive.Browser.Tests;

/// <summary>
/// The search index made from the letters' records (issue 21) against the one Pagefind made by crawling the written
/// HTML before it, over the search fixture's letters (English, French and Spanish): the same queries must find the
/// same letters, with the same filter counts. The crawled index is made in the test by the repository's pinned
/// Pagefind over the HTML of the same build (the letter template still marks what a crawl would index), so the
/// comparison is with the old path itself, not with results written down once.
/// </summary>
[Collection(BuiltSite.Name)]
public sealed class SearchRecordsTests(SiteFixture browser, SearchRecordsTests.TwoIndexes site) : IClassFixture<SearchRecordsTests.TwoIndexes>
{
    private const string FrenchLetter = "/letters/2012-05-03-geneve/";

    public static TheoryData<string, string> Queries => new()
    {
        { "words", """{ "q": "responsibility" }""" },
        { "a phrase", """{ "q": "\"responsibility to protect\"" }""" },
        { "two words", """{ "q": "protection civilians" }""" },
        { "an organization's name", """{ "q": "Peace Action Forum" }""" },
        { "a hyphenated name", """{ "q": "Human Rights Network-Uganda" }""" },
        { "a recipient", """{ "q": "Security Council" }""" },
        { "a number", """{ "q": "1674" }""" },
        { "a French word", """{ "q": "société" }""" },
        { "a French verb", """{ "q": "protéger" }""" },
        { "a French word in a title", """{ "q": "délégations" }""" },
        { "a Spanish word", """{ "q": "niños" }""" },
        { "an organization, newest first", """{ "q": null, "filters": { "organization": "Peace Action Forum" }, "sort": { "date": "desc" } }""" },
        { "a country, oldest first", """{ "q": null, "filters": { "country": "Kenya" }, "sort": { "date": "asc" } }""" },
        { "a year", """{ "q": null, "filters": { "year": "2012" }, "sort": { "date": "desc" } }""" },
        { "words and a country", """{ "q": "peace", "filters": { "country": "Kenya" } }""" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_query_finds_the_same_letters_in_the_index_made_from_records_as_in_the_crawled_one(string kind, string query)
    {
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(site.Address, "search/").ToString());

        var fromRecords = await SearchAsync(page, "/pagefind/pagefind.js", query);
        var crawled = await SearchAsync(page, "/" + TwoIndexes.CrawledFolder + "/pagefind.js", query);

        Assert.NotEqual("[]", crawled.Urls);
        Assert.True(crawled == fromRecords, $"{kind}: crawled {crawled}, from records {fromRecords}");
    }

    [Fact]
    public async Task A_French_word_typed_on_the_English_search_page_finds_the_French_letter()
    {
        var (page, errors) = await browser.OpenAsync(new Uri(site.Address, "search/?q=" + Uri.EscapeDataString("société")));

        var results = page.Locator("[data-search-results] li a.search-result-title");
        await Assertions.Expect(results).ToHaveCountAsync(1);
        Assert.EndsWith(FrenchLetter, await results.First.GetAttributeAsync("href"), StringComparison.Ordinal);
        await Assertions.Expect(results.First).ToHaveAttributeAsync("lang", "fr");
        Assert.Equal("", string.Join(" | ", errors));
    }

    /// <summary>What a query found: the letters (in the index's order when sorted, else as a set) and the filter counts.</summary>
    private sealed record Found(string Urls, string Filters);

    private static async Task<Found> SearchAsync(IPage page, string script, string query)
    {
        var json = await page.EvaluateAsync<string>("""
            async ([script, query]) => {
              const pagefind = await import(script);
              await pagefind.options({ baseUrl: "/" });
              // Every filter's values loaded first, as the search page does, so the counts are whole in both.
              await pagefind.filters();
              const { q, ...options } = JSON.parse(query);
              const found = await pagefind.search(q, options);
              const urls = await Promise.all(found.results.map(async (r) => (await r.data()).url));
              if (!options.sort) urls.sort();
              return JSON.stringify({ urls, filters: found.filters });
            }
            """, new[] { script, query });
        using var document = JsonDocument.Parse(json);
        return new Found(document.RootElement.GetProperty("urls").GetRawText(), Sorted(document.RootElement.GetProperty("filters")));
    }

    // Filter counts with their names in order, so two indexes that list them differently compare equal.
    private static string Sorted(JsonElement filters) => string.Join("; ", filters.EnumerateObject()
        .OrderBy(f => f.Name, StringComparer.Ordinal)
        .Select(f => f.Name + ": " + string.Join(", ", f.Value.EnumerateObject().OrderBy(v => v.Name, StringComparer.Ordinal).Select(v => $"{v.Name}={v.Value}"))));

    /// <summary>The search fixture built by <c>archive build</c>, plus the index the pinned Pagefind makes by crawling its HTML.</summary>
    public sealed class TwoIndexes : IAsyncLifetime
    {
        public const string CrawledFolder = "pagefind-crawled";

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "archive-search-records-" + Guid.NewGuid().ToString("N"));
        private SiteServer? _server;

        public Uri Address => _server!.Address;

        public async Task InitializeAsync()
        {
            var site = Path.Combine(_folder, "_site");
            var built = ExternalProgram.Archive("build", "--content", RepositoryPaths.SearchFixtureContent, "--out", site);
            if (built.ExitCode != 0)
            {
                throw new InvalidOperationException($"archive build failed ({built.ExitCode}):\n{built.Stdout}\n{built.Stderr}");
            }

            // Pagefind's command line, as `archive build` ran it before issue 21.
            var runner = Path.Combine(RepositoryPaths.Root, "node_modules", "pagefind", "lib", "runner", "bin.cjs");
            var crawled = ExternalProgram.Run("node", [runner, "--site", site, "--output-path", Path.Combine(site, CrawledFolder)], workingDirectory: RepositoryPaths.Root);
            if (crawled.ExitCode != 0)
            {
                throw new InvalidOperationException($"Pagefind's crawl failed ({crawled.ExitCode}):\n{crawled.Stdout}\n{crawled.Stderr}");
            }

            _server = await SiteServer.StartAsync(site);
        }

        public async Task DisposeAsync()
        {
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }

            Directory.Delete(_folder, recursive: true);
        }
    }
}
