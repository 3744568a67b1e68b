using Archive.Api.Http;

namespace Archive.Api.Export;

/// <summary>
/// One export as files on disk: its bytes uncompressed, with Brotli and with gzip, each with its own strong ETag
/// (RFC 9110 §8.8.3: a tag names exact bytes), and the time the content last changed.
/// </summary>
internal sealed record ExportFile(string DownloadName, string ContentType, DateTimeOffset LastModified, IReadOnlyDictionary<ContentCoding, (string Path, string Tag)> Codings)
{
    /// <summary>The file and tag for a content coding.</summary>
    public (string Path, string Tag) In(ContentCoding coding) => Codings[coding];
}
