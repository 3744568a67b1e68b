using System.Text.Json;

namespace Archive.Api.Tests;

[Collection(SharedApi.Name)]
public sealed class OpenApiTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task The_openapi_document_is_3_1_and_describes_every_route_with_summary_and_responses()
    {
        var document = await _client.GetJson("/api/openapi/v1.json");

        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths");
        string[] routes =
        [
            "/api/v1", "/api/v1/letters", "/api/v1/letters/{id}", "/api/v1/organizations", "/api/v1/organizations/{id}",
            "/api/v1/countries", "/api/v1/countries/{code}", "/api/v1/search", "/api/v1/export/letters.jsonl",
            "/api/v1/organizations/{id}/letters", "/api/v1/organizations/{id}/co-signers", "/api/v1/countries/{code}/organizations", "/api/v1/countries/{code}/letters",
            "/api/v1/export/signatories.csv", "/api/v1/export/organizations.csv", "/api/v1/export/countries.csv", "/api/v1/export/co-signatures.csv", "/healthz",
            "/api/v1/reconcile", "/api/v1/reconcile/suggest/entity", "/api/v1/reconcile/preview", "/api/v1/reconcile/properties",
        ];
        Assert.Equal(routes.Order(), paths.EnumerateObject().Select(p => p.Name).Order());
        foreach (var route in routes)
        {
            var get = paths.GetProperty(route).GetProperty("get");
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("summary").GetString()), route);
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("description").GetString()), route);
            Assert.True(get.GetProperty("responses").TryGetProperty("200", out _), route);
        }
    }

    [Theory]
    [InlineData("/api/v1/letters", new[] { "organization", "country", "year", "from", "to", "changedSince", "page", "pageSize", "cursor" }, new[] { "400" })]
    [InlineData("/api/v1/search", new[] { "q", "sort", "organization", "country", "year", "from", "to", "page", "pageSize", "cursor" }, new[] { "400" })]
    [InlineData("/api/v1/organizations", new[] { "country", "q", "changedSince", "page", "pageSize", "cursor" }, new[] { "400" })]
    [InlineData("/api/v1/letters/{id}", new[] { "id" }, new[] { "404" })]
    [InlineData("/api/v1/countries/{code}", new[] { "code" }, new[] { "400", "404" })]
    public async Task Each_parameter_and_error_response_is_described(string route, string[] parameters, string[] errors)
    {
        var document = await _client.GetJson("/api/openapi/v1.json");
        var get = document.GetProperty("paths").GetProperty(route).GetProperty("get");

        var documented = get.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal(parameters.Order(), documented.Keys.Order());
        foreach (var parameter in documented.Values.Where(p => p.GetProperty("in").GetString() == "query"))
        {
            Assert.False(string.IsNullOrWhiteSpace(parameter.GetProperty("description").GetString()), parameter.GetProperty("name").GetString());
        }

        foreach (var status in errors.Append("429"))
        {
            var response = get.GetProperty("responses").GetProperty(status);
            Assert.True(response.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{route} {status}");
        }
    }

    [Fact]
    public async Task Text_bound_parameters_still_document_their_well_formed_values()
    {
        var document = await _client.GetJson("/api/openapi/v1.json");
        var parameters = document.GetProperty("paths").GetProperty("/api/v1/search").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));

        Assert.Equal("integer", parameters["pageSize"].GetProperty("type").GetString());
        Assert.Equal(100, parameters["pageSize"].GetProperty("maximum").GetInt32());
        Assert.Equal("date", parameters["from"].GetProperty("format").GetString());
        // A filter that may be repeated is an array of such values (country=dk&country=ug).
        Assert.Equal("array", parameters["country"].GetProperty("type").GetString());
        Assert.Equal("^[A-Za-z]{2}$", parameters["country"].GetProperty("items").GetProperty("pattern").GetString());
        Assert.Equal("integer", parameters["year"].GetProperty("items").GetProperty("type").GetString());
        Assert.Equal(["relevance", "date"], parameters["sort"].GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1000, parameters["q"].GetProperty("maxLength").GetInt32());
    }

    [Fact]
    public async Task The_response_schemas_describe_the_json()
    {
        var document = await _client.GetJson("/api/openapi/v1.json");
        var schemas = document.GetProperty("components").GetProperty("schemas");

        Assert.True(schemas.GetProperty("LetterJson").GetProperty("properties").TryGetProperty("signatories", out _));
        Assert.True(schemas.GetProperty("SearchPage").GetProperty("properties").TryGetProperty("facets", out _));
        Assert.True(schemas.GetProperty("OrganizationDetail").GetProperty("properties").TryGetProperty("coSigners", out _));
    }

    [Fact]
    public async Task The_reference_page_is_served_locally_without_a_cdn()
    {
        using var response = await _client.GetAsync("/api/docs/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<script src=\"scalar.js\"></script>", html);
        Assert.DoesNotContain("cdn.", html, StringComparison.OrdinalIgnoreCase);
        using var script = await _client.GetAsync("/api/docs/scalar.js");
        Assert.Equal(System.Net.HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000);
    }
}
