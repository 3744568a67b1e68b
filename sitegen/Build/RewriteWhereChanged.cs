using Microsoft.Win32.SafeHandles;

namespace Archive.SiteGen.Build;

/// <summary>
/// A large file of a reused staging folder written as a stream (the data files of <c>/data/</c>, issue 19), with the
/// rule every file of a site already there follows (<see cref="SameBytes"/>): the file there is left as it is when
/// the new bytes are the same. The bytes written are compared with the file's as they come; from the first one that
/// differs, the rest is written over it, and the file is cut to the new length. Nobody reads a staging folder, so the
/// file may be half old, half new while it is written.
/// </summary>
internal sealed class RewriteWhereChanged : Stream
{
    private readonly SafeFileHandle _file;
    private readonly SameBytes _same;
    private long _length;

    public RewriteWhereChanged(string path)
    {
        _file = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite);
        _same = new SameBytes(_file);
    }

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
        // The bytes the file already has at their place are left; from the first that differs, the rest is written.
        var same = _same.Compare(buffer);
        _length += same;
        buffer = buffer[same..];

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
            Changed = !_same.HoldsAll;
            if (RandomAccess.GetLength(_file) != _length)
            {
                RandomAccess.SetLength(_file, _length);
            }

            _same.Dispose();
            _file.Dispose();
        }

        base.Dispose(disposing);
    }
}
