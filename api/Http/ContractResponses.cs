using System.Text.Json.Nodes;
using Archive.Api.Parameters;
using Archive.Core.Addresses;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Archive.Api.Http;

/// <summary>
/// What each operation's answers carry beyond their bodies (issue 18): the headers the middleware adds (ETag and
/// Cache-Control from <see cref="ConditionalGet"/>, Link from paging, the rate-limit headers of
/// <see cref="RateLimits"/>), the 304 a revalidation gets, the exports' content types and partial answers, and an
/// example for each parameter a partner is likely to fill in.
/// </summary>
internal sealed class ContractResponses : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string> ParameterExamples = new(StringComparer.Ordinal)
    {
        ["organization"] = "danchurchaid",
        ["country"] = "ug",
        ["year"] = "2009",
        ["from"] = "2009-01-01",
        ["to"] = "2009-12-31",
        ["id"] = "2009-07-20-ga-debate-on-rtop",
        ["code"] = "ug",
        [ChangedSinceParameter.Name] = "2026-01-01",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var path = "/" + (context.Description.RelativePath ?? "");
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var ownCaching = metadata.Contains(OwnCaching.Instance);
        var export = path.StartsWith(ApiRoutes.Root + ApiRoutes.Export + "/", StringComparison.Ordinal);
        var responses = operation.Responses ??= [];
        var rateLimited = responses.ContainsKey("429");
        var parameters = (operation.Parameters ?? []).OfType<OpenApiParameter>().ToList();
        var paged = parameters.Any(p => p.Name == "page");

        foreach (var parameter in parameters)
        {
            if (parameter.Name == ChangedSinceParameter.Name)
            {
                parameter.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Pattern = @"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2}))?$",
                };
            }

            if (parameter.Name is { } name && ParameterExamples.TryGetValue(name, out var example))
            {
                parameter.Example = JsonValue.Create(example);
            }
        }

        foreach (var (status, response) in responses)
        {
            if (response is not OpenApiResponse answer)
            {
                continue;
            }

            if (rateLimited)
            {
                Add(answer, "RateLimit", "What is left of this client's requests in the window and the seconds until it ends (draft-ietf-httpapi-ratelimit-headers), e.g. \"client\";r=299;t=42.");
                Add(answer, "RateLimit-Policy", "This client's quota: requests per window and the window in seconds, e.g. \"client\";q=300;w=60.");
            }

            if (status == "429")
            {
                Add(answer, "Retry-After", "Seconds until the window ends and requests are allowed again.", JsonSchemaType.Integer);
            }
        }

        // Only a GET is tagged and revalidated (ConditionalGet); the reconciliation service's form POST is neither.
        if (responses.GetValueOrDefault("200") is OpenApiResponse ok && context.Description.HttpMethod is null or "GET")
        {
            if (ownCaching && !export)
            {
                Add(ok, "Cache-Control", "no-store: a health check is never a copy.");
                return Task.CompletedTask;
            }

            Tagged(ok);
            if (paged)
            {
                Add(ok, "Link", "The next and previous pages (RFC 8288, rel=\"next\" and rel=\"prev\"), as in links.next and links.prev.");
            }

            if (export)
            {
                Export(ok, path);
                var partial = new OpenApiResponse { Description = "Partial Content: the byte range asked for with Range (and If-Range).", Content = ok.Content };
                Tagged(partial);
                Add(partial, "Content-Range", "Which bytes of the file this is, e.g. bytes 1000-1999/52000.");
                responses["206"] = partial;
            }

            var notModified = new OpenApiResponse { Description = "Not Modified: the copy whose ETag was sent in If-None-Match is current (it does not count against the rate limit)." };
            Tagged(notModified);
            if (paged)
            {
                Add(notModified, "Link", "As on a 200.");
            }

            if (export)
            {
                Add(notModified, "Last-Modified", "As on a 200.");
            }

            if (rateLimited)
            {
                Add(notModified, "RateLimit", "As on a 200.");
                Add(notModified, "RateLimit-Policy", "As on a 200.");
            }

            responses["304"] = notModified;
        }

        return Task.CompletedTask;
    }

    private static void Tagged(OpenApiResponse response)
    {
        Add(response, "ETag", "A strong tag of these bytes; send it in If-None-Match to get a 304 when nothing changed.");
        Add(response, "Cache-Control", "public, max-age=300.");
    }

    private static void Export(OpenApiResponse response, string path)
    {
        var (type, description, example) = path.EndsWith(ApiRoutes.LettersExport, StringComparison.Ordinal)
            ? ("application/x-ndjson", "JSON Lines: one whole letter per line, each as in GET /api/v1/letters/{id} (the LetterJson schema).", "{\"id\":\"2009-07-20-ga-debate-on-rtop\",…}\n")
            : ("text/csv", "CSV (RFC 4180, UTF-8) with a header row.", "letterId,date,name,organizationId,countries\n");
        response.Content = new Dictionary<string, OpenApiMediaType>
        {
            [type] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = description }, Example = JsonValue.Create(example) },
        };
        Add(response, "Last-Modified", "When the content served last changed.");
        Add(response, "Accept-Ranges", "bytes: a broken download resumes with Range and If-Range.");
        Add(response, "Content-Disposition", "attachment, with the file's name.");
    }

    private static void Add(OpenApiResponse response, string name, string description, JsonSchemaType type = JsonSchemaType.String) =>
        (response.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.OrdinalIgnoreCase))[name] =
            new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = type } };
}
