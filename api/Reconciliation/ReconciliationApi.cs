using System.ComponentModel;
using Archive.Api.Content;
using Archive.Api.Hosting;
using Archive.Api.Http;
using Archive.Api.Organizations;
using Archive.Core.Addresses;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Reconciliation;

/// <summary>
/// <c>/api/v1/reconcile</c>: the organizations as a reconciliation service (W3C Entity Reconciliation Community Group,
/// Reconciliation Service API 0.2), so OpenRefine matches a spreadsheet's column of names against the archive with the
/// importer's own matcher (issue 22): the manifest, batch queries by GET or form POST, entity suggest, preview cards,
/// and data extension with property proposals.
/// </summary>
internal static class ReconciliationApi
{
    private const string QueriesDescription = "A batch of reconciliation queries as JSON, e.g. {\"q0\":{\"query\":\"DanChurch Aid\",\"type\":\"Organization\",\"limit\":3,\"properties\":[{\"pid\":\"country\",\"v\":\"DK\"}]}}. The only type is Organization; the only property is country (a name or an ISO 3166-1 alpha-2 code). At most 100 queries.";
    private const string ExtendDescription = "A data extension query as JSON, e.g. {\"ids\":[\"danchurchaid\"],\"properties\":[{\"id\":\"countries\"},{\"id\":\"letter_count\"}]}. Properties: countries, website, letter_count, first_letter_date, last_letter_date. At most 500 ids; an id the archive does not have gets no values.";

    public static RouteGroupBuilder MapReconciliation(this RouteGroupBuilder api)
    {
        var reconcile = api.MapGroup(ReconciliationService.Route).WithTags("Reconciliation");
        reconcile.MapGet("/", Reconcile)
            .WithName("Reconcile")
            .WithSummary("The reconciliation service: its manifest, or the answers to a batch of queries or a data extension")
            .WithDescription("Reconciliation Service API 0.2, for OpenRefine. Without parameters: the service manifest. With queries: for each query, the organizations its name may be, best first, each with a score (0 to 1), features explaining it, and match: true only when the importer would link the name to it without review. With extend: the asked properties of each organization.");
        reconcile.MapPost("/", ReconcileForm)
            .WithName("ReconcileForm")
            .WithSummary("The same, with queries or extend sent as a form (application/x-www-form-urlencoded), as OpenRefine sends them")
            .WithDescription("Reconciliation Service API 0.2's POST form: the same answers as the GET, for batches too long for a URL.")
            .DisableAntiforgery();
        reconcile.MapGet(ReconciliationService.SuggestEntityPath, SuggestEntities)
            .WithName("SuggestEntities")
            .WithSummary("Organizations whose name, acronym or alias starts with a prefix, for OpenRefine's autocomplete")
            .WithDescription("A–Z, 10 at a time; cursor is how many to skip. Matches as the organization list's q: a name or a word in it starts with the prefix, ignoring case and accents.");
        reconcile.MapGet(ReconciliationService.PreviewPath, Preview)
            .WithName("PreviewOrganization")
            .WithSummary("A small HTML card of an organization: its names, countries and letter count")
            .WithDescription("For OpenRefine's preview frame. An id the archive does not have is a 404.")
            .Produces<string>(StatusCodes.Status200OK, "text/html");
        reconcile.MapGet(ReconciliationService.ProposePropertiesPath, ProposeProperties)
            .WithName("ProposeProperties")
            .WithSummary("The properties data extension can add for organizations")
            .WithDescription("Reconciliation Service API 0.2's property proposals: countries, website, letter_count, first_letter_date and last_letter_date.");
        return api;
    }

    public static Results<Ok<ServiceManifest>, Ok<Dictionary<string, ReconciliationResult>>, Ok<ExtensionResponse>, Problem<Status400BadRequest>, Problem<Status429TooManyRequests>> Reconcile(
        [FromQuery(Name = "queries")][Description(QueriesDescription)] string? queries,
        [FromQuery(Name = "extend")][Description(ExtendDescription)] string? extend,
        LoadedArchive archive,
        ReconcileOrganizations reconciler,
        PublicAddress address,
        HttpContext http)
    {
        if (queries is null && extend is null)
        {
            return TypedResults.Ok(ReconciliationService.Manifest(archive.Content, address.BaseOf(http.Request)));
        }

        return Answer(queries, extend, archive, reconciler, http);
    }

    public static Results<Ok<ServiceManifest>, Ok<Dictionary<string, ReconciliationResult>>, Ok<ExtensionResponse>, Problem<Status400BadRequest>, Problem<Status429TooManyRequests>> ReconcileForm(
        [FromForm(Name = "queries")][Description(QueriesDescription)] string? queries,
        [FromForm(Name = "extend")][Description(ExtendDescription)] string? extend,
        LoadedArchive archive,
        ReconcileOrganizations reconciler,
        HttpContext http)
    {
        if (queries is null && extend is null)
        {
            return new Problem<Status400BadRequest>(Problems.BadParameter("queries", "missing: send the batch of queries as the form field queries (or a data extension as extend); GET this address without parameters for the service manifest"));
        }

        return Answer(queries, extend, archive, reconciler, http);
    }

    public static Results<Ok<SuggestResponse>, Problem<Status400BadRequest>> SuggestEntities(
        [FromQuery(Name = "prefix")][Description("The beginning of a name, acronym or alias (or of a word in one), ignoring case and accents.")] string? prefix,
        [FromQuery(Name = "cursor")][Description("How many suggestions to skip: 0 first, then 10, 20…")] string? cursor,
        [FromQuery(Name = "type")][Description("Organization, the only type, or nothing.")] string? type,
        [FromQuery(Name = "type_strict")][Description("Accepted and ignored: the service has one type.")] string? typeStrict,
        LoadedArchive archive)
    {
        const int pageSize = 10;
        if (string.IsNullOrWhiteSpace(prefix))
        {
            return new Problem<Status400BadRequest>(Problems.BadParameter("prefix", "missing: give the beginning of a name, e.g. prefix=danch"));
        }

        if (prefix.Length > 200)
        {
            return new Problem<Status400BadRequest>(Problems.BadParameter("prefix", $"the prefix is {prefix.Length} characters long; at most 200 are allowed"));
        }

        var skip = 0;
        if (!string.IsNullOrEmpty(cursor) && (!int.TryParse(cursor, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out skip) || skip > 1_000_000))
        {
            return new Problem<Status400BadRequest>(Problems.BadParameter("cursor", $"'{Shorten(cursor)}' is not a number of suggestions to skip; use 0, 10, 20…"));
        }

        if (TypeProblem(type) is { } wrongType)
        {
            return wrongType;
        }

        if (typeStrict is not (null or "" or "any" or "should" or "all"))
        {
            return new Problem<Status400BadRequest>(Problems.BadParameter("type_strict", "must be any, should or all"));
        }

        var result = archive.Content.Organizations
            .Where(o => OrganizationNameSearch.Matches(o, prefix))
            .Skip(skip)
            .Take(pageSize)
            .Select(o => new SuggestedEntity(o.Id, o.Name, [ReconciliationService.Type]) { Description = ReconciliationService.Describe(o) })
            .ToList();
        return TypedResults.Ok(new SuggestResponse(result));
    }

    public static Results<ContentHttpResult, Problem<Status400BadRequest>, Problem<Status404NotFound>> Preview(
        [FromQuery(Name = "id")][Description("An organization's id, e.g. danchurchaid.")] string? id,
        LoadedArchive archive,
        HttpContext http)
    {
        if (string.IsNullOrEmpty(id))
        {
            return new Problem<Status400BadRequest>(Problems.BadParameter("id", "missing: give an organization's id, e.g. id=danchurchaid"));
        }

        if ((archive.Content.FindOrganization(id) ?? archive.Content.ReplacementOf(id)) is not { } organization)
        {
            return new Problem<Status404NotFound>(Problems.NotFound($"No organization has the id '{Shorten(id)}'. Organization ids are listed at {ApiRoutes.Root}{ApiRoutes.Organizations}."));
        }

        http.Response.Headers.ContentSecurityPolicy = PreviewCard.ContentSecurityPolicy;
        return TypedResults.Content(PreviewCard.Render(organization, archive.Content, archive.Content.Site.Language), "text/html; charset=utf-8");
    }

    public static Results<Ok<PropertyProposals>, Problem<Status400BadRequest>> ProposeProperties(
        [FromQuery(Name = "type")][Description("Organization, the only type.")] string? type,
        [FromQuery(Name = "limit")][Description("The most properties to propose (all by default).")] string? limit)
    {
        if (TypeProblem(type) is { } wrongType)
        {
            return wrongType;
        }

        var all = ExtensionProperty.All;
        var most = all.Count;
        if (!string.IsNullOrEmpty(limit) && (!int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out most) || most < 1))
        {
            return new Problem<Status400BadRequest>(Problems.BadParameter("limit", $"'{Shorten(limit)}' is not a whole number of 1 or more"));
        }

        var proposed = all.Take(most).Select(p => new PropertyJson(p.Id, p.Name, p.Description)).ToList();
        return TypedResults.Ok(new PropertyProposals(ReconciliationService.OrganizationType, proposed, Math.Min(most, all.Count)));
    }

    private static Results<Ok<ServiceManifest>, Ok<Dictionary<string, ReconciliationResult>>, Ok<ExtensionResponse>, Problem<Status400BadRequest>, Problem<Status429TooManyRequests>> Answer(
        string? queries, string? extend, LoadedArchive archive, ReconcileOrganizations reconciler, HttpContext http)
    {
        if (queries is not null && extend is not null)
        {
            return new Problem<Status400BadRequest>(Problems.BadParameter("extend", "give either queries or extend, not both"));
        }

        if (queries is not null)
        {
            var (batch, problem) = ReadReconciliationJson.Queries(queries);
            if (problem is not null)
            {
                return new Problem<Status400BadRequest>(problem);
            }

            // Each query is a request's worth of work: a batch counts as many requests as it has queries.
            if (RateLimits.TakeMore(http, batch.Count) is { } tooMany)
            {
                return new Problem<Status429TooManyRequests>(tooMany);
            }

            var results = new Dictionary<string, ReconciliationResult>(StringComparer.Ordinal);
            foreach (var query in batch)
            {
                results[query.Key] = reconciler.Reconcile(query);
            }

            return TypedResults.Ok(results);
        }

        var (ids, properties, invalid) = ReadReconciliationJson.Extension(extend!);
        if (invalid is not null)
        {
            return new Problem<Status400BadRequest>(invalid);
        }

        var content = archive.Content;
        var rows = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<ExtensionValue>>>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            // An id from an older copy of the archive leads to the organization that replaced it, as its addresses do.
            var organization = content.FindOrganization(id) ?? content.ReplacementOf(id);
            rows[id] = properties.ToDictionary(
                p => p.Id,
                p => organization is null ? [] : p.ValuesOf(organization, content),
                StringComparer.Ordinal);
        }

        return TypedResults.Ok(new ExtensionResponse([.. properties.Select(p => new PropertyJson(p.Id, p.Name, p.Description))], rows));
    }

    private static Problem<Status400BadRequest>? TypeProblem(string? type) =>
        string.IsNullOrEmpty(type) || type == ReconciliationService.OrganizationType
            ? null
            : new Problem<Status400BadRequest>(Problems.BadParameter("type", $"'{Shorten(type)}' is not a type of this service; it has {ReconciliationService.OrganizationType}"));

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
