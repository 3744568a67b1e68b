namespace Archive.Core.Content;

/// <summary>A Markdown file split into its YAML front matter (between <c>---</c> lines) and its body.</summary>
/// <param name="Yaml">The YAML between the fences.</param>
/// <param name="YamlLineOffset">What to add to a line of <paramref name="Yaml"/> to get the line in the file.</param>
/// <param name="Body">The Markdown after the closing fence.</param>
/// <param name="BodyLine">The file line the body starts on.</param>
internal sealed record FrontMatter(string Yaml, int YamlLineOffset, string Body, int BodyLine)
{
    private const string Fence = "---";

    /// <summary>Splits the text, or returns null with the reason when it has no front matter block.</summary>
    public static FrontMatter? Split(string text, out string? problem)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != Fence)
        {
            problem = "a letter starts with its front matter: a line '---', the YAML fields, and another line '---'";
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is Fence or "...")
            {
                problem = null;
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatter(yaml, 1, body, i + 2);
            }
        }

        problem = "the front matter is never closed: add a line '---' after the last field";
        return null;
    }
}
