using Microsoft.Win32.SafeHandles;

namespace Archive.SiteGen.Build;

/// <summary>
/// A large file of a reused staging folder written as a stream (the data files of <c>/data/</c>, issue 19), with the
/// rule every file of a reused folder follows (<see cref="WriteSite.Staged"/>): the file there is left as it is when
/// the new bytes are the same. The bytes written are compared with the file's as they come; from the first one that
/// differs, the rest is written over it, and the file is cut to the new length. Nobody reads a staging folder, so the
/// file may be half old, half new while it is written.
/// </summary>
internal sealed class RewriteWhereChanged : Stream
{
    private readonly SafeFileHandle _file;
    private readonly byte[] _existing = new byte[1 << 16];
    private long _length;
    private bool _differs;

    public RewriteWhereChanged(string path) =>
        _file = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite);

    /// <summary>Whether the file's bytes changed (known once the stream is disposed).</summary>
    public bool Changed { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    /// <summary>How many bytes were written.</summary>
    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!_differs && buffer.Length > 0)
        {
            // Compared a chunk at a time with the bytes at the same place in the file.
            var chunk = buffer[..Math.Min(buffer.Length, _existing.Length)];
            var read = 0;
            while (read < chunk.Length && RandomAccess.Read(_file, _existing.AsSpan(read, chunk.Length - read), _length + read) is var count and > 0)
            {
                read += count;
            }

            var same = chunk[..read].CommonPrefixLength(_existing.AsSpan(0, read));
            _length += same;
            buffer = buffer[same..];
            _differs = same < chunk.Length;
        }

        // The writers streaming into this one (StreamWriter, XmlWriter, Utf8JsonWriter) buffer their output: no buffer here.
        if (buffer.Length > 0)
        {
            RandomAccess.Write(_file, buffer, _length);
            _length += buffer.Length;
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            var before = RandomAccess.GetLength(_file);
            Changed = _differs || before != _length;
            if (before != _length)
            {
                RandomAccess.SetLength(_file, _length);
            }

            _file.Dispose();
        }

        base.Dispose(disposing);
    }
}
