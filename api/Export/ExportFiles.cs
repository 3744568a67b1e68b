using System.Text;
using Archive.Api.Content;

namespace Archive.Api.Export;

/// <summary>The bulk downloads, written once on first request (the content never changes while the API runs).</summary>
internal sealed class ExportFiles(LoadedArchive archive)
{
    private readonly Lazy<byte[]> _letters = new(() => Encoding.UTF8.GetBytes(LettersJsonLines.Write(archive.Content)));
    private readonly Lazy<byte[]> _signatories = new(() => Encoding.UTF8.GetBytes(SignatoriesCsv.Write(archive.Content)));

    public byte[] Letters => _letters.Value;

    public byte[] Signatories => _signatories.Value;
}
