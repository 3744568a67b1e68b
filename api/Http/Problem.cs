using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Http;

/// <summary>
/// An error answer: problem details sent as application/problem+json, with the status <typeparamref name="TStatus"/>
/// names. The status is a type, not a value, so that a handler's return type
/// (<c>Results&lt;Ok&lt;LetterJson&gt;, Problem&lt;Status404NotFound&gt;&gt;</c>) says which errors it gives and the
/// OpenAPI document lists them before any request is made.
/// </summary>
internal sealed class Problem<TStatus>(ProblemDetails problem) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<ProblemDetails>
    where TStatus : IProblemStatus
{
    public int? StatusCode => TStatus.Code;

    public ProblemDetails Value { get; } = problem;

    object? IValueHttpResult.Value => Value;

    public Task ExecuteAsync(HttpContext httpContext) => ProblemResponse.Write(httpContext, Value);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        ProblemResponse.Describe(builder, TStatus.Code);
}
