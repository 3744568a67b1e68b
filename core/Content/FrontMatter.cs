namespace Archive.Core.Content;

/// <summary>A Markdown file split into its YAML front matter (between <c>---</c> lines) and its body.</summary>
/// <param name="Yaml">The YAML between the fences.</param>
/// <param name="YamlLineOffset">What to add to a line of <paramref name="Yaml"/> to get the line in the file.</param>
/// <param name="Body">The Markdown after the closing fence, without the empty lines before and after it.</param>
/// <param name="BodyLine">The file line the body's first line is on (for an empty body, the line after the fence).</param>
internal sealed record FrontMatter(string Yaml, int YamlLineOffset, string Body, int BodyLine)
{
    private const string Fence = "---";

    /// <summary>Splits the text, or returns null with the reason when it has no front matter block.</summary>
    public static FrontMatter? Split(string text, out string? problem)
    {
        // Walks the lines by index instead of splitting the whole file: the body is most of a letter and is
        // taken whole, in one substring.
        var firstEnd = LineEnd(text, 0);
        if (!text.AsSpan(0, firstEnd).TrimEnd().SequenceEqual(Fence))
        {
            problem = "a letter starts with its front matter: a line '---', the YAML fields, and another line '---'";
            return null;
        }

        var yamlStart = Math.Min(firstEnd + 1, text.Length);
        var lineNumber = 2;
        for (var start = yamlStart; firstEnd < text.Length && start <= text.Length; lineNumber++)
        {
            var end = LineEnd(text, start);
            var line = text.AsSpan(start, end - start).TrimEnd();
            if (line.SequenceEqual(Fence) || line.SequenceEqual("..."))
            {
                problem = null;
                var yaml = start > yamlStart ? text[yamlStart..(start - 1)] : "";
                // One substring of the trimmed span: trimming a substring would copy the body twice.
                ReadOnlySpan<char> after = end < text.Length ? text.AsSpan(end + 1) : [];
                var body = new string(after.Trim('\n'));
                // The body's first line, past the empty lines trimmed before it (the line after the fence when it is empty).
                var emptyLines = body.Length > 0 ? after.Length - after.TrimStart('\n').Length : 0;
                return new FrontMatter(yaml, 1, body, lineNumber + 1 + emptyLines);
            }

            if (end == text.Length)
            {
                break;
            }

            start = end + 1;
        }

        problem = "the front matter is never closed: add a line '---' after the last field";
        return null;
    }

    // The index of the newline ending the line that starts at start, or the text's length for the last line.
    private static int LineEnd(string text, int start)
    {
        var newline = text.IndexOf('\n', start);
        return newline < 0 ? text.Length : newline;
    }
}
