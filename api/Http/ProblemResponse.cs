using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Archive.Api.Http;

/// <summary>
/// Writes problem details as <c>application/problem+json</c> (RFC 9457), the one way every error of the API is
/// written: the handlers' 400s and 404s, the framework's 404 and 405, the 429, 414, 431 and 500. Whatever the
/// request's Accept header says: an error body the client did not ask for is still better than an empty one.
/// </summary>
internal static class ProblemResponse
{
    public const string ContentType = "application/problem+json";

    public static Task Write(HttpContext httpContext, ProblemDetails problem)
    {
        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        var json = httpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        return httpContext.Response.WriteAsJsonAsync(problem, json, ContentType, httpContext.RequestAborted);
    }

    /// <summary>Declares the response in the OpenAPI document: this status, a ProblemDetails body, problem+json.</summary>
    public static void Describe(EndpointBuilder builder, int status) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), [ContentType]));
}
