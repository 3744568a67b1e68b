namespace Archive.SiteGen.Build;

/// <summary>
/// Byte arrays a thread keeps and reuses from file to file (each user keeps its own in a <c>[ThreadStatic]</c>
/// field), instead of a new array for every page it encodes or reads.
/// </summary>
internal static class ReusedBytes
{
    // A rare huge file gets an array of its own: kept, it would hold that memory for the rest of the build.
    private const int MaxKeptBytes = 4 << 20;

    /// <summary>An array of at least <paramref name="length"/> bytes: <paramref name="kept"/>, grown when too small.</summary>
    public static byte[] AtLeast(ref byte[]? kept, int length)
    {
        if (kept is not null && kept.Length >= length)
        {
            return kept;
        }

        var bytes = new byte[Math.Max(length, 64 * 1024)];
        if (length <= MaxKeptBytes)
        {
            kept = bytes;
        }

        return bytes;
    }
}
