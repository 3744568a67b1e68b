using System.Text;

namespace Archive.SiteGen.Build.Templates;

/// <summary>
/// A page's HTML as UTF-8, in a buffer each thread reuses for every page it writes: one write per file, and no
/// per-file stream buffers (with a FileStream and a StreamWriter per page, those were a fifth of what a build
/// allocated).
/// </summary>
internal static class Utf8Buffer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly ThreadLocal<ReusedBytes> Bytes = new(() => new ReusedBytes());

    /// <summary>The UTF-8 of <paramref name="html"/>, valid until this thread encodes its next page.</summary>
    public static ReadOnlySpan<byte> Encode(ReadOnlySpan<char> html)
    {
        var bytes = Bytes.Value!.AtLeast(Utf8.GetMaxByteCount(html.Length));
        return bytes.AsSpan(0, Utf8.GetBytes(html, bytes));
    }
}
