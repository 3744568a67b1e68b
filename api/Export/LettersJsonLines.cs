using System.Text.Json;
using Archive.Core.Content;
using Archive.Core.Json;

namespace Archive.Api.Export;

/// <summary>Every whole letter, newest first, one JSON object per line (JSON Lines), in the shape of <c>/api/v1/letters/{id}</c>.</summary>
internal static class LettersJsonLines
{
    /// <summary>Writes the lines one letter at a time, so memory holds one letter, not the whole export.</summary>
    public static void Write(ArchiveContent archive, Stream output)
    {
        foreach (var letter in archive.Letters)
        {
            JsonSerializer.Serialize(output, LetterJson.From(letter, archive), ArchiveJson.Options);
            output.WriteByte((byte)'\n');
        }
    }
}
