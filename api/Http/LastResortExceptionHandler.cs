using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Http;

/// <summary>
/// The safety net: a bug still answers with problem+json 500 and no stack trace, and is logged and counted. Every
/// known bad input is answered earlier with a 400 or 404; the tests assert this handler is never reached.
/// </summary>
internal sealed class LastResortExceptionHandler(IProblemDetailsService problems, ILogger<LastResortExceptionHandler> logger) : IExceptionHandler
{
    private int _handled;

    /// <summary>How many requests reached this handler since start-up.</summary>
    public int Handled => Volatile.Read(ref _handled);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _handled);
        logger.LogError(exception, "Unhandled error for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Internal error",
                Detail = "The server failed to answer this request. It has been logged; please report it with the time and URL.",
            },
        });
    }
}
