namespace Archive.Api.Http;

/// <summary>
/// Gives every successful GET a strong ETag (a hash of the exact bytes sent) and a public cache lifetime, and answers
/// 304 Not Modified when the client already has those bytes (RFC 9110 §13.1.2). It sits outside response
/// compression, so a gzip and a Brotli body each get their own tag, as strong validators require.
/// </summary>
internal sealed class ConditionalGet(RequestDelegate next)
{
    public const string CacheControl = "public, max-age=300";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
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

        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            var tag = EntityTags.Of(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            context.Response.Headers.ETag = tag;
            context.Response.Headers.CacheControl = CacheControl;
            if (EntityTags.Matches(context.Request.Headers.IfNoneMatch, tag))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                context.Response.Headers.ContentType = default;
                return;
            }
        }

        // An empty error response is left without a length so the status-code page can still write its problem details.
        if (buffer.Length > 0)
        {
            context.Response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(body, context.RequestAborted);
        }
    }
}
