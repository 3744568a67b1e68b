using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Http;

/// <summary>A 400 whose problem details name the parameter to fix, sent as application/problem+json.</summary>
internal sealed class BadRequestProblem(ProblemDetails problem) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<ProblemDetails>
{
    public int? StatusCode => StatusCodes.Status400BadRequest;

    public ProblemDetails Value { get; } = problem;

    object? IValueHttpResult.Value => Value;

    public Task ExecuteAsync(HttpContext httpContext) => ProblemResponse.Write(httpContext, Value);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        ProblemResponse.Describe(builder, StatusCodes.Status400BadRequest);
}
