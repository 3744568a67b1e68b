using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Archive.Api.Tests.Reconciliation;

/// <summary>
/// Every kind of answer of the reconciliation service validates against the Reconciliation Service API 0.2's own JSON
/// Schemas (issue 22): the manifest, results (by GET and by form POST), entity suggestions, property proposals and
/// data extension; and the standard's example queries are accepted when valid and refused when not.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class ReconciliationContractTests(ApiFactory api)
{
    private const string Service = "/api/v1/reconcile";
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public void The_validator_refuses_the_standards_invalid_results_so_a_passing_validation_means_something()
    {
        foreach (var file in new[] { "reconciliation-result-batch__invalid__missing-id.json", "reconciliation-result-batch__invalid__no-result.json", "reconciliation-result-batch__invalid__root-array.json" })
        {
            Assert.False(ReconciliationSchemas.Evaluate("reconciliation-result-batch.json", ReconciliationSchemas.Example(file)).IsValid, file);
        }

        ReconciliationSchemas.AssertValid("reconciliation-result-batch.json", ReconciliationSchemas.Example("reconciliation-result-batch__valid__example-full.json"));
        ReconciliationSchemas.AssertValid("manifest.json", ReconciliationSchemas.Example("manifest__valid__occrp.json"));
    }

    [Fact]
    public async Task The_manifest_validates_and_points_at_the_sites_organization_pages_and_the_services_features()
    {
        var manifest = await _client.GetJson(Service);

        ReconciliationSchemas.AssertValid("manifest.json", manifest);
        Assert.Contains("0.2", manifest.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("https://open-letters-archive.netlify.app/organizations/{{id}}/", manifest.GetProperty("view").GetProperty("url").GetString());
        Assert.Equal("Organization", manifest.GetProperty("defaultTypes")[0].GetProperty("id").GetString());
        Assert.Equal("http://localhost/api/v1/reconcile/preview?id={{id}}", manifest.GetProperty("preview").GetProperty("url").GetString());
        var suggest = manifest.GetProperty("suggest").GetProperty("entity");
        Assert.Equal(("http://localhost/api/v1/reconcile", "/suggest/entity"), (suggest.GetProperty("service_url").GetString(), suggest.GetProperty("service_path").GetString()));
        var propose = manifest.GetProperty("extend").GetProperty("propose_properties");
        Assert.Equal(("http://localhost/api/v1/reconcile", "/properties"), (propose.GetProperty("service_url").GetString(), propose.GetProperty("service_path").GetString()));
    }

    [Fact]
    public async Task Results_by_get_and_by_form_post_validate_and_are_the_same()
    {
        const string queries = """{"q0":{"query":"DanChurch Aid","type":"Organization","limit":3,"properties":[{"pid":"country","v":"DK"}],"type_strict":"should"},"q1":{"query":"West Africa Civil Society"},"q2":{"query":"Nobody by this name at all"}}""";

        var byGet = await _client.GetJson($"{Service}?queries={Uri.EscapeDataString(queries)}");
        var byPost = await Post("queries", queries);

        ReconciliationSchemas.AssertValid("reconciliation-result-batch.json", byGet);
        Assert.Equal(byGet.GetRawText(), byPost.GetRawText());
        Assert.Equal(["q0", "q1", "q2"], byGet.EnumerateObject().Select(p => p.Name));
        Assert.NotEqual(0, byGet.GetProperty("q1").GetProperty("result").GetArrayLength());
        Assert.Equal(0, byGet.GetProperty("q2").GetProperty("result").GetArrayLength());
    }

    [Theory]
    [InlineData("reconciliation-query-batch__valid__example-min.json")]
    [InlineData("reconciliation-query-batch__valid__example-full.json")]
    [InlineData("reconciliation-query-batch__valid__multi-values.json")]
    [InlineData("reconciliation-query-batch__valid__no-query-string.json")]
    public async Task The_standards_valid_example_queries_in_this_services_terms_are_answered_with_valid_results(string file)
    {
        // The examples query other services (people in the GND, "uid"): their shapes (a limit, type_strict, several
        // properties, several values, an entity as value, no query string) are kept, their type and properties
        // become this service's Organization and country.
        var example = InThisServicesTerms(ReconciliationSchemas.Example(file));
        ReconciliationSchemas.AssertValid("reconciliation-query-batch.json", example);

        var results = await Post("queries", example.GetRawText(), HttpStatusCode.OK);

        ReconciliationSchemas.AssertValid("reconciliation-result-batch.json", results);
        Assert.Equal(example.EnumerateObject().Select(p => p.Name), results.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    // Valid in the standard, but for a type and properties of another service (people in the GND): refused by name
    // rather than answered with organizations.
    [InlineData("reconciliation-query-batch__valid__example-full.json", "'DifferentiatedPerson' is not a type of this service")]
    [InlineData("reconciliation-query-batch__valid__multi-values.json", "'DifferentiatedPerson' is not a type of this service")]
    [InlineData("reconciliation-query-batch__valid__no-query-string.json", "q1.properties[0]: 'uid' is not a property of this service")]
    [InlineData("reconciliation-query-batch__invalid__empty-properties.json", "q1 has no query")]
    [InlineData("reconciliation-query-batch__invalid__empty-query.json", "q1 has no query")]
    [InlineData("reconciliation-query-batch__invalid__misnamed-property.json", "q0.props is not a field of a query")]
    public async Task The_standards_invalid_example_queries_and_those_of_other_services_are_refused_naming_what_is_wrong(string file, string detail)
    {
        var example = ReconciliationSchemas.Example(file);

        var problem = await Post("queries", example.GetRawText(), HttpStatusCode.BadRequest);

        Assert.Equal("queries", problem.GetProperty("parameter").GetString());
        Assert.Contains(detail, problem.Detail(), StringComparison.Ordinal);
        if (file.Contains("__invalid__", StringComparison.Ordinal))
        {
            Assert.False(ReconciliationSchemas.Evaluate("reconciliation-query-batch.json", example).IsValid);
        }
    }

    [Fact]
    public async Task Entity_suggestions_validate_and_find_by_a_prefix_of_a_name_or_acronym()
    {
        var byName = await _client.GetJson($"{Service}/suggest/entity?prefix=danch");
        var byAcronym = await _client.GetJson($"{Service}/suggest/entity?prefix=FORS&type=Organization");

        ReconciliationSchemas.AssertValid("suggest-entities-response.json", byName);
        ReconciliationSchemas.AssertValid("suggest-entities-response.json", byAcronym);
        Assert.Equal("danchurchaid", byName.GetProperty("result")[0].GetProperty("id").GetString());
        Assert.Equal("FORSC · Burundi", byAcronym.GetProperty("result")[0].GetProperty("description").GetString());
    }

    [Fact]
    public async Task Entity_suggestions_come_ten_at_a_time_and_the_cursor_skips()
    {
        var first = await _client.GetJson($"{Service}/suggest/entity?prefix=a");
        var next = await _client.GetJson($"{Service}/suggest/entity?prefix=a&cursor=10");

        Assert.Equal(10, first.GetProperty("result").GetArrayLength());
        Assert.DoesNotContain(first.GetProperty("result")[0].GetProperty("id").GetString(), next.GetProperty("result").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Property_proposals_validate_and_list_the_extension_properties()
    {
        var proposals = await _client.GetJson($"{Service}/properties?type=Organization");

        ReconciliationSchemas.AssertValid("data-extension-property-proposal.json", proposals);
        Assert.Equal(
            ["countries", "website", "letter_count", "first_letter_date", "last_letter_date"],
            proposals.GetProperty("properties").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal(2, (await _client.GetJson($"{Service}/properties?type=Organization&limit=2")).GetProperty("properties").GetArrayLength());
    }

    [Fact]
    public async Task A_data_extension_validates_and_gives_each_organizations_countries_website_letters_and_dates()
    {
        const string extend = """{"ids":["danchurchaid","forum-pour-le-renforcement-de-la-societe-civile","no-such-organization"],"properties":[{"id":"countries"},{"id":"website"},{"id":"letter_count"},{"id":"first_letter_date"},{"id":"last_letter_date"}]}""";
        ReconciliationSchemas.AssertValid("data-extension-query.json", JsonDocument.Parse(extend).RootElement);

        var byPost = await Post("extend", extend);
        var byGet = await _client.GetJson($"{Service}?extend={Uri.EscapeDataString(extend)}");

        ReconciliationSchemas.AssertValid("data-extension-response.json", byPost);
        Assert.Equal(byPost.GetRawText(), byGet.GetRawText());
        var dan = byPost.GetProperty("rows").GetProperty("danchurchaid");
        Assert.Equal("Denmark", dan.GetProperty("countries")[0].GetProperty("str").GetString());
        Assert.Equal(2, dan.GetProperty("letter_count")[0].GetProperty("int").GetInt32());
        Assert.Equal("2008", dan.GetProperty("first_letter_date")[0].GetProperty("str").GetString());
        Assert.Equal("2009-07-20T00:00:00Z", dan.GetProperty("last_letter_date")[0].GetProperty("date").GetString());
        Assert.Equal(0, byPost.GetProperty("rows").GetProperty("no-such-organization").GetProperty("countries").GetArrayLength());
        Assert.Equal(5, byPost.GetProperty("meta").GetArrayLength());
    }

    private static JsonElement InThisServicesTerms(JsonElement example)
    {
        var batch = JsonNode.Parse(example.GetRawText())!.AsObject();
        foreach (var (_, query) in batch)
        {
            if (query!["type"] is not null)
            {
                query["type"] = "Organization";
            }

            foreach (var property in query["properties"]?.AsArray() ?? [])
            {
                property!["pid"] = "country";
                property["v"] = property["v"] is JsonArray values
                    ? new JsonArray([.. values.Select(v => v is JsonObject ? (JsonNode)new JsonObject { ["id"] = "DK", ["name"] = "Denmark" } : "Denmark")])
                    : "DK";
            }
        }

        return JsonDocument.Parse(batch.ToJsonString()).RootElement.Clone();
    }

    private async Task<JsonElement> Post(string field, string json, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var content = new FormUrlEncodedContent([new KeyValuePair<string, string>(field, json)]);
        using var response = await _client.PostAsync(Service, content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"POST {field}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
