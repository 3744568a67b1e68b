using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Archive.SiteGen.Build;

/// <summary>
/// The one rule for whether a build rewrites a file where a site already is (a reused staging folder, or the live site
/// <c>serve</c> updates): a file that already holds exactly the bytes the build makes is left as it is, so an
/// unchanged file is neither written nor touched. The bytes are compared as they come, a chunk at a time, with the
/// bytes at the same place in the file, so a file written as a stream (a data file of a gigabyte) is never held whole.
/// Every way of writing a site's file asks it: a page (<see cref="Holds(string, ReadOnlySpan{byte})"/>), a data file
/// rewritten where it differs (<see cref="RewriteWhereChanged"/>) and a live file replaced whole (<see cref="WriteSite.IfChanged(string, Action{Stream})"/>).
/// </summary>
internal sealed class SameBytes : IDisposable
{
    private const int ChunkBytes = 1 << 16;

    private readonly SafeFileHandle? _file;
    private readonly bool _ownsFile;
    private readonly byte[] _existing = ArrayPool<byte>.Shared.Rent(ChunkBytes);

    /// <summary>Compares with the file open as <paramref name="file"/> (left open), or with no file at all (null).</summary>
    public SameBytes(SafeFileHandle? file) => _file = file;

    private SameBytes(string path)
    {
        _file = File.Exists(path) ? File.OpenHandle(path, FileMode.Open, FileAccess.Read) : null;
        _ownsFile = true;
    }

    /// <summary>How many bytes have been compared and found the same, from the start.</summary>
    public long Length { get; private set; }

    /// <summary>Whether a byte differed from the file's (or ran past its end); once true, later bytes are not compared.</summary>
    public bool Differs { get; private set; }

    /// <summary>Whether the file at <paramref name="path"/> exists and holds exactly <paramref name="bytes"/>.</summary>
    public static bool Holds(string path, ReadOnlySpan<byte> bytes)
    {
        using var same = new SameBytes(path);
        // A file of another length cannot hold them: not read at all.
        if (same._file is null || RandomAccess.GetLength(same._file) != bytes.Length)
        {
            return false;
        }

        same.Compare(bytes);
        return same.HoldsAll;
    }

    /// <summary>Whether the file at <paramref name="path"/> exists and holds exactly the bytes of <paramref name="other"/>.</summary>
    public static bool Holds(string path, Stream other)
    {
        using var same = new SameBytes(path);
        var chunk = new byte[ChunkBytes];
        while (!same.Differs && other.Read(chunk) is var count and > 0)
        {
            same.Compare(chunk.AsSpan(0, count));
        }

        return same.HoldsAll;
    }

    /// <summary>
    /// Compares the next bytes with the file's at the same place; returns how many of them, from the first, are the
    /// same (all of them while nothing has differed; after the first difference, none).
    /// </summary>
    public int Compare(ReadOnlySpan<byte> next)
    {
        var same = 0;
        while (!Differs && same < next.Length)
        {
            var chunk = next[same..][..Math.Min(next.Length - same, _existing.Length)];
            var read = 0;
            while (_file is not null && read < chunk.Length && RandomAccess.Read(_file, _existing.AsSpan(read, chunk.Length - read), Length + read) is var count and > 0)
            {
                read += count;
            }

            var prefix = chunk[..read].CommonPrefixLength(_existing.AsSpan(0, read));
            Length += prefix;
            same += prefix;
            Differs = prefix < chunk.Length;
        }

        return same;
    }

    /// <summary>Whether every byte compared was the same and the file has no more: it holds exactly these bytes.</summary>
    public bool HoldsAll => !Differs && _file is not null && RandomAccess.GetLength(_file) == Length;

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_existing);
        if (_ownsFile)
        {
            _file?.Dispose();
        }
    }
}
