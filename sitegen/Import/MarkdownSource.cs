using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// A letter kept as Markdown (a repository's README, a page's source): it is read as the text it shows. Headings lose
/// their "#" (a section after the signatories' own, at its level or above, ends the list), "**bold**" and "_emphasis_"
/// their marks, a link "[Name](https://…)" keeps only its text, and what a code block holds (a template of a line to
/// add, a command) is no part of the letter, nor is an HTML comment ("<!-- add your organisation in alphabetical order;
/// format: - **Name** (Country) -->"), which the page does not show. A letter is read so only when it is plainly Markdown: two headings at
/// least (a table's row of dashes under its header counts as one), or two links, so that a "#" or a "*" in plain text
/// is left alone.
/// </summary>
internal static partial class MarkdownSource
{
    /// <summary>
    /// "---" / "title: …" / "date: 2024-10-16" / "layout: post" / "---" at the top of a page's source: what the site
    /// keeps about the page (when it was posted, its tags), which the page does not show; the letter's own dateline is
    /// below it. Blanked, at its own line numbers.
    /// </summary>
    public static List<string> WithoutFrontMatter(List<string> lines)
    {
        var first = lines.FindIndex(l => l.Trim().Length > 0);
        if (first < 0 || lines[first].Trim() != "---")
        {
            return lines;
        }

        var end = lines.FindIndex(first + 1, l => l.Trim() is "---" or "...");
        return end > first + 1 && lines.Skip(first + 1).Take(end - first - 1).All(l => l.Trim().Length == 0 || FrontMatterLine().IsMatch(l))
            ? [.. lines.Select((l, i) => i >= first && i <= end ? "" : l)]
            : lines;
    }

    // "date: 2024-10-16", "tags: [gcf, letters]", "  - letters": a key and its value, or an item of a list under a key.
    // Its keys are in small letters: a memo's headers between two rules ("To: …", "Date: …") are the letter's own.
    [GeneratedRegex(@"^(?:[a-z_][a-z0-9_-]*\s*:(?:\s.*)?|\s+-\s+.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex FrontMatterLine();

    public static List<string> Plain(List<string> lines)
    {
        lines = WithoutFrontMatter(lines);
        if (lines.Count(l => AtxHeading().IsMatch(l)) + lines.Count(l => TableDelimiter().IsMatch(l)) < 2 && lines.Sum(l => Link().Count(l)) < 2)
        {
            return lines;
        }

        var plain = new List<string>(lines.Count);
        var inCode = false;
        var inComment = false;
        int? listLevel = null;
        var ended = false;
        foreach (var line in lines)
        {
            if (ended)
            {
                plain.Add("");
                continue;
            }

            if (Fence().IsMatch(line))
            {
                inCode = !inCode;
                plain.Add("");
                continue;
            }

            if (inCode)
            {
                plain.Add("");
                continue;
            }

            if (inComment || line.TrimStart().StartsWith("<!--", StringComparison.Ordinal))
            {
                inComment = !line.Contains("-->", StringComparison.Ordinal);
                plain.Add("");
                continue;
            }

            if (AtxHeading().Match(line) is { Success: true } heading)
            {
                var level = heading.Groups["level"].Length;
                var title = Strong().Replace(heading.Groups["text"].Value, "${text}");
                if (BlockBoundary.IsHeading(title, out _))
                {
                    listLevel ??= level;
                }
                else if (level <= listLevel && PlaceHeading.TryRead(title) is null)
                {
                    // "## How to sign" after "## Signatories": a section of its own, after the list, ends it.
                    ended = true;
                    plain.Add("");
                    continue;
                }
            }

            var text = AtxHeading().Replace(line, "${text}");
            text = Link().Replace(text, "${text}");
            text = Strong().Replace(text, "${text}");
            text = Emphasis().Replace(text, "${text}");
            plain.Add(text);
        }

        return plain;
    }

    /// <summary>
    /// "_Kampala, 21st March 2023_", "*To: the Speaker of Parliament*": a chat message (WhatsApp, Signal, Telegram) and
    /// many a plain e-mail mark a whole line bold or italic with one star, underscore or tilde at each end. The line is
    /// read without them, as its date, addressee or heading; a mark inside a line is left alone.
    /// </summary>
    public static List<string> WithoutLineEmphasis(List<string> lines) =>
        [.. lines.Select(l => LineEmphasis().Match(l) is { Success: true } marked ? marked.Groups["indent"].Value + marked.Groups["text"].Value : l)];

    [GeneratedRegex(@"^(?<indent>\s*)(?<mark>[*_~])(?<text>[^\s*_~](?:[^*_~]*[^\s*_~])?)\k<mark>\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LineEmphasis();

    // "## Signatories", "### Organisations ###"; not "#   |  Organisation   |  Country", a table's number column.
    [GeneratedRegex(@"^\s{0,3}(?<level>#{1,6})(?>\s+)(?<text>(?!\|).*?)(?:\s+#+)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AtxHeading();

    // "[Aegis Trust](https://aegistrust.org)", "![logo](logo.png)".
    [GeneratedRegex(@"!?\[(?<text>[^\[\]]*)\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+""[^""]*"")?\)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    // "|---:|---|---|": the row under a table's header.
    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TableDelimiter();

    [GeneratedRegex(@"^\s{0,3}(?:```|~~~)", RegexOptions.CultureInvariant)]
    private static partial Regex Fence();

    [GeneratedRegex(@"(?<mark>\*\*|__)(?=\S)(?<text>.+?)(?<=\S)\k<mark>", RegexOptions.CultureInvariant)]
    private static partial Regex Strong();

    // "_Listed alphabetically._", "*in formation*": a star or underscore that opens after a space or the line's start
    // and closes before one; "* Aegis Trust" (a bullet) and "snake_case" are not emphasis.
    [GeneratedRegex(@"(?<![\p{L}\d*_])(?<mark>[*_])(?=[^\s*_])(?<text>[^*_]+?)(?<=[^\s*_])\k<mark>(?![\p{L}\d*_])", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();
}
