using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Http;

/// <summary>RFC 9457 problem details for the API's errors, each naming what the client should change.</summary>
internal static class Problems
{
    /// <summary>400: a query or path parameter is malformed; the detail names it, and <c>parameter</c> carries its name.</summary>
    public static ProblemDetails BadParameter(string parameter, string detail) => new()
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "Invalid parameter",
        Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        Detail = $"Parameter '{parameter}': {detail}",
        Extensions = { ["parameter"] = parameter },
    };

    /// <summary>404: nothing has this id.</summary>
    public static ProblemDetails NotFound(string detail) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Not found",
        Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        Detail = detail,
    };
}
