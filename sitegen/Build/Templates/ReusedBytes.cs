namespace Archive.SiteGen.Build.Templates;

/// <summary>
/// A byte array a thread keeps and reuses from file to file, instead of a new array for every page it encodes or
/// reads. Each use keeps one per thread in a <see cref="ThreadLocal{T}"/>, the one way the build keeps per-thread
/// buffers.
/// </summary>
internal sealed class ReusedBytes
{
    // A rare huge file gets an array of its own: kept, it would hold that memory for the rest of the build.
    private const int MaxKeptBytes = 4 << 20;

    private byte[]? _kept;

    /// <summary>An array of at least <paramref name="length"/> bytes: the kept one, or a new one when it is too small.</summary>
    public byte[] AtLeast(int length)
    {
        if (_kept is not null && _kept.Length >= length)
        {
            return _kept;
        }

        var bytes = new byte[Math.Max(length, 64 * 1024)];
        if (length <= MaxKeptBytes)
        {
            _kept = bytes;
        }

        return bytes;
    }
}
