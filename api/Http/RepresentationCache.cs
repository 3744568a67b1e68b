using Archive.Api.Hosting;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Net.Http.Headers;

namespace Archive.Api.Http;

/// <summary>
/// Keeps the answers of routes marked <see cref="PathDeterminesResponse"/> (one letter, one organization, one
/// country) as bytes, already compressed and tagged, and sends them again without serializing, hashing or
/// compressing: the archive does not change while the API runs. It sits where <see cref="ConditionalGet"/> and
/// response compression would run and gives the same answer they would: a strong ETag per coding, 304 on a matching
/// If-None-Match, Cache-Control, Vary. CORS and rate limiting stay outside it. The cache holds at most
/// <c>Archive:ResponseCache:MaxMegabytes</c> (default 256); past that the least used answers are dropped and made
/// again on demand; 0 turns it off.
/// </summary>
/// <remarks>
/// What it owns: keeping the bytes, compressing them once at the smallest size, and choosing the coding
/// (<see cref="ContentCodings"/>). What it does not: tags and 304s are <see cref="ConditionalGet.TagOrNotModified"/>'s,
/// for its answers as for ConditionalGet's own. ASP.NET Core's output caching, in front of ConditionalGet and
/// response compression, would keep these answers with far less code of ours. It was measured against this cache
/// (issue 15, docs/benchmarks.md) and lost on everything but the size of our code: larger compressed bodies (response
/// compression's fastest level, kept once per Accept-Encoding value), fewer requests a second, an Age header, and
/// Brotli sent to a client that refuses it with <c>*;q=0.1, br;q=0</c> (response compression's choice, not
/// <see cref="ContentCodings"/>'s).
/// </remarks>
internal sealed class RepresentationCache : IDisposable
{
    private readonly RequestDelegate _next;
    private readonly long _maxBytes;
    private readonly MemoryCache _stored;

    public RepresentationCache(RequestDelegate next, ApiSettings settings)
    {
        _next = next;
        _maxBytes = Math.Max(0, settings.ResponseCache.MaxMegabytes) * 1024L * 1024L;
        _stored = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, _maxBytes) });
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (_maxBytes == 0
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || context.GetEndpoint()?.Metadata.GetMetadata<PathDeterminesResponse>() is null)
        {
            await _next(context);
            return;
        }

        var key = request.Path.Value ?? "";
        if (!_stored.TryGetValue(key, out StoredRepresentation? stored) || stored is null)
        {
            stored = await Render(context);
            if (stored is null)
            {
                return;
            }

            _stored.Set(key, stored, new MemoryCacheEntryOptions { Size = stored.Size });
        }

        await Send(context, stored);
    }

    public void Dispose() => _stored.Dispose();

    /// <summary>
    /// Runs the route uncompressed and unconditional to get the bytes to keep. Anything but a 200 is passed on as
    /// it is and not kept (a 404 for an unknown id must not fill the cache).
    /// </summary>
    private async Task<StoredRepresentation?> Render(HttpContext context)
    {
        var headers = context.Request.Headers;
        var acceptEncoding = headers.AcceptEncoding;
        var ifNoneMatch = headers.IfNoneMatch;
        headers.Remove(HeaderNames.AcceptEncoding);
        headers.Remove(HeaderNames.IfNoneMatch);
        var body = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await _next(context);
        }
        finally
        {
            context.Response.Body = body;
            headers.AcceptEncoding = acceptEncoding;
            headers.IfNoneMatch = ifNoneMatch;
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK && context.Response.ContentType is { } contentType)
        {
            return StoredRepresentation.Of(contentType, buffer.ToArray());
        }

        if (buffer.Length > 0)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(body, context.RequestAborted);
        }

        return null;
    }

    private static async Task Send(HttpContext context, StoredRepresentation stored)
    {
        var coding = ContentCodings.Choose(context.Request.Headers.AcceptEncoding);
        var (body, tag) = stored.In(coding);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (ConditionalGet.TagOrNotModified(context, tag))
        {
            return;
        }

        response.ContentType = stored.ContentType;
        response.Headers.ContentEncoding = coding.HeaderValue();
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }
}
