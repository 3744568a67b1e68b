using Archive.Core.Addresses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Export;

/// <summary><c>/api/v1/export</c>: the whole archive as files, for analysis in other tools.</summary>
internal static class ExportApi
{
    public const string JsonLines = "application/x-ndjson; charset=utf-8";
    public const string Csv = "text/csv; charset=utf-8; header=present";

    public static RouteGroupBuilder MapExport(this RouteGroupBuilder api)
    {
        var export = api.MapGroup(ApiRoutes.Export).WithTags("Export");
        export.MapGet(ApiRoutes.LettersExport, ExportLetters)
            .WithName("ExportLetters")
            .WithSummary("Download every letter as JSON Lines")
            .WithDescription($"One whole letter per line, newest first, in the same shape as GET {ApiRoutes.Root}{ApiRoutes.Letters}/{{id}}.")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson");
        export.MapGet(ApiRoutes.SignatoriesExport, ExportSignatories)
            .WithName("ExportSignatories")
            .WithSummary("Download every signature as CSV")
            .WithDescription("One row per letter and signatory: letterId, date, name (as printed), organizationId, countries (ISO codes joined with ;). RFC 4180; cells that a spreadsheet would treat as a formula are prefixed with '.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        return api;
    }

    public static FileContentHttpResult ExportLetters(ExportFiles files) =>
        TypedResults.File(files.Letters, JsonLines, "letters.jsonl");

    public static FileContentHttpResult ExportSignatories(ExportFiles files) =>
        TypedResults.File(files.Signatories, Csv, "signatories.csv");
}
