using Microsoft.AspNetCore.Diagnostics;

namespace Archive.Api.Http;

/// <summary>
/// The safety net: a bug still answers with problem+json 500 and no stack trace, and is logged and counted. Every
/// known bad input is answered earlier with a 400 or 404; the tests assert this handler is never reached.
/// </summary>
internal sealed class LastResortExceptionHandler(ILogger<LastResortExceptionHandler> logger) : IExceptionHandler
{
    private int _handled;

    /// <summary>How many requests reached this handler since start-up.</summary>
    public int Handled => Volatile.Read(ref _handled);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _handled);
        logger.LogError(exception, "Unhandled error for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        await ProblemResponse.Write(httpContext, Problems.InternalError());
        return true;
    }
}
