using System.Text;

namespace Archive.SiteGen.Import;

/// <summary>Reads a letter's text file, refusing what is not a letter: a missing, empty or binary file, or one that is not UTF-8 (with the line).</summary>
internal static class ReadSourceFile
{
    public static (byte[] Bytes, string Text)? From(string path, out ImportProblem? problem)
    {
        problem = null;
        if (!File.Exists(path))
        {
            problem = new ImportProblem(path, null, Directory.Exists(path) ? "this is a folder, not a letter's text file" : "no such file");
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = new ImportProblem(path, null, $"cannot read the file: {e.Message}");
            return null;
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            problem = new ImportProblem(path, LineOf(bytes, Array.IndexOf(bytes, (byte)0)), "this is a binary file, not a letter's plain text");
            return null;
        }

        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        string text;
        try
        {
            text = strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            problem = new ImportProblem(path, FirstInvalidLine(bytes, strict), "the file is not valid UTF-8 (perhaps Latin-1 or Windows-1252): save it as UTF-8 and import again");
            return null;
        }

        text = text.StartsWith('\uFEFF') ? text[1..] : text;
        if (text.Trim().Length == 0)
        {
            problem = new ImportProblem(path, null, "the file is empty");
            return null;
        }

        return (bytes, text);
    }

    private static int FirstInvalidLine(byte[] bytes, UTF8Encoding strict)
    {
        var start = 0;
        for (var line = 1; start <= bytes.Length; line++)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            end = end < 0 ? bytes.Length : end;
            try
            {
                strict.GetString(bytes, start, end - start);
            }
            catch (DecoderFallbackException)
            {
                return line;
            }

            start = end + 1;
        }

        return 1;
    }

    private static int LineOf(byte[] bytes, int offset) => 1 + bytes.Take(Math.Min(offset, bytes.Length)).Count(b => b == (byte)'\n');
}
