using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Archive.Api.Http;

/// <summary>Choosing a <see cref="ContentCoding"/> from Accept-Encoding.</summary>
internal static class ContentCodings
{
    /// <summary>The header value of a coding (none for identity).</summary>
    public static string? HeaderValue(this ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => "br",
        ContentCoding.Gzip => "gzip",
        _ => null,
    };

    /// <summary>
    /// Middleware, in front of response compression: every answer made behind it is chosen by Accept-Encoding,
    /// compressed or not, so every one says so (RFC 9110 §12.5.5), or a shared cache could hand a client that
    /// sent no Accept-Encoding the Brotli copy it stored for another.
    /// </summary>
    public static Task VaryByAcceptEncoding(HttpContext context, RequestDelegate next)
    {
        context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        return next(context);
    }

    /// <summary>
    /// The coding with the highest quality value above 0 (a <c>*</c> stands for any coding not named); Brotli
    /// before gzip when they tie, as it is smaller; identity when neither is acceptable or the header is missing or
    /// unreadable.
    /// </summary>
    public static ContentCoding Choose(StringValues acceptEncoding)
    {
        if (acceptEncoding.Count == 0 || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var offers))
        {
            return ContentCoding.Identity;
        }

        var brotli = QualityOf(offers, "br");
        var gzip = QualityOf(offers, "gzip");
        if (brotli <= 0 && gzip <= 0)
        {
            return ContentCoding.Identity;
        }

        return brotli >= gzip ? ContentCoding.Brotli : ContentCoding.Gzip;
    }

    private static double QualityOf(IList<StringWithQualityHeaderValue> offers, string coding)
    {
        var named = offers.FirstOrDefault(o => o.Value.Equals(coding, StringComparison.OrdinalIgnoreCase));
        var any = offers.FirstOrDefault(o => o.Value.Equals("*", StringComparison.Ordinal));
        return (named ?? any) is { } offer ? offer.Quality ?? 1 : 0;
    }
}
