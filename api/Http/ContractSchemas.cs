using System.Text.Json.Nodes;
using Archive.Api.Discovery;
using Archive.Api.Letters;
using Archive.Api.Organizations;
using Archive.Api.Search;
using Archive.Core.Json;
using Archive.Core.Letters;
using Archive.Core.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Archive.Api.Http;

/// <summary>
/// What the response schemas promise beyond the .NET types (issue 18): the shared JSON shapes allow nulls that only
/// <c>archive import --json</c> writes, so here the values the API always gives are declared required and never
/// null; closed sets of words are enums; a few values carry an example; and problem details have the shape the API
/// writes (with <c>parameter</c>). The contract tests validate every real response against the result.
/// </summary>
internal sealed class ContractSchemas : IOpenApiSchemaTransformer
{
    // ASP.NET Core's mark on a property whose type may be null (Microsoft.AspNetCore.OpenApi 10).
    private const string NullableMark = "x-is-nullable-property";

    private static readonly JsonNode[] DatePrecisions = [.. Enum.GetNames<DatePrecision>().Select(n => JsonValue.Create(n.ToLowerInvariant()))];

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(LetterJson))
        {
            NeverNull(schema, "id", "date", "datePrecision", "url", "bodyHtml", "bodyText", "added", "updated", "source");
            Choices(schema, "datePrecision", DatePrecisions);
            Example(schema, "id", "2009-07-20-ga-debate-on-rtop");
            Example(schema, "date", "2009-07-20");
            Example(schema, "language", "en");
            Example(schema, "added", "2024-05-01T09:30:00+00:00");
        }
        else if (type == typeof(LetterSummary))
        {
            Choices(schema, "datePrecision", DatePrecisions);
            Example(schema, "id", "2009-07-20-ga-debate-on-rtop");
        }
        else if (type == typeof(SignatoryJson))
        {
            // Loaded content links every signatory to an organization (check refuses a name no organization claims).
            NeverNull(schema, "organizationId");
            Example(schema, "organizationId", "danchurchaid");
        }
        else if (type == typeof(OrganizationSummary) || type == typeof(OrganizationDetail))
        {
            Example(schema, "id", "danchurchaid");
        }
        else if (type == typeof(SearchSnippet))
        {
            Choices(schema, "field", [.. ((string[])[SearchFields.Title, SearchFields.Signatory, SearchFields.Recipient, SearchFields.Body]).Select(f => JsonValue.Create(f))]);
            Example(schema, "html", "the <mark>responsibility</mark> to protect");
        }
        else if (type == typeof(SearchPage))
        {
            Choices(schema, "sort", [JsonValue.Create("relevance"), JsonValue.Create("date")]);
        }
        else if (type == typeof(Health.Health))
        {
            Choices(schema, "status", [JsonValue.Create(Health.Health.Ok)]);
            Choices(schema, "search", [JsonValue.Create(Health.Health.Ready), JsonValue.Create(Health.Health.Indexing)]);
        }
        else if (type == typeof(ApiIndex))
        {
            Example(schema, "version", "fc303066c376556703a8f05e002d6c1988b041e896db15fcaf61e64845a4b81b");
        }
        else if (type == typeof(ProblemDetails))
        {
            Problem(schema);
        }

        return Task.CompletedTask;
    }

    // The API's problems: type, title, status and detail always; parameter on a bad parameter (Problems).
    private static void Problem(OpenApiSchema schema)
    {
        schema.Description = "An error (RFC 9457). parameter names the query or path parameter to fix, when one is the cause.";
        schema.Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri", Description = "The section of the standard that defines the status." },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What went wrong, in a few words." },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status code." },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What went wrong and what to change." },
            ["parameter"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "The name of the parameter to fix (on a 400 for a malformed parameter).",
                Examples = [JsonValue.Create("country")],
            },
        };
        schema.Required = new HashSet<string>(["type", "title", "status", "detail"], StringComparer.Ordinal);
    }

    private static void NeverNull(OpenApiSchema schema, params string[] names)
    {
        foreach (var name in names)
        {
            var property = Property(schema, name);
            if (property.Type is { } type)
            {
                property.Type = type & ~JsonSchemaType.Null;
            }

            // A nullable object becomes "one of null or the type" when components are made, by this mark.
            property.Metadata?.Remove(NullableMark);
            (schema.Required ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
        }
    }

    private static void Choices(OpenApiSchema schema, string name, IList<JsonNode> values) =>
        Property(schema, name).Enum = values;

    private static void Example(OpenApiSchema schema, string name, string value) =>
        Property(schema, name).Examples = [JsonValue.Create(value)];

    private static OpenApiSchema Property(OpenApiSchema schema, string name) =>
        PropertyOrNull(schema, name) as OpenApiSchema ?? throw new InvalidOperationException($"{name} is not a property of this schema");

    private static IOpenApiSchema? PropertyOrNull(OpenApiSchema schema, string name) =>
        schema.Properties is { } properties && properties.TryGetValue(name, out var property) ? property : null;
}
