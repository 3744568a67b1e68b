using System.Net;
using System.Text.Json;
using Archive.Testing;

namespace Archive.Api.Tests;

/// <summary>
/// What a partner needs to find its way and keep a copy in sync (issue 18): <c>GET /api/v1</c> with the routes, the
/// data's version, its last change and its terms; the added and updated dates of letters and organizations in every
/// representation; and <c>changedSince</c> on the letter and organization lists.
/// </summary>
public sealed class DiscoveryTests : IDisposable
{
    // Each file says when it was added and updated, so the dates depend on neither a git history nor the files' times.
    private readonly TemporaryContent _content = new TemporaryContent(TemporaryContent.DefaultSite + """

        licence:
          name: CC-BY-4.0
          url: https://creativecommons.org/licenses/by/4.0/
        report_errors: mailto:editors@example.org
        """)
        .Organization("forsc", "name: FORSC\ncountries: [BI]\nadded: 2020-01-01\nupdated: 2026-02-01T09:00:00Z")
        .Organization("hurinet", "name: HURINET-U\ncountries: [UG]\nadded: 2020-01-01\nupdated: 2020-01-01")
        .Write("sources/x.txt", "x")
        .Letter("2010-old", "title: Old\ndate: 2010-02-15\nsource: sources/x.txt\nadded: 2021-05-01\nupdated: 2021-05-01\nsignatories:\n  - name: FORSC\n  - name: HURINET-U")
        .Letter("2011-edited", "title: Edited\ndate: 2011\nundated: true\ndate_note: Estimated.\nsource: sources/x.txt\nadded: 2021-05-01\nupdated: 2026-01-15T12:00:00+02:00\nsignatories:\n  - name: FORSC")
        .Letter("2012-new", "title: New\ndate: 2012-03\nsource: sources/x.txt\nadded: 2026-03-01T08:30:00Z\nupdated: 2026-03-01T08:30:00Z\nsignatories:\n  - name: HURINET-U");

    private readonly ApiFactory _api;
    private readonly HttpClient _client;

    public DiscoveryTests()
    {
        _api = ApiFactory.For(_content.Root);
        _client = _api.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _api.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task The_api_root_answers_an_index_of_routes_version_last_change_and_terms_from_site_yml()
    {
        var index = await _client.GetJson("/api/v1");
        var health = await _client.GetJson("/healthz");

        Assert.Equal("Test Archive", index.GetProperty("title").GetString());
        Assert.Equal(health.GetProperty("content").GetString(), index.GetProperty("version").GetString());
        Assert.Equal(DateTimeOffset.Parse("2026-03-01T08:30:00Z"), index.GetProperty("lastChanged").GetDateTimeOffset());
        Assert.Equal(3, index.GetProperty("letters").GetInt32());
        Assert.Equal("CC-BY-4.0", index.GetProperty("licence").GetProperty("name").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", index.GetProperty("licence").GetProperty("url").GetString());
        Assert.Equal("mailto:editors@example.org", index.GetProperty("reportErrors").GetString());
        Assert.Equal("http://localhost/api/openapi/v1.json", index.GetProperty("openApi").GetString());
        var routes = index.GetProperty("routes").EnumerateArray()
            .ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("href").GetString()!);
        Assert.Equal("http://localhost/api/v1/letters", routes["ListLetters"]);
        Assert.Equal("http://localhost/api/v1/organizations/{id}", routes["GetOrganization"]);
        Assert.Equal("http://localhost/api/v1/export/letters.jsonl", routes["ExportLetters"]);
        Assert.Equal("http://localhost/api/v1", routes["GetIndex"]);
        Assert.Equal(await _client.GetStringAsync("/api/v1"), await _client.GetStringAsync("/api/v1/"));
    }

    [Fact]
    public async Task Every_route_of_the_openapi_document_is_in_the_index()
    {
        var index = await _client.GetJson("/api/v1");
        var document = await _client.GetJson("/api/openapi/v1.json");

        var listed = index.GetProperty("routes").EnumerateArray().Select(r => r.GetProperty("href").GetString()!["http://localhost".Length..]);
        var documented = document.GetProperty("paths").EnumerateObject().Select(p => p.Name);
        Assert.Equal(documented.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Without_terms_in_site_yml_the_index_says_null_for_them()
    {
        using var content = new TemporaryContent().Organization("a", "name: A\ncountries: [DK]")
            .Write("sources/x.txt", "x").Letter("x", "title: X\ndate: 2001\nsource: sources/x.txt\nsignatories:\n  - name: A");
        using var api = ApiFactory.For(content.Root);

        var index = await api.CreateClient().GetJson("/api/v1");

        Assert.Equal(JsonValueKind.Null, index.GetProperty("licence").ValueKind);
        Assert.Equal(JsonValueKind.Null, index.GetProperty("reportErrors").ValueKind);
    }

    [Fact]
    public async Task Letters_carry_their_added_and_updated_dates_in_every_representation()
    {
        var added = DateTimeOffset.Parse("2021-05-01T00:00:00Z");
        var updated = DateTimeOffset.Parse("2026-01-15T10:00:00Z");

        var whole = await _client.GetJson("/api/v1/letters/2011-edited");
        var listed = (await _client.GetJson("/api/v1/letters")).GetProperty("items").EnumerateArray().Single(l => l.GetProperty("id").GetString() == "2011-edited");
        var found = (await _client.GetJson("/api/v1/search?q=edited")).GetProperty("items")[0].GetProperty("letter");
        var ofOrganization = (await _client.GetJson("/api/v1/organizations/forsc")).GetProperty("letters").EnumerateArray().Single(l => l.GetProperty("id").GetString() == "2011-edited");
        var ofCountry = (await _client.GetJson("/api/v1/countries/bi")).GetProperty("letters").EnumerateArray().Single(l => l.GetProperty("id").GetString() == "2011-edited");
        var exported = (await _client.GetStringAsync("/api/v1/export/letters.jsonl")).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement).Single(l => l.GetProperty("id").GetString() == "2011-edited");

        foreach (var letter in (JsonElement[])[whole, listed, found, ofOrganization, ofCountry, exported])
        {
            Assert.Equal(added, letter.GetProperty("added").GetDateTimeOffset());
            Assert.Equal(updated, letter.GetProperty("updated").GetDateTimeOffset());
        }
    }

    [Fact]
    public async Task Organizations_carry_their_added_and_updated_dates_in_every_representation()
    {
        var whole = await _client.GetJson("/api/v1/organizations/forsc");
        var listed = (await _client.GetJson("/api/v1/organizations")).GetProperty("items").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "forsc");
        var ofCountry = (await _client.GetJson("/api/v1/countries/bi")).GetProperty("organizations")[0];

        foreach (var organization in (JsonElement[])[whole, listed, ofCountry])
        {
            Assert.Equal(DateTimeOffset.Parse("2020-01-01T00:00:00Z"), organization.GetProperty("added").GetDateTimeOffset());
            Assert.Equal(DateTimeOffset.Parse("2026-02-01T09:00:00Z"), organization.GetProperty("updated").GetDateTimeOffset());
        }
    }

    [Theory]
    [InlineData("/api/v1/letters?changedSince=2026-01-01", new[] { "2012-new", "2011-edited" })]
    [InlineData("/api/v1/letters?changedSince=2026-01-15T10:00:00Z", new[] { "2012-new", "2011-edited" })]
    [InlineData("/api/v1/letters?changedSince=2026-01-15T11:00:01%2B01:00", new[] { "2012-new" })]
    [InlineData("/api/v1/letters?changedSince=2026-03-02", new string[0])]
    [InlineData("/api/v1/letters?changedSince=2000-01-01", new[] { "2012-new", "2011-edited", "2010-old" })]
    [InlineData("/api/v1/letters?changedSince=", new[] { "2012-new", "2011-edited", "2010-old" })]
    [InlineData("/api/v1/letters?changedSince=2026-01-01&country=ug", new[] { "2012-new" })]
    [InlineData("/api/v1/organizations?changedSince=2026-01-01", new[] { "forsc" })]
    [InlineData("/api/v1/organizations?changedSince=2026-02-01T09:00:01Z", new string[0])]
    public async Task Changed_since_lists_only_what_was_added_or_updated_at_or_after_the_moment(string url, string[] expected)
    {
        var page = await _client.GetJson(url);

        Assert.Equal(expected, page.Ids());
        Assert.Equal(expected.Length, page.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/letters?changedSince=yesterday")]
    [InlineData("/api/v1/letters?changedSince=2026-01-01T10:00")]
    [InlineData("/api/v1/letters?changedSince=2026-13-01")]
    [InlineData("/api/v1/organizations?changedSince=1767225600")]
    public async Task A_malformed_changed_since_is_a_problem_naming_the_parameter(string url)
    {
        var problem = await _client.GetProblem(url, HttpStatusCode.BadRequest);

        Assert.Equal("changedSince", problem.GetProperty("parameter").GetString());
        Assert.Contains("YYYY-MM-DD", problem.Detail());
    }
}
