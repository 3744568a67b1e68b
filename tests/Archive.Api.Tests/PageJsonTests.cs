using Archive.Testing;

namespace Archive.Api.Tests;

/// <summary>
/// Every letter, organization and country page of the site has its JSON beside it (<c>letters/{id}/index.json</c>,
/// <c>organizations/{id}/index.json</c>, <c>countries/{code}/index.json</c>), byte for byte what the API answers for
/// the same item, so a site deployed without the API still gives each item's data (issue 19).
/// </summary>
// The API tests' fixture content, built by the real `archive build` and served by the API: every item is compared.
public sealed class PageJsonTests(PageJsonTests.FixtureContent fixture) : IClassFixture<PageJsonTests.FixtureContent>
{
    private readonly HttpClient _client = fixture.Api.CreateClient();
    private readonly string _site = fixture.Site.Folder;

    [Fact]
    public async Task Every_letters_JSON_file_is_the_APIs_answer_for_the_letter()
    {
        var ids = await AllIds("/api/v1/letters", "id");

        Assert.NotEmpty(ids);
        await AssertFilesAreTheAnswers("letters", ids, id => $"/api/v1/letters/{id}");
    }

    [Fact]
    public async Task Every_organizations_JSON_file_is_the_APIs_answer_for_the_organization()
    {
        var ids = await AllIds("/api/v1/organizations", "id");

        Assert.NotEmpty(ids);
        await AssertFilesAreTheAnswers("organizations", ids, id => $"/api/v1/organizations/{id}");
    }

    [Fact]
    public async Task Every_countrys_JSON_file_is_the_APIs_answer_for_the_country()
    {
        var codes = (await AllIds("/api/v1/countries", "code")).Select(c => c.ToLowerInvariant()).ToList();

        Assert.NotEmpty(codes);
        await AssertFilesAreTheAnswers("countries", codes, code => $"/api/v1/countries/{code}");
    }

    // The section holds a JSON file for each item the API lists and for nothing else, each the API's bytes.
    private async Task AssertFilesAreTheAnswers(string section, IReadOnlyList<string> ids, Func<string, string> route)
    {
        var files = Directory.GetDirectories(Path.Combine(_site, section))
            .Where(folder => File.Exists(Path.Combine(folder, "index.json")))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);
        Assert.Equal(ids.Order(StringComparer.Ordinal), files);
        foreach (var id in ids)
        {
            using var response = await _client.GetAsync(route(id));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            var answer = await response.Content.ReadAsByteArrayAsync();
            var file = await File.ReadAllBytesAsync(Path.Combine(_site, section, id, "index.json"));
            Assert.True(answer.AsSpan().SequenceEqual(file), $"{section}/{id}/index.json differs from GET {route(id)}:\n{System.Text.Encoding.UTF8.GetString(file)}\n{System.Text.Encoding.UTF8.GetString(answer)}");
        }
    }

    private async Task<List<string>> AllIds(string route, string key)
    {
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var body = await _client.GetJson($"{route}?pageSize=100&page={page}");
            ids.AddRange(body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty(key).GetString()!));
            if (ids.Count >= body.GetProperty("total").GetInt32())
            {
                return ids;
            }
        }
    }

    /// <summary>The API tests' fixture content served by the API and built once as a site, shared by the class.</summary>
    public sealed class FixtureContent : IDisposable
    {
        public ApiFactory Api { get; } = new();

        public SiteConsistencyTests.BuiltSite Site { get; } = new(RepositoryPaths.ApiFixtureContent);

        public void Dispose()
        {
            Api.Dispose();
            Site.Dispose();
        }
    }
}
