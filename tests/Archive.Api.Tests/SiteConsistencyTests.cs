using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Testing;

namespace Archive.Api.Tests;

/// <summary>
/// The API and the site are built from the same content by the same core code: every letter, organization and
/// country the API lists has its page on the site, and the counts both show agree.
/// </summary>
// Over the repository's live content/, not the API tests' fixture: the site and the API are both published from
// content/, so this is where they must agree. The tests pin no fact of the content (no count, no id), so an edit to
// the archive breaks them only if it makes the site and the API disagree.
public sealed partial class SiteConsistencyTests(SiteConsistencyTests.LiveContent live) : IClassFixture<SiteConsistencyTests.LiveContent>
{
    private readonly HttpClient _client = live.Api.CreateClient();
    private readonly BuiltSite _site = live.Site;

    [Fact]
    public async Task Every_letter_in_the_API_has_its_page_and_no_page_is_missing_from_the_API()
    {
        var letters = await AllItems("/api/v1/letters");

        foreach (var letter in letters)
        {
            var id = letter.GetProperty("id").GetString()!;
            Assert.True(_site.Exists($"letters/{id}/index.html"), id);
            Assert.EndsWith($"/letters/{id}/", letter.GetProperty("url").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(_site.PageIds("letters").Order(StringComparer.Ordinal), letters.Select(l => l.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_organization_has_its_page_and_the_same_letter_count()
    {
        var organizations = await AllItems("/api/v1/organizations");
        // The index lists them itself, or an initial to a page when they are many (organizations/initial/a/…).
        var index = string.Concat(_site.PageIds("organizations/initial").Select(i => $"organizations/initial/{i}/index.html").Prepend("organizations/index.html").Select(_site.Read));
        var siteCounts = OrganizationCount().Matches(index)
            .ToDictionary(m => m.Groups["id"].Value, m => int.Parse(m.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);

        Assert.Equal(siteCounts.Count, organizations.Count);
        foreach (var organization in organizations)
        {
            var id = organization.GetProperty("id").GetString()!;
            Assert.True(_site.Exists($"organizations/{id}/index.html"), id);
            Assert.Equal(siteCounts[id], organization.GetProperty("letterCount").GetInt32());
        }
    }

    [Fact]
    public async Task Every_country_has_its_page_and_the_same_counts()
    {
        var countries = await AllItems("/api/v1/countries");
        var siteRows = CountryRow().Matches(_site.Read("countries/index.html"))
            .ToDictionary(m => m.Groups["code"].Value.ToUpperInvariant(), m => (Organizations: m.Groups["organizations"].Value, Letters: m.Groups["letters"].Value), StringComparer.Ordinal);

        Assert.Equal(siteRows.Count, countries.Count);
        foreach (var country in countries)
        {
            var code = country.GetProperty("code").GetString()!;
            Assert.True(_site.Exists($"countries/{code.ToLowerInvariant()}/index.html"), code);
            Assert.Equal(siteRows[code].Organizations, country.GetProperty("organizationCount").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(siteRows[code].Letters, country.GetProperty("letterCount").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task The_home_page_counts_are_the_API_totals()
    {
        var home = _site.Read("index.html");

        Assert.Equal(HomeCount(home, "letters"), (await _client.GetJson("/api/v1/letters")).GetProperty("total").GetInt32());
        Assert.Equal(HomeCount(home, "organizations"), (await _client.GetJson("/api/v1/organizations")).GetProperty("total").GetInt32());
        Assert.Equal(HomeCount(home, "countries"), (await _client.GetJson("/api/v1/countries")).GetProperty("total").GetInt32());
    }

    private static int HomeCount(string html, string what) =>
        int.Parse(Regex.Match(html, $"data-count=\"{what}\">(\\d+)<").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("/api/v1/export/letters.jsonl", "data/letters.jsonl")]
    [InlineData("/api/v1/export/signatories.csv", "data/signatories.csv")]
    [InlineData("/api/v1/export/organizations.csv", "data/organizations.csv")]
    [InlineData("/api/v1/export/countries.csv", "data/countries.csv")]
    [InlineData("/api/v1/export/co-signatures.csv", "data/co-signatures.csv")]
    public async Task Every_export_of_the_API_is_the_same_bytes_as_the_sites_data_file(string route, string file)
    {
        var served = await _client.GetByteArrayAsync(route);

        // One writer for each file, used by `archive build` and the API alike (issue 19).
        Assert.NotEmpty(served);
        Assert.Equal(_site.ReadBytes(file), served);
    }

    private async Task<List<JsonElement>> AllItems(string route)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var body = await _client.GetJson($"{route}?pageSize=100&page={page}");
            items.AddRange(body.GetProperty("items").EnumerateArray());
            if (items.Count >= body.GetProperty("total").GetInt32())
            {
                return items;
            }
        }
    }

    [GeneratedRegex("<a href=\"/organizations/(?<id>[a-z0-9-]+)/\">.*?data-letter-count=\"(?<count>\\d+)\"")]
    private static partial Regex OrganizationCount();

    [GeneratedRegex("<tr data-country=\"(?<code>[A-Za-z]{2})\">.*?<td class=\"number\">(?<organizations>\\d+)</td><td class=\"number\">(?<letters>\\d+)</td>")]
    private static partial Regex CountryRow();

    /// <summary>The repository's content served by the API and built once as a site, shared by the class.</summary>
    public sealed class LiveContent : IDisposable
    {
        public ApiFactory Api { get; } = ApiFactory.For(RepositoryPaths.Content);

        public BuiltSite Site { get; } = new(RepositoryPaths.Content);

        public void Dispose()
        {
            Api.Dispose();
            Site.Dispose();
        }
    }

    /// <summary>A content folder built with the real `archive build` (without the search index).</summary>
    public sealed class BuiltSite : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "archive-consistency-" + Guid.NewGuid().ToString("N"));
        private readonly string _folder;

        public BuiltSite(string content) => _folder = Build(content, Path.Combine(_root, "_site"));

        public string Folder => _folder;

        public bool Exists(string path) => File.Exists(Path.Combine(_folder, path));

        public string Read(string path) => File.ReadAllText(Path.Combine(_folder, path));

        public byte[] ReadBytes(string path) => File.ReadAllBytes(Path.Combine(_folder, path));

        public IEnumerable<string> PageIds(string section) =>
            !Directory.Exists(Path.Combine(_folder, section)) ? [] : Directory.GetDirectories(Path.Combine(_folder, section))
                .Where(d => File.Exists(Path.Combine(d, "index.html")))
                .Select(d => Path.GetFileName(d));

        public void Dispose() => Directory.Delete(_root, recursive: true);

        private static string Build(string content, string output)
        {
            var (exitCode, stdout, stderr) = ExternalProgram.Archive("build", "--no-search", "--content", content, "--out", output);
            Assert.True(exitCode == 0, $"archive build failed:\n{stdout}\n{stderr}");
            return output;
        }
    }
}
