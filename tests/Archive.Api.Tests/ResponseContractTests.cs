using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests;

/// <summary>
/// Every real response of every route, answered over the fixture content, is what the OpenAPI document says (issue
/// 18): its status and content type are declared, each API header it carries is declared for that status, and its
/// body validates against the declared schema with additional properties refused (ajv, JSON Schema 2020-12, the
/// dialect of OpenAPI 3.1). The routes are read from the running API, so a route added without sample requests here
/// fails the test.
/// </summary>
public sealed class ResponseContractTests : IDisposable
{
    // Requests for each route (its pattern as in the OpenAPI document), successes and failures; every id, code and
    // letter of the fixture is added below.
    private static readonly Dictionary<string, string[]> Samples = new(StringComparer.Ordinal)
    {
        ["/api/v1"] = ["/api/v1", "/api/v1/"],
        ["/api/v1/letters"] =
        [
            "/api/v1/letters", "/api/v1/letters?pageSize=2", "/api/v1/letters?cursor=&pageSize=2", "/api/v1/letters?country=bi&year=2009",
            "/api/v1/letters?organization=danchurchaid", "/api/v1/letters?changedSince=2026-01-01", "/api/v1/letters?changedSince=2999-01-01T00:00:00Z",
            "/api/v1/letters?year=abc", "/api/v1/letters?changedSince=soon", "/api/v1/letters?page=2&cursor=x",
            "/api/v1/letters?country=dk&country=ug", "/api/v1/letters?country=", "/api/v1/letters?contry=dk",
        ],
        ["/api/v1/letters/{id}"] = ["/api/v1/letters/no-such-letter"],
        ["/api/v1/organizations"] =
        [
            "/api/v1/organizations", "/api/v1/organizations?pageSize=100", "/api/v1/organizations?q=forum", "/api/v1/organizations?country=ug&pageSize=3",
            "/api/v1/organizations?changedSince=2026-01-01", "/api/v1/organizations?country=zz", "/api/v1/organizations?pageSize=0",
        ],
        ["/api/v1/organizations/{id}"] = ["/api/v1/organizations/no-such-organization", "/api/v1/organizations/danchurchaid?expand=all"],
        ["/api/v1/organizations/{id}/letters"] =
        [
            "/api/v1/organizations/danchurchaid/letters", "/api/v1/organizations/danchurchaid/letters?pageSize=1",
            "/api/v1/organizations/no-such-organization/letters", "/api/v1/organizations/danchurchaid/letters?pageSize=0",
        ],
        ["/api/v1/organizations/{id}/co-signers"] =
        [
            "/api/v1/organizations/danchurchaid/co-signers", "/api/v1/organizations/danchurchaid/co-signers?pageSize=2",
            "/api/v1/organizations/no-such-organization/co-signers",
        ],
        ["/api/v1/countries/{code}/organizations"] =
        [
            "/api/v1/countries/ug/organizations", "/api/v1/countries/ug/organizations?pageSize=1", "/api/v1/countries/zz/organizations",
        ],
        ["/api/v1/countries/{code}/letters"] =
        [
            "/api/v1/countries/bi/letters", "/api/v1/countries/bi/letters?pageSize=1", "/api/v1/countries/x1/letters", "/api/v1/countries/bi/letters?year=2009",
        ],
        ["/api/v1/countries"] = ["/api/v1/countries", "/api/v1/countries?pageSize=100", "/api/v1/countries?cursor=&pageSize=1"],
        ["/api/v1/countries/{code}"] = ["/api/v1/countries/zz", "/api/v1/countries/aq", "/api/v1/countries/x1"],
        ["/api/v1/search"] =
        [
            "/api/v1/search?q=responsibility", "/api/v1/search", "/api/v1/search?q=pillar&sort=date&pageSize=1", "/api/v1/search?q=title:dialogue",
            "/api/v1/search?q=signatory:forsc", "/api/v1/search?q=government*", "/api/v1/search?q=*x", "/api/v1/search?sort=best",
        ],
        ["/api/v1/export/letters.jsonl"] = ["/api/v1/export/letters.jsonl"],
        ["/api/v1/export/signatories.csv"] = ["/api/v1/export/signatories.csv", "/api/v1/export/signatories.csv?bom=true", "/api/v1/export/signatories.csv?bom=maybe"],
        ["/api/v1/export/organizations.csv"] = ["/api/v1/export/organizations.csv"],
        ["/api/v1/export/countries.csv"] = ["/api/v1/export/countries.csv"],
        ["/api/v1/export/co-signatures.csv"] = ["/api/v1/export/co-signatures.csv"],
        ["/healthz"] = ["/healthz"],
        ["/api/v1/reconcile"] =
        [
            "/api/v1/reconcile", "/api/v1/reconcile?queries=" + Uri.EscapeDataString("""{"q0":{"query":"DanChurch Aid","properties":[{"pid":"country","v":"DK"}]},"q1":{"query":"West Africa Civil Society"},"q2":{"query":"Nobody"}}"""),
            "/api/v1/reconcile?extend=" + Uri.EscapeDataString("""{"ids":["danchurchaid","x"],"properties":[{"id":"countries"},{"id":"website"},{"id":"letter_count"},{"id":"first_letter_date"},{"id":"last_letter_date"}]}"""),
            "/api/v1/reconcile?queries=%7B", "/api/v1/reconcile?query=x",
        ],
        ["/api/v1/reconcile/suggest/entity"] = ["/api/v1/reconcile/suggest/entity?prefix=forsc", "/api/v1/reconcile/suggest/entity"],
        ["/api/v1/reconcile/preview"] = ["/api/v1/reconcile/preview?id=danchurchaid", "/api/v1/reconcile/preview?id=x", "/api/v1/reconcile/preview"],
        ["/api/v1/reconcile/properties"] = ["/api/v1/reconcile/properties?type=Organization", "/api/v1/reconcile/properties?type=Person"],
    };

    // Routes the document leaves out on purpose: the document itself, its reference page and that page's files
    // (Scalar's), and old addresses that redirect there.
    private static bool Undocumented(string route) =>
        route is "/api/openapi/{documentName}.json" or "/openapi/v1.json" or "/docs/{**rest}" || route.StartsWith("/api/docs/", StringComparison.Ordinal);

    // The headers the API adds whose presence the document must declare.
    private static readonly string[] ApiHeaders =
        ["ETag", "Cache-Control", "Link", "RateLimit", "RateLimit-Policy", "Retry-After", "Last-Modified", "Accept-Ranges", "Content-Disposition", "Content-Range"];

    // Rate limiting on (high enough never to refuse), so the rate-limit headers are there to check.
    private readonly ApiFactory _api = ApiFactory.For(RepositoryPaths.ApiFixtureContent, new Dictionary<string, string?> { ["Archive:RateLimit:PermitLimit"] = "1000000" });

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Every_real_response_of_every_route_is_declared_and_validates_against_the_openapi_document()
    {
        using var client = _api.CreateClient();
        var document = await client.GetJson("/api/openapi/v1.json");
        var routes = RoutesOf(_api.Services);
        Assert.Empty(routes.Where(r => !Samples.ContainsKey(r) && !Undocumented(r)).Select(r => $"no sample requests for {r}"));

        var samples = new List<(string Route, string Url)>();
        foreach (var (route, urls) in Samples)
        {
            Assert.Contains(route, routes);
            samples.AddRange(urls.Select(u => (route, u)));
        }

        samples.AddRange(Ids("letters").Select(id => ("/api/v1/letters/{id}", "/api/v1/letters/" + id)));
        samples.AddRange(Ids("organizations").Select(id => ("/api/v1/organizations/{id}", "/api/v1/organizations/" + id)));
        var countries = await client.GetJson("/api/v1/countries?pageSize=100");
        samples.AddRange(countries.GetProperty("items").EnumerateArray().Select(c => ("/api/v1/countries/{code}", "/api/v1/countries/" + c.GetProperty("code").GetString()!.ToLowerInvariant())));

        var problems = new List<string>();
        var bodies = new JsonArray();
        foreach (var (route, url) in samples)
        {
            using var response = await client.GetAsync(url);
            var etag = response.Headers.ETag;
            await Check(document, route, url, response, problems, bodies);
            if (etag is not null)
            {
                using var revalidation = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { IfNoneMatch = { etag } } };
                using var notModified = await client.SendAsync(revalidation);
                Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
                await Check(document, route, url + " (If-None-Match)", notModified, problems, bodies);
            }
        }

        // Past the rate limit: the 429 and its headers.
        using (var limited = ApiFactory.For(RepositoryPaths.ApiFixtureContent, new Dictionary<string, string?> { ["Archive:RateLimit:PermitLimit"] = "1" }))
        using (var limitedClient = limited.CreateClient())
        {
            (await limitedClient.GetAsync("/api/v1/letters")).Dispose();
            using var refused = await limitedClient.GetAsync("/api/v1/letters");
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            await Check(document, "/api/v1/letters", "/api/v1/letters (past the limit)", refused, problems, bodies);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(bodies.Count >= samples.Count, $"{bodies.Count} bodies for {samples.Count} requests");
        var result = NodeValidate(document, bodies);
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
    }

    [Fact]
    public async Task A_response_with_a_field_the_document_does_not_declare_fails_validation()
    {
        using var client = _api.CreateClient();
        var document = await client.GetJson("/api/openapi/v1.json");
        var letter = JsonNode.Parse(await client.GetStringAsync("/api/v1/letters/2009-07-20-ga-debate-on-rtop"))!.AsObject();
        letter["signatories"]![0]!.AsObject()["signedOn"] = "2009-07-20";

        var result = NodeValidate(document, [Sample("an extra field", JsonNode.Parse("""{"$ref":"#/components/schemas/LetterJson"}""")!, letter)]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("must NOT have additional properties", result.Stdout);
    }

    private static async Task Check(JsonElement document, string route, string label, HttpResponseMessage response, List<string> problems, JsonArray bodies)
    {
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!document.GetProperty("paths").GetProperty(route).GetProperty("get").GetProperty("responses").TryGetProperty(status, out var declared))
        {
            problems.Add($"GET {label}: status {status} is not declared");
            return;
        }

        var headers = response.Headers.Select(h => h.Key).Concat(response.Content.Headers.Select(h => h.Key));
        var declaredHeaders = declared.TryGetProperty("headers", out var h) ? h.EnumerateObject().Select(p => p.Name).ToList() : [];
        foreach (var header in headers.Where(n => ApiHeaders.Contains(n, StringComparer.OrdinalIgnoreCase)))
        {
            if (!declaredHeaders.Contains(header, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"GET {label}: header {header} is not declared for {status}");
            }
        }

        var body = await response.Content.ReadAsStringAsync();
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is null)
        {
            if (declared.TryGetProperty("content", out _) && body.Length > 0)
            {
                problems.Add($"GET {label}: a body without a content type");
            }

            return;
        }

        if (!declared.TryGetProperty("content", out var content) || !content.TryGetProperty(mediaType, out var media))
        {
            problems.Add($"GET {label}: content type {mediaType} is not declared for {status}");
            return;
        }

        var schema = JsonNode.Parse(media.GetProperty("schema").GetRawText())!;
        switch (mediaType)
        {
            case "application/json" or "application/problem+json":
                bodies.Add(Sample($"GET {label} ({status})", schema, JsonNode.Parse(body)));
                break;
            case "application/x-ndjson":
                // JSON Lines: the document says each line is a whole letter.
                var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.NotEmpty(lines);
                foreach (var (line, number) in lines.Select((l, i) => (l, i + 1)))
                {
                    bodies.Add(Sample($"GET {label} line {number}", JsonNode.Parse("""{"$ref":"#/components/schemas/LetterJson"}""")!, JsonNode.Parse(line)));
                }

                break;
            default:
                bodies.Add(Sample($"GET {label} ({status})", schema, JsonValue.Create(body)));
                break;
        }
    }

    private static JsonObject Sample(string label, JsonNode schema, JsonNode? body) => new()
    {
        ["label"] = label,
        ["schema"] = schema.DeepClone(),
        ["body"] = body?.DeepClone(),
    };

    private static ProgramResult NodeValidate(JsonElement document, JsonArray samples)
    {
        NodePackages.Ensure();
        var input = Path.Combine(Path.GetTempPath(), "archive-contract-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            File.WriteAllText(input, new JsonObject { ["document"] = JsonNode.Parse(document.GetRawText()), ["samples"] = samples }.ToJsonString());
            var script = Path.Combine(RepositoryPaths.Root, "tests", "Archive.Api.Tests", "Contract", "validate-responses.mjs");
            return ExternalProgram.Run("node", [script, input], workingDirectory: RepositoryPaths.Root);
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>The GET routes the API maps, as the OpenAPI document spells them.</summary>
    internal static List<string> RoutesOf(IServiceProvider services) =>
    [
        .. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Get) == true)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").Trim('/'))
            .Distinct(),
    ];

    private static IEnumerable<string> Ids(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.ApiFixtureContent, folder)).Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);
}
