using System.IO.Compression;

namespace Archive.Api.Http;

/// <summary>
/// One answer kept by <see cref="RepresentationCache"/>: its media type and its bytes as sent uncompressed, with
/// Brotli and with gzip, each with its own strong ETag (RFC 9110 §8.8.3: a tag names exact bytes).
/// </summary>
internal sealed class StoredRepresentation
{
    private readonly (byte[] Body, string Tag) _identity;
    private readonly (byte[] Body, string Tag) _brotli;
    private readonly (byte[] Body, string Tag) _gzip;

    private StoredRepresentation(string contentType, byte[] identity, byte[] brotli, byte[] gzip)
    {
        ContentType = contentType;
        _identity = (identity, EntityTags.Of(identity));
        _brotli = (brotli, EntityTags.Of(brotli));
        _gzip = (gzip, EntityTags.Of(gzip));
    }

    public string ContentType { get; }

    /// <summary>The bytes kept, all codings together: what the entry costs the cache.</summary>
    public long Size => (long)_identity.Body.Length + _brotli.Body.Length + _gzip.Body.Length;

    /// <summary>
    /// Compresses the body once, at the smallest size: paid on the first request for this path only, where the
    /// response compression middleware would pay a faster, larger compression on every request.
    /// </summary>
    public static StoredRepresentation Of(string contentType, byte[] body)
    {
        var brotli = Compress(body, s => new BrotliStream(s, CompressionLevel.SmallestSize, leaveOpen: true));
        var gzip = Compress(body, s => new GZipStream(s, CompressionLevel.SmallestSize, leaveOpen: true));
        return new StoredRepresentation(contentType, body, brotli, gzip);
    }

    /// <summary>The bytes and tag for a content coding.</summary>
    public (byte[] Body, string Tag) In(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => _brotli,
        ContentCoding.Gzip => _gzip,
        _ => _identity,
    };

    private static byte[] Compress(byte[] body, Func<Stream, Stream> compressor)
    {
        using var compressed = new MemoryStream();
        using (var stream = compressor(compressed))
        {
            stream.Write(body);
        }

        return compressed.ToArray();
    }
}
