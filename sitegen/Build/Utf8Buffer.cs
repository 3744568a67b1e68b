using System.Text;

namespace Archive.SiteGen.Build;

/// <summary>
/// A page's HTML as UTF-8, in a buffer each thread reuses for every page it writes: one write per file, and no
/// per-file stream buffers (with a FileStream and a StreamWriter per page, those were a fifth of what a build
/// allocated).
/// </summary>
internal static class Utf8Buffer
{
    // Above this the buffer held a rare huge page; keeping it would hold that memory for the rest of the build.
    private const int MaxKeptBytes = 4 << 20;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [ThreadStatic]
    private static byte[]? _bytes;

    [ThreadStatic]
    private static Encoder? _encoder;

    /// <summary>The UTF-8 of <paramref name="html"/>, valid until this thread encodes its next page.</summary>
    public static ReadOnlySpan<byte> Encode(StringBuilder html)
    {
        var needed = Utf8.GetMaxByteCount(html.Length);
        if (_bytes is null || _bytes.Length < needed || _bytes.Length > MaxKeptBytes)
        {
            _bytes = new byte[Math.Max(needed, 64 * 1024)];
        }

        var encoder = _encoder ??= Utf8.GetEncoder();
        encoder.Reset();
        var written = 0;
        var chunks = html.GetChunks();
        // Chunk by chunk with one encoder: a character outside the Basic Multilingual Plane can straddle two chunks.
        while (chunks.MoveNext())
        {
            written += encoder.GetBytes(chunks.Current.Span, _bytes.AsSpan(written), flush: false);
        }

        written += encoder.GetBytes([], _bytes.AsSpan(written), flush: true);
        return _bytes.AsSpan(0, written);
    }
}
