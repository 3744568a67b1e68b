using System.Globalization;
using System.Text.Json;
using Archive.Api.Http;
using Archive.Core.Countries;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Reconciliation;

/// <summary>
/// Reads the JSON of the <c>queries</c> and <c>extend</c> parameters (Reconciliation Service API 0.2, §4.1 and
/// §7.2, schemas <c>reconciliation-query-batch.json</c> and <c>data-extension-query.json</c>). Anything the schema
/// refuses, a type other than <see cref="ReconciliationService.OrganizationType"/>, a property the service does not
/// have or a country it does not know is a 400 naming the parameter and the place in the JSON, never a 500.
/// </summary>
internal static class ReadReconciliationJson
{
    /// <summary>The most queries one batch may hold: OpenRefine sends 10 at a time, and the rate limit counts each query as a request (RateLimits.TakeMore).</summary>
    public const int MaxQueries = 100;

    /// <summary>The most ids one data extension request may hold.</summary>
    public const int MaxIds = 500;

    private static readonly HashSet<string> QueryFields = new(StringComparer.Ordinal) { "query", "type", "limit", "properties", "type_strict" };

    public static (IReadOnlyList<ReconciliationQuery> Queries, ProblemDetails? Problem) Queries(string text)
    {
        const string parameter = "queries";
        if (Parse(parameter, text, out var document) is { } malformed)
        {
            return ([], malformed);
        }

        using (document)
        {
            var root = document!.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ([], Fail(parameter, "must be a JSON object of queries by key, e.g. {\"q0\":{\"query\":\"DanChurchAid\"}}"));
            }

            var queries = new List<ReconciliationQuery>();
            foreach (var entry in root.EnumerateObject())
            {
                if (queries.Count == MaxQueries)
                {
                    return ([], Fail(parameter, $"holds more than {MaxQueries} queries; send them in batches of {MaxQueries} or fewer"));
                }

                var (query, problem) = Query(entry.Name, entry.Value);
                if (problem is not null)
                {
                    return ([], problem);
                }

                queries.Add(query!);
            }

            return (queries, null);
        }
    }

    public static (IReadOnlyList<string> Ids, IReadOnlyList<ExtensionProperty> Properties, ProblemDetails? Problem) Extension(string text)
    {
        const string parameter = "extend";
        if (Parse(parameter, text, out var document) is { } malformed)
        {
            return ([], [], malformed);
        }

        using (document)
        {
            var root = document!.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("ids", out var ids) || ids.ValueKind != JsonValueKind.Array
                || !root.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Array)
            {
                return ([], [], Fail(parameter, "must be a JSON object with the arrays ids and properties, e.g. {\"ids\":[\"danchurchaid\"],\"properties\":[{\"id\":\"countries\"}]}"));
            }

            if (ids.GetArrayLength() > MaxIds)
            {
                return ([], [], Fail(parameter, $"holds more than {MaxIds} ids; send them in batches of {MaxIds} or fewer"));
            }

            var idList = new List<string>();
            foreach (var id in ids.EnumerateArray())
            {
                if (id.ValueKind != JsonValueKind.String)
                {
                    return ([], [], Fail(parameter, $"ids[{idList.Count}] must be a string, an organization id"));
                }

                idList.Add(id.GetString()!);
            }

            var propertyList = new List<ExtensionProperty>();
            foreach (var property in properties.EnumerateArray())
            {
                var at = $"properties[{propertyList.Count}]";
                if (property.ValueKind != JsonValueKind.Object || !property.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
                {
                    return ([], [], Fail(parameter, $"{at} must be an object with a string id, e.g. {{\"id\":\"countries\"}}"));
                }

                if (ExtensionProperty.Find(id.GetString()!) is not { } known)
                {
                    return ([], [], Fail(parameter, $"{at}: '{Shorten(id.GetString()!)}' is not a property of this service; it has {string.Join(", ", ExtensionProperty.All.Select(p => p.Id))}"));
                }

                propertyList.Add(known);
            }

            return (idList, propertyList, null);
        }
    }

    private static (ReconciliationQuery? Query, ProblemDetails? Problem) Query(string key, JsonElement query)
    {
        const string parameter = "queries";
        if (query.ValueKind != JsonValueKind.Object)
        {
            return (null, Fail(parameter, $"{Shorten(key)} must be an object with a query, e.g. {{\"query\":\"DanChurchAid\"}}"));
        }

        foreach (var field in query.EnumerateObject())
        {
            if (!QueryFields.Contains(field.Name))
            {
                return (null, Fail(parameter, $"{Shorten(key)}.{Shorten(field.Name)} is not a field of a query; a query has {string.Join(", ", QueryFields)}"));
            }
        }

        string? text = null;
        if (query.TryGetProperty("query", out var textElement))
        {
            if (textElement.ValueKind != JsonValueKind.String)
            {
                return (null, Fail(parameter, $"{Shorten(key)}.query must be a string, the name to match"));
            }

            text = textElement.GetString();
        }

        var hasProperties = query.TryGetProperty("properties", out var properties);
        if (hasProperties && properties.ValueKind != JsonValueKind.Array)
        {
            return (null, Fail(parameter, $"{Shorten(key)}.properties must be an array of {{\"pid\":…,\"v\":…}}"));
        }

        if (text is null && (!hasProperties || properties.GetArrayLength() == 0))
        {
            return (null, Fail(parameter, $"{Shorten(key)} has no query: give the name to match as query, e.g. {{\"query\":\"DanChurchAid\"}}"));
        }

        if (query.TryGetProperty("type", out var type) && TypeProblem(key, type) is { } wrongType)
        {
            return (null, wrongType);
        }

        if (query.TryGetProperty("type_strict", out var strict) && strict.GetString() is not ("any" or "should" or "all"))
        {
            return (null, Fail(parameter, $"{Shorten(key)}.type_strict must be any, should or all"));
        }

        int? limit = null;
        if (query.TryGetProperty("limit", out var limitElement))
        {
            if (limitElement.ValueKind != JsonValueKind.Number || !limitElement.TryGetInt32(out var given) || given < 1)
            {
                return (null, Fail(parameter, $"{Shorten(key)}.limit must be a whole number of 1 or more"));
            }

            limit = given;
        }

        var countries = new List<CountryCode>();
        if (hasProperties)
        {
            var index = 0;
            foreach (var property in properties.EnumerateArray())
            {
                var at = $"{Shorten(key)}.properties[{index++}]";
                if (property.ValueKind != JsonValueKind.Object || !property.TryGetProperty("pid", out var pid) || pid.ValueKind != JsonValueKind.String
                    || !property.TryGetProperty("v", out var value))
                {
                    return (null, Fail(parameter, $"{at} must be an object with pid and v, e.g. {{\"pid\":\"country\",\"v\":\"DK\"}}"));
                }

                if (pid.GetString() != ReconciliationService.CountryProperty)
                {
                    return (null, Fail(parameter, $"{at}: '{Shorten(pid.GetString()!)}' is not a property of this service; it matches on {ReconciliationService.CountryProperty}"));
                }

                foreach (var one in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
                {
                    // An empty cell is no country.
                    if (one.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(one.GetString()))
                    {
                        continue;
                    }

                    if (Country(one) is not { } code)
                    {
                        return (null, Fail(parameter, $"{at}: {Shorten(one.GetRawText())} is not a country; give its name (Denmark) or its ISO 3166-1 alpha-2 code (DK)"));
                    }

                    if (!countries.Contains(code))
                    {
                        countries.Add(code);
                    }
                }
            }
        }

        return (new ReconciliationQuery(key, text, countries, limit), null);
    }

    /// <summary>Only organizations are reconciled: a query for another type is refused rather than answered with organizations.</summary>
    private static ProblemDetails? TypeProblem(string key, JsonElement type)
    {
        var types = type.ValueKind switch
        {
            JsonValueKind.String => [type],
            JsonValueKind.Array => type.EnumerateArray().ToList(),
            _ => null,
        };
        if (types is null || types.Any(t => t.ValueKind != JsonValueKind.String))
        {
            return Fail("queries", $"{Shorten(key)}.type must be a type id or an array of them");
        }

        return types.Select(t => t.GetString()!).FirstOrDefault(t => t != ReconciliationService.OrganizationType) is { } unknown
            ? Fail("queries", $"{Shorten(key)}.type: '{Shorten(unknown)}' is not a type of this service; it has {ReconciliationService.OrganizationType}")
            : null;
    }

    /// <summary>
    /// A country as a spreadsheet cell holds it: a name the country table knows ("Denmark", "Burundi") or a two-letter
    /// code, or an entity (<c>{"id":"DK"}</c>); anything else is null.
    /// </summary>
    private static CountryCode? Country(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object when value.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String => id.GetString(),
            _ => null,
        };
        if (text is null)
        {
            return null;
        }

        text = text.Trim();
        if (text.Length == 2 && CountryTable.TryGetByCode(text, out var byCode))
        {
            return byCode.Code;
        }

        return CountryTable.TryResolveName(text, out var byName) ? byName.Code : null;
    }

    private static ProblemDetails? Parse(string parameter, string text, out JsonDocument? document)
    {
        document = null;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 16 });
            return null;
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, character {e.BytePositionInLine + 1}") : "";
            return Fail(parameter, $"is not valid JSON{where}");
        }
    }

    private static ProblemDetails Fail(string parameter, string detail) => Problems.BadParameter(parameter, detail);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
