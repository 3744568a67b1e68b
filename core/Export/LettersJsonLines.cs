using Archive.Core.Content;
using Archive.Core.Json;
using Archive.Core.Letters;

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
    public static void Write(ArchiveContent archive, Stream output) => Write(archive, output, (_, _) => { });

    /// <summary>
    /// Writes the lines one letter at a time and hands each letter's JSON (its line without the line break, the
    /// API's answer for the letter) to <paramref name="eachLetter"/>: the site writes it beside the letter's page, so
    /// a build serializes each letter once for both files (issue 19).
    /// </summary>
    public static void Write(ArchiveContent archive, Stream output, Action<Letter, byte[]> eachLetter)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(eachLetter);
        foreach (var letter in archive.Letters)
        {
            var json = ArchiveJson.Bytes(LetterJson.From(letter, archive));
            output.Write(json);
            output.WriteByte((byte)'\n');
            eachLetter(letter, json);
        }
    }
}
