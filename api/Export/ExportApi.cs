using System.ComponentModel;
using Archive.Api.Http;
using Archive.Api.Parameters;
using Archive.Core.Addresses;
using Archive.Core.Export;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Archive.Api.Export;

/// <summary><c>/api/v1/export</c>: the whole archive as files, for analysis in other tools.</summary>
internal static class ExportApi
{
    public const string JsonLines = "application/x-ndjson; charset=utf-8";
    public const string Csv = "text/csv; charset=utf-8; header=present";

    public static RouteGroupBuilder MapExport(this RouteGroupBuilder api)
    {
        var export = api.MapGroup(ApiRoutes.Export).WithTags("Export").WithMetadata(OwnCaching.Instance);
        export.MapGet(ApiRoutes.LettersExport, ExportLetters)
            .WithName("ExportLetters")
            .WithSummary("Download every letter as JSON Lines")
            .WithDescription($"One whole letter per line, newest first, in the same shape as GET {ApiRoutes.Root}{ApiRoutes.Letters}/{{id}}. Range requests (with If-Range) resume a broken download.")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson");
        export.MapGet(ApiRoutes.SignatoriesExport, ExportSignatories)
            .WithName("ExportSignatories")
            .WithSummary("Download every signature as CSV")
            .WithDescription("One row per letter and signer, each letter's organizations in printed order, then its people: letterId, date, name (as printed), organizationId, countries (the ISO codes the signatory stands for, as the country filter reads them, joined with ;), signer (organization or person), printedCountries (the codes the letter printed with it). A person has no organizationId and no countries. UTF-8, RFC 4180; cells that a spreadsheet would treat as a formula are prefixed with '. Range requests (with If-Range) resume a broken download.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        export.MapGet(ApiRoutes.OrganizationsExport, ExportOrganizations)
            .WithName("ExportOrganizations")
            .WithSummary("Download every organization as CSV")
            .WithDescription(Describe(OrganizationsCsv.Table))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        export.MapGet(ApiRoutes.CountriesExport, ExportCountries)
            .WithName("ExportCountries")
            .WithSummary("Download every country as CSV")
            .WithDescription(Describe(CountriesCsv.Table))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        export.MapGet(ApiRoutes.CoSignaturesExport, ExportCoSignatures)
            .WithName("ExportCoSignatures")
            .WithSummary("Download every pair of organizations that signed together as CSV")
            .WithDescription(Describe(CoSignaturesCsv.Table))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        return api;
    }

    public static async Task<PhysicalFileHttpResult> ExportOrganizations(ExportFiles files, HttpContext http) => Send(await files.Organizations, http);

    public static async Task<PhysicalFileHttpResult> ExportCountries(ExportFiles files, HttpContext http) => Send(await files.Countries, http);

    public static async Task<PhysicalFileHttpResult> ExportCoSignatures(ExportFiles files, HttpContext http) => Send(await files.CoSignatures, http);

    public static async Task<PhysicalFileHttpResult> ExportLetters(ExportFiles files, HttpContext http) => Send(await files.Letters, http);

    public static async Task<Results<PhysicalFileHttpResult, Problem<Status400BadRequest>>> ExportSignatories(
        [FromQuery(Name = "bom")][Description("true: start the file with the UTF-8 byte order mark, so a spreadsheet on Windows (Excel) reads it as UTF-8 instead of the system's code page. Default false.")] string? bom,
        ExportFiles files,
        HttpContext http)
    {
        var read = new ReadQuery();
        var withBom = read.Choice("bom", bom, "false", "true", "false") == "true";
        if (read.Problem is { } invalid)
        {
            return new Problem<Status400BadRequest>(invalid);
        }

        return Send(await (withBom ? files.SignatoriesWithBom : files.Signatories), http);
    }

    // The table's columns, from the description the site's data package gives them (one place for both).
    private static string Describe(DataTable table) =>
        $"One row per {table.Row}, the same bytes as the site's /data/{table.File}: "
        + string.Join("; ", table.Fields.Select(f => $"{f.Name} ({f.Description.TrimEnd('.')})"))
        + ". UTF-8, RFC 4180; cells that a spreadsheet would treat as a formula are prefixed with '. Range requests (with If-Range) resume a broken download.";

    /// <summary>
    /// The file in the coding the client prefers, with its tag and the content's last change. The file result
    /// answers If-None-Match, If-Modified-Since, Range and If-Range (RFC 9110 §13-14) and streams from disk.
    /// </summary>
    private static PhysicalFileHttpResult Send(ExportFile file, HttpContext http)
    {
        var coding = ContentCodings.Choose(http.Request.Headers.AcceptEncoding);
        var (path, tag) = file.In(coding);
        var headers = http.Response.Headers;
        headers.CacheControl = ConditionalGet.CacheControl;
        headers.ContentEncoding = coding.HeaderValue();
        return TypedResults.PhysicalFile(path, file.ContentType, file.DownloadName, file.LastModified, EntityTagHeaderValue.Parse(tag), enableRangeProcessing: true);
    }
}
