using System.Text.Json.Nodes;
using Archive.Core.Search;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Archive.Api.Http;

/// <summary>
/// The query parameters are bound as text, so the API itself can name a malformed one in its 400; the OpenAPI
/// document still tells clients what a well-formed value is: a number and its range, a date, a code pattern, a choice
/// (each value of a parameter that may be repeated).
/// </summary>
internal sealed class ParameterSchemas : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            var value = parameter.Name switch
            {
                "page" => new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = "1000000", Default = JsonValue.Create(1) },
                "pageSize" => new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = "100", Default = JsonValue.Create(20) },
                "year" => new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = "9999" },
                "from" or "to" => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
                "country" or "code" => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[A-Za-z]{2}$" },
                "sort" => new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("relevance"), JsonValue.Create("date")] },
                "q" when context.Description.RelativePath?.EndsWith("search", StringComparison.Ordinal) == true =>
                    new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = SearchIndex.MaxQueryLength },
                _ => parameter.Schema,
            };
            // A filter that may be repeated (country=dk&country=ug) is an array of such values.
            parameter.Schema = value != parameter.Schema && parameter.Schema?.Type is { } type && type.HasFlag(JsonSchemaType.Array)
                ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = value }
                : value;
        }

        return Task.CompletedTask;
    }
}
