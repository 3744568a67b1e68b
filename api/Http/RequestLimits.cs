using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Archive.Api.Http;

/// <summary>
/// The largest request the API reads: a request target of 8 KB and header fields of 32 KB together (Kestrel's
/// defaults). Past them the answer is a problem+json 414 or 431 like every other error. Kestrel's own limits, whose
/// answers have no body and cannot be given one (aspnet/KestrelHttpServer#2947), are set four times higher, so that
/// only a request far past the API's limits, or one that is not HTTP at all, gets Kestrel's bare status.
/// </summary>
internal sealed class RequestLimits(RequestDelegate next)
{
    public const int MaxTargetBytes = 8 * 1024;
    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>Kestrel's hard limits, above the API's.</summary>
    public static void ConfigureKestrel(KestrelServerOptions options)
    {
        options.Limits.MaxRequestLineSize = 4 * MaxTargetBytes;
        options.Limits.MaxRequestHeadersTotalSize = 4 * MaxHeaderBytes;
    }

    public Task InvokeAsync(HttpContext context)
    {
        // The target as sent; a server that does not keep it (the in-memory test server) gives the path encoded
        // again, which may differ from the client's encoding by a few characters.
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw
            ? raw.Length
            : request.PathBase.ToUriComponent().Length + request.Path.ToUriComponent().Length + request.QueryString.ToUriComponent().Length;
        if (target > MaxTargetBytes)
        {
            return ProblemResponse.Write(context, Problems.UriTooLong(MaxTargetBytes));
        }

        // As Kestrel counts them: each field's name and value and ": " and CRLF.
        long headerBytes = 0;
        foreach (var (name, values) in context.Request.Headers)
        {
            foreach (var value in values)
            {
                headerBytes += name.Length + (value?.Length ?? 0) + 4;
            }
        }

        return headerBytes > MaxHeaderBytes ? ProblemResponse.Write(context, Problems.HeadersTooLarge(MaxHeaderBytes)) : next(context);
    }
}
