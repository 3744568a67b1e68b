using System.Text;
using System.Text.Json.Nodes;
using Archive.Testing;

namespace Archive.Api.Tests;

/// <summary>
/// A partner generates a typed client from the OpenAPI document (openapi-typescript) and writes a program against
/// it (Contract/partner.ts); the program must type-check (tsc --noEmit) with the API's real responses as its data
/// (issue 18). Each response is checked with <c>satisfies</c> against its generated type, so a real response that
/// leaves the document fails too, and a loosened document (<c>total: number | string</c>) fails the program.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class TypedClientTests(ApiFactory api)
{
    // Real responses, each with the name partner.ts reads it by and its generated type.
    private static readonly (string Name, string Url, string Type)[] Responses =
    [
        ("index", "/api/v1", "ApiIndex"),
        ("letters", "/api/v1/letters?pageSize=2", "PageOfLetterSummary"),
        ("letter", "/api/v1/letters/2009-07-20-ga-debate-on-rtop", "LetterJson"),
        ("organizations", "/api/v1/organizations?q=forum", "PageOfOrganizationSummary"),
        ("organization", "/api/v1/organizations/forum-pour-le-renforcement-de-la-societe-civile", "OrganizationDetail"),
        ("countries", "/api/v1/countries", "PageOfCountrySummary"),
        ("country", "/api/v1/countries/bi", "CountryDetail"),
        ("search", "/api/v1/search?q=responsibility&pageSize=3", "SearchPage"),
        ("health", "/healthz", "Health"),
        ("problem", "/api/v1/letters?changedSince=soon", "ProblemDetails"),
    ];

    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_client_generated_from_the_document_type_checks_a_partner_program_fed_real_responses()
    {
        using var folder = new TemporaryContent(site: "");

        var result = await Compile(folder.Root, await _client.GetStringAsync("/api/openapi/v1.json"));

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
    }

    [Fact]
    public async Task The_partner_program_does_not_compile_when_a_count_may_be_a_string()
    {
        using var folder = new TemporaryContent(site: "");
        var document = JsonNode.Parse(await _client.GetStringAsync("/api/openapi/v1.json"))!;
        document["components"]!["schemas"]!["PageOfLetterSummary"]!["properties"]!["total"]!["type"] = new JsonArray("integer", "string");

        var result = await Compile(folder.Root, document.ToJsonString());

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("partner.ts", result.Stdout);
        Assert.Contains("Type 'string | number' is not assignable to type 'number'", result.Stdout);
    }

    private async Task<ProgramResult> Compile(string folder, string document)
    {
        NodePackages.Ensure();
        var modules = Path.Combine(RepositoryPaths.Root, "node_modules");
        File.WriteAllText(Path.Combine(folder, "openapi.json"), document);
        var generated = ExternalProgram.Run(
            "node", [Path.Combine(modules, "openapi-typescript", "bin", "cli.js"), "openapi.json", "--output", "api.ts"], workingDirectory: folder);
        Assert.True(generated.ExitCode == 0, generated.Stdout + generated.Stderr);

        var responses = new StringBuilder("import type { components } from \"./api\";\n\n");
        foreach (var (name, url, type) in Responses)
        {
            using var response = await _client.GetAsync(url);
            responses.Append($"export const {name} = {await response.Content.ReadAsStringAsync()} satisfies components[\"schemas\"][\"{type}\"];\n\n");
        }

        File.WriteAllText(Path.Combine(folder, "responses.ts"), responses.ToString());
        File.Copy(Path.Combine(RepositoryPaths.Root, "tests", "Archive.Api.Tests", "Contract", "partner.ts"), Path.Combine(folder, "partner.ts"));
        File.WriteAllText(Path.Combine(folder, "tsconfig.json"), """
            {
              "compilerOptions": {
                "strict": true, "noEmit": true, "target": "es2022", "module": "esnext", "moduleResolution": "bundler",
                "exactOptionalPropertyTypes": true, "noUncheckedIndexedAccess": true, "types": [], "skipLibCheck": false
              },
              "files": ["partner.ts"]
            }
            """);
        return ExternalProgram.Run("node", [Path.Combine(modules, "typescript", "bin", "tsc"), "-p", "tsconfig.json", "--pretty", "false"], workingDirectory: folder);
    }
}
