namespace Archive.Api.Http;

/// <summary>The content codings the API sends, and which one a request's Accept-Encoding asks for (RFC 9110 §12.5.3).</summary>
internal enum ContentCoding
{
    Identity,
    Brotli,
    Gzip,
}
