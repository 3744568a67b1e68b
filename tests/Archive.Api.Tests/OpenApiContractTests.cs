using System.Text.Json;
using System.Text.RegularExpressions;

namespace Archive.Api.Tests;

/// <summary>
/// The OpenAPI document as a contract a partner can generate code from (issue 18): exact types, nothing nullable
/// that never is null, the headers and statuses the API really sends, closed sets as enums, terms from site.yml,
/// and descriptions written for readers of the API, not of its source.
/// </summary>
[Collection(SharedApi.Name)]
public sealed partial class OpenApiContractTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    private async Task<JsonElement> Document() => await _client.GetJson("/api/openapi/v1.json");

    private static JsonElement Schema(JsonElement document, string name) =>
        document.GetProperty("components").GetProperty("schemas").GetProperty(name);

    private static IEnumerable<string> Types(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!)
        : type.ValueKind == JsonValueKind.String ? [type.GetString()!]
        : []; // a property named "type" (in "properties"), not a schema's type

    [Fact]
    public async Task Every_number_is_typed_as_a_number_only_never_also_as_a_string()
    {
        var document = await Document();

        var numbers = Descendants(document).Where(s => Types(s).Any(t => t is "integer" or "number")).ToList();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, s => Assert.DoesNotContain("string", Types(s)));
        Assert.Equal(["integer"], Types(Schema(document, "PageOfLetterSummary").GetProperty("properties").GetProperty("total")));
    }

    [Theory]
    [InlineData("LetterJson", new[] { "id", "date", "datePrecision", "url", "bodyHtml", "bodyText", "added", "updated" })]
    [InlineData("LetterSummary", new[] { "id", "date", "url", "added", "updated" })]
    [InlineData("OrganizationSummary", new[] { "id", "url", "added", "updated" })]
    [InlineData("OrganizationDetail", new[] { "id", "url", "added", "updated" })]
    [InlineData("SignatoryJson", new[] { "organizationId" })]
    [InlineData("ProblemDetails", new[] { "type", "title", "status", "detail" })]
    public async Task Ids_dates_and_addresses_that_are_never_null_are_required_and_not_nullable(string schemaName, string[] properties)
    {
        var schema = Schema(await Document(), schemaName);
        var required = schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToList();

        foreach (var name in properties)
        {
            var property = schema.GetProperty("properties").GetProperty(name);
            Assert.DoesNotContain("null", Types(property));
            Assert.False(property.TryGetProperty("oneOf", out _), $"{schemaName}.{name} is one of several types");
            Assert.Contains(name, required);
        }

        if (properties.Contains("added"))
        {
            Assert.Equal("date-time", schema.GetProperty("properties").GetProperty("added").GetProperty("format").GetString());
        }
    }

    [Fact]
    public async Task The_exports_declare_their_content_types_and_partial_answers()
    {
        var paths = (await Document()).GetProperty("paths");

        var letters = paths.GetProperty("/api/v1/export/letters.jsonl").GetProperty("get").GetProperty("responses");
        var signatures = paths.GetProperty("/api/v1/export/signatories.csv").GetProperty("get").GetProperty("responses");
        Assert.True(letters.GetProperty("200").GetProperty("content").TryGetProperty("application/x-ndjson", out _));
        Assert.True(letters.GetProperty("206").GetProperty("content").TryGetProperty("application/x-ndjson", out _));
        Assert.True(signatures.GetProperty("200").GetProperty("content").TryGetProperty("text/csv", out _));
        Assert.True(signatures.GetProperty("200").GetProperty("headers").TryGetProperty("Last-Modified", out _));
    }

    [Fact]
    public async Task A_problem_may_name_its_parameter()
    {
        var problem = Schema(await Document(), "ProblemDetails").GetProperty("properties");

        Assert.Equal(["string"], Types(problem.GetProperty("parameter")));
        Assert.Equal(["integer"], Types(problem.GetProperty("status")));
    }

    [Theory]
    [InlineData("/api/v1/letters", "200", new[] { "ETag", "Cache-Control", "Link", "RateLimit", "RateLimit-Policy" })]
    [InlineData("/api/v1/letters", "304", new[] { "ETag", "RateLimit" })]
    [InlineData("/api/v1/letters", "429", new[] { "Retry-After", "RateLimit", "RateLimit-Policy" })]
    [InlineData("/api/v1/letters/{id}", "200", new[] { "ETag", "Cache-Control", "RateLimit" })]
    [InlineData("/api/v1/letters/{id}", "404", new[] { "RateLimit" })]
    [InlineData("/api/v1/export/letters.jsonl", "200", new[] { "ETag", "Last-Modified", "Accept-Ranges", "Content-Disposition" })]
    [InlineData("/api/v1", "304", new[] { "ETag" })]
    [InlineData("/healthz", "200", new[] { "Cache-Control" })]
    public async Task Response_headers_and_304_are_declared(string route, string status, string[] headers)
    {
        var responses = (await Document()).GetProperty("paths").GetProperty(route).GetProperty("get").GetProperty("responses");

        var declared = responses.GetProperty(status).GetProperty("headers").EnumerateObject().Select(h => h.Name).ToList();
        Assert.All(headers, h => Assert.Contains(h, declared));
    }

    [Fact]
    public async Task Closed_sets_of_words_are_enums()
    {
        var document = await Document();

        string[] Enum(string schema, string property) =>
            [.. Schema(document, schema).GetProperty("properties").GetProperty(property).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order()];

        Assert.Equal(["day", "month", "year"], Enum("LetterJson", "datePrecision"));
        Assert.Equal(["day", "month", "year"], Enum("LetterSummary", "datePrecision"));
        Assert.Equal(["body", "recipient", "signatory", "title"], Enum("SearchSnippet", "field"));
        Assert.Equal(["indexing", "ready"], Enum("Health", "search"));
        Assert.Equal(["ok"], Enum("Health", "status"));
        Assert.Equal(["date", "relevance"], Enum("SearchPage", "sort"));
    }

    [Fact]
    public async Task Parameters_and_ids_carry_examples()
    {
        var document = await Document();
        var parameters = document.GetProperty("paths").GetProperty("/api/v1/letters").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!);

        Assert.Equal("2026-01-01", parameters["changedSince"].GetProperty("example").GetString());
        Assert.Equal("ug", parameters["country"].GetProperty("example").GetString());
        Assert.Matches(parameters["changedSince"].GetProperty("schema").GetProperty("pattern").GetString()!, "2026-01-01T09:30:00+01:00");
        Assert.Equal("2009-07-20-ga-debate-on-rtop", Schema(document, "LetterJson").GetProperty("properties").GetProperty("id").GetProperty("examples")[0].GetString());
    }

    [Fact]
    public async Task The_licence_and_contact_come_from_site_yml()
    {
        var info = (await Document()).GetProperty("info");

        Assert.Equal("CC-BY-4.0", info.GetProperty("license").GetProperty("name").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", info.GetProperty("license").GetProperty("url").GetString());
        Assert.Equal("https://github.com/example/open-letters-archive/issues", info.GetProperty("contact").GetProperty("url").GetString());
    }

    [Fact]
    public async Task Descriptions_are_written_for_the_api_s_readers_not_in_the_source_s_terms()
    {
        var document = await Document();

        var texts = Descendants(document)
            .SelectMany(n => ((string[])["description", "summary"]).Select(k => n.TryGetProperty(k, out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : null))
            .OfType<string>()
            .ToList();
        Assert.NotEmpty(texts);
        Assert.All(texts, text => Assert.DoesNotMatch(SourceTerms(), text));
    }

    // Escaped XML (&lt;mark&gt;), a type before a member (int SearchFacets.MaxValues), a .NET type's member
    // (ArchiveJson.Options), and notes about other users of a shared type (import, "API only").
    [GeneratedRegex(@"&[a-z]+;|\b(int|string|bool|double) [A-Z]\w*\.|\b[A-Z][a-z]+[A-Z]\w*\.[A-Z]\w+|JsonSerializer|Serialize with|API only|import only|--json")]
    private static partial Regex SourceTerms();

    private static IEnumerable<JsonElement> Descendants(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            yield return node;
            foreach (var child in node.EnumerateObject().SelectMany(p => Descendants(p.Value)))
            {
                yield return child;
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in node.EnumerateArray().SelectMany(Descendants))
            {
                yield return child;
            }
        }
    }
}
