using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Testing;
using Json.Schema;

namespace Archive.Api.Tests.Reconciliation;

/// <summary>
/// The Reconciliation Service API 0.2's own JSON Schemas (tests/fixtures/reconciliation-0.2), built once with
/// JsonSchema.Net into one registry, so the <c>$ref</c>s between them (manifest.json to type.json, to the Swagger
/// schema in openapi.json) resolve to the files beside them, never to the network.
/// </summary>
internal static class ReconciliationSchemas
{
    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "reconciliation-0.2");

    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(Build);

    /// <summary>Asserts that <paramref name="instance"/> is valid against the schema file <paramref name="schema"/>, listing every error.</summary>
    public static void AssertValid(string schema, JsonElement instance)
    {
        var result = Evaluate(schema, instance);
        Assert.True(result.IsValid, $"not valid against {schema}: {Errors(result)}\n{instance.GetRawText()}");
    }

    public static EvaluationResults Evaluate(string schema, JsonElement instance) =>
        Schemas.Value[schema].Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });

    public static JsonElement Example(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "examples", file))).RootElement.Clone();

    private static string Errors(EvaluationResults result) => string.Join("; ", (result.Details ?? [])
        .Where(d => d.Errors is { Count: > 0 })
        .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    private static Dictionary<string, JsonSchema> Build()
    {
        // "http://json-schema.org/schema#" means "the latest draft", which names none; the files use draft-07's
        // "definitions", so they are read as draft-07. type.json declares no $schema and gets the same dialect.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft07 };
        var files = Directory.GetFiles(Path.Combine(Folder, "schemas"), "*.json").Order(StringComparer.Ordinal).ToList();
        var documents = files.ToDictionary(file => Path.GetFileName(file), file =>
        {
            var node = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            if (node["$schema"]?.GetValue<string>() == "http://json-schema.org/schema#")
            {
                node["$schema"] = "http://json-schema.org/draft-07/schema#";
            }

            return node.ToJsonString();
        });

        // Referenced schemas first, so a $ref finds its target already registered.
        var order = documents.Keys.OrderBy(name => name is "type.json" or "openapi.json" ? 0 : 1).ThenBy(name => name, StringComparer.Ordinal);
        var built = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var name in order)
        {
            built[name] = JsonSchema.FromText(documents[name], options);
        }

        return built;
    }
}
