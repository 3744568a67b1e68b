using Archive.Core.Addresses;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Archive.Api.Http;

/// <summary>
/// RFC 9457 problem details for every error the API gives, each naming what the client should change. One shape:
/// <c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c>, and <c>parameter</c> on a bad parameter.
/// </summary>
internal static class Problems
{
    /// <summary>400: a query or path parameter is malformed; the detail names it, and <c>parameter</c> carries its name.</summary>
    public static ProblemDetails BadParameter(string parameter, string detail) => new()
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "Invalid parameter",
        Type = TypeOf(StatusCodes.Status400BadRequest),
        Detail = $"Parameter '{parameter}': {detail}",
        Extensions = { ["parameter"] = parameter },
    };

    /// <summary>404: nothing has this id.</summary>
    public static ProblemDetails NotFound(string detail) => Of(StatusCodes.Status404NotFound, "Not found", detail);

    /// <summary>400: the Host header names a host this API does not answer for (<see cref="Hosting.AllowedHosts"/>).</summary>
    public static ProblemDetails UnknownHost(string host) =>
        Of(StatusCodes.Status400BadRequest, "Unknown host", $"This server does not answer for the host '{host}'; use the API's public address.");

    /// <summary>429: the client used up its requests for this window (<see cref="RateLimits"/>).</summary>
    public static ProblemDetails TooManyRequests(int seconds) => Of(
        StatusCodes.Status429TooManyRequests,
        "Too many requests",
        $"This address has made too many requests; try again in {seconds} seconds. For bulk data use {ApiRoutes.Root}{ApiRoutes.Export}{ApiRoutes.LettersExport}.");

    /// <summary>429: a batch counts as as many requests as it has queries, and the client has fewer left (<see cref="RateLimits.TakeMore"/>).</summary>
    public static ProblemDetails TooManyQueries(int queries, int remaining, int seconds) => Of(
        StatusCodes.Status429TooManyRequests,
        "Too many requests",
        $"A batch of {queries} queries counts as {queries} requests, and this address has {remaining} left; send a smaller batch, or try again in {seconds} seconds.");

    /// <summary>414: the request target is longer than <see cref="RequestLimits"/> allow.</summary>
    public static ProblemDetails UriTooLong(int limit) =>
        Of(StatusCodes.Status414UriTooLong, "URI too long", $"The request's URL is longer than {limit} bytes; shorten the query.");

    /// <summary>431: the request's header fields are larger than <see cref="RequestLimits"/> allow.</summary>
    public static ProblemDetails HeadersTooLarge(int limit) =>
        Of(StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request header fields too large", $"The request's header fields are larger than {limit} bytes together; send fewer or smaller headers (cookies included).");

    /// <summary>500: a bug; logged, and counted by <see cref="LastResortExceptionHandler"/>.</summary>
    public static ProblemDetails InternalError() => Of(
        StatusCodes.Status500InternalServerError,
        "Internal error",
        "The server failed to answer this request. It has been logged; please report it with the time and URL.");

    /// <summary>
    /// An error status set by the framework with no body of its own (no route matched, a method a route does not
    /// take): a problem saying what it means here.
    /// </summary>
    public static ProblemDetails ForStatus(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var request = context.Request;
        return status switch
        {
            StatusCodes.Status404NotFound => NotFound($"Nothing is served at {request.Path}. The API's routes are listed at {ApiRoutes.OpenApiDocument}."),
            StatusCodes.Status405MethodNotAllowed => Of(status, "Method not allowed", $"{request.Method} is not allowed here: the API only reads (GET and HEAD)."),
            _ => Of(status, ReasonPhrases.GetReasonPhrase(status), $"The request failed with status {status}."),
        };
    }

    private static ProblemDetails Of(int status, string title, string detail) => new()
    {
        Status = status,
        Title = title,
        Type = TypeOf(status),
        Detail = detail,
    };

    /// <summary>The section of the standard that defines the status.</summary>
    private static string TypeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        StatusCodes.Status404NotFound => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        StatusCodes.Status405MethodNotAllowed => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
        StatusCodes.Status414UriTooLong => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15",
        StatusCodes.Status429TooManyRequests => "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "https://www.rfc-editor.org/rfc/rfc6585#section-5",
        StatusCodes.Status500InternalServerError => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
        _ => "about:blank",
    };
}
