namespace Archive.Api.Http;

/// <summary>
/// Gives every successful GET a strong ETag (a hash of the exact bytes sent) and a public cache lifetime, and answers
/// 304 Not Modified when the client already has those bytes (RFC 9110 §13.1.2). It sits outside response
/// compression, so a gzip and a Brotli body each get their own tag, as strong validators require.
/// </summary>
/// <remarks>
/// The one place an answer is tagged and If-None-Match answered (<see cref="TagOrNotModified"/>): for the answers
/// buffered here, and for those <see cref="RepresentationCache"/> sends from memory without coming here. Tags
/// themselves are <see cref="EntityTags"/>.
/// </remarks>
internal sealed class ConditionalGet(RequestDelegate next)
{
    public const string CacheControl = "public, max-age=300";

    public async Task InvokeAsync(HttpContext context)
    {
        if ((!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            || context.GetEndpoint()?.Metadata.GetMetadata<OwnCaching>() is not null)
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK
            && TagOrNotModified(context, EntityTags.Of(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))))
        {
            return;
        }

        // An empty error response is left without a length so the status-code page can still write its problem details.
        if (buffer.Length > 0)
        {
            context.Response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(body, context.RequestAborted);
        }
    }

    /// <summary>
    /// Puts <paramref name="tag"/>, the tag of the exact bytes a 200 would send, and the cache lifetime on the answer;
    /// when If-None-Match holds the tag, makes the answer a 304 instead and returns true: the caller sends no body.
    /// A 304 keeps the validators and caching headers (ETag, Cache-Control, Vary) and drops the representation's own
    /// (RFC 9110 §15.4.5).
    /// </summary>
    public static bool TagOrNotModified(HttpContext context, string tag)
    {
        var response = context.Response;
        response.Headers.ETag = tag;
        response.Headers.CacheControl = CacheControl;
        if (!EntityTags.Matches(context.Request.Headers.IfNoneMatch, tag))
        {
            return false;
        }

        response.StatusCode = StatusCodes.Status304NotModified;
        response.ContentLength = null;
        response.Headers.ContentType = default;
        response.Headers.ContentEncoding = default;
        return true;
    }
}
