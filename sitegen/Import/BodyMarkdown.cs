using System.Text;
using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// Turns the plain-text body of a letter into Markdown: blank lines separate paragraphs, the lines of a paragraph
/// are joined, and list items ("-", "•", "*", "1.", "1)", "a)") become Markdown list items. Characters that
/// Markdown would read as formatting are escaped, so the text shows exactly as printed.
/// </summary>
internal static partial class BodyMarkdown
{
    public static string From(IEnumerable<string> lines)
    {
        var blocks = new List<string>();
        var paragraph = new StringBuilder();
        var items = new List<string>();

        void FlushParagraph()
        {
            if (paragraph.Length > 0)
            {
                blocks.Add(EscapeStart(Escape(paragraph.ToString())));
                paragraph.Clear();
            }
        }

        void FlushList()
        {
            if (items.Count > 0)
            {
                blocks.Add(string.Join('\n', items));
                items.Clear();
            }
        }

        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                FlushParagraph();
                FlushList();
                continue;
            }

            if (ListItem().Match(line) is { Success: true } item)
            {
                FlushParagraph();
                var marker = item.Groups["number"].Success ? item.Groups["number"].Value + ". "
                    : item.Groups["letter"].Success ? "- " + item.Groups["letter"].Value + ") "
                    : "- ";
                items.Add(marker + Escape(item.Groups["text"].Value.Trim()));
            }
            else if (items.Count > 0)
            {
                // A wrapped list item: the line continues the item above it.
                items[^1] += " " + Escape(line);
            }
            else
            {
                paragraph.Append(paragraph.Length > 0 ? " " : "").Append(line);
            }
        }

        FlushParagraph();
        FlushList();
        return string.Join("\n\n", blocks) + "\n";
    }

    private static string Escape(string text) => Special().Replace(text, @"\$0");

    // A paragraph that starts like a heading, quote or list ("# 1", "> ", "2009. ") is text, not structure.
    private static string EscapeStart(string text) =>
        BlockStart().IsMatch(text) ? "\\" + text : OrderedStart().Replace(text, @"$1\.", 1);

    [GeneratedRegex(@"^(?:[-•*–·▪◦]\s+|(?<number>\d{1,3})[.)]\s+|\(?(?<letter>[a-z])\)\s+)(?<text>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"[\\`*_\[\]<>|]", RegexOptions.CultureInvariant)]
    private static partial Regex Special();

    [GeneratedRegex(@"^(?:#|>|\+\s|-\s|=)", RegexOptions.CultureInvariant)]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"^(\d+)\.(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex OrderedStart();
}
