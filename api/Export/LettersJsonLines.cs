using System.Text;
using System.Text.Json;
using Archive.Core.Content;
using Archive.Core.Json;

namespace Archive.Api.Export;

/// <summary>Every whole letter, newest first, one JSON object per line (JSON Lines), in the shape of <c>/api/v1/letters/{id}</c>.</summary>
internal static class LettersJsonLines
{
    public static string Write(ArchiveContent archive)
    {
        var lines = new StringBuilder();
        foreach (var letter in archive.Letters)
        {
            lines.Append(JsonSerializer.Serialize(LetterJson.From(letter, archive), ArchiveJson.Options)).Append('\n');
        }

        return lines.ToString();
    }
}
