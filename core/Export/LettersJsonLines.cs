using System.Text.Json;
using Archive.Core.Content;
using Archive.Core.Json;

namespace Archive.Core.Export;

/// <summary>
/// <c>letters.jsonl</c>: every whole letter, newest first, one JSON object per line (JSON Lines), in the shape of
/// <c>/api/v1/letters/{id}</c>. The site's <c>/data/letters.jsonl</c> and the API's export are these bytes (issue 19).
/// </summary>
public static class LettersJsonLines
{
    /// <summary>The file's name.</summary>
    public const string File = "letters.jsonl";

    /// <summary>Writes the lines one letter at a time, so memory holds one letter, not the whole export.</summary>
    public static void Write(ArchiveContent archive, Stream output)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var letter in archive.Letters)
        {
            JsonSerializer.Serialize(output, LetterJson.From(letter, archive), ArchiveJson.Options);
            output.WriteByte((byte)'\n');
        }
    }
}
