using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// A page's HTML source saved as the letter ("&lt;p&gt;Nairobi, 15 November 2023&lt;/p&gt;", "&lt;li&gt;Ogiek Peoples'
/// Development Program (OPDP), Nakuru, Kenya &amp;mdash; indigenous rights&lt;/li&gt;"): read as the text the page
/// shows. Each line loses its tags; an item of a list keeps a bullet, and a table's cells stay apart as columns; a break
/// inside a line ("H.E. the President&lt;br /&gt;State House, Nairobi") parts what it breaks with a comma, as an
/// address's lines are joined; a line of tags only is blank, and so is what a script, a style or a comment holds. Entities are read later, as a text
/// browser's are (<see cref="PageTextDump"/>). A letter is read so only when it is plainly HTML: five lines at least
/// with a tag that makes a block, so that "&lt;name@example.org&gt;" in an e-mail's header is left alone. Line
/// numbers are kept.
/// </summary>
internal static partial class HtmlSource
{
    public static List<string> Plain(List<string> lines)
    {
        if (lines.Count(l => BlockTag().IsMatch(l)) < 5)
        {
            return lines;
        }

        var plain = new List<string>(lines.Count);
        var hiddenUntil = (Regex?)null;
        foreach (var line in lines)
        {
            var text = line;
            if (hiddenUntil is not null)
            {
                // Inside "<script>…</script>" or "<!-- … -->": nothing the page shows, up to where it closes.
                var close = hiddenUntil.Match(text);
                if (!close.Success)
                {
                    plain.Add("");
                    continue;
                }

                (text, hiddenUntil) = (text[(close.Index + close.Length)..], null);
            }

            text = Hidden().Replace(text, "");
            if (HiddenOpens().Match(text) is { Success: true } opens)
            {
                hiddenUntil = opens.Groups["comment"].Success ? CommentCloses() : ElementCloses();
                text = text[..opens.Index];
            }

            var shown = OtherTag().Replace(Cells().Replace(ListItem().Replace(InlineBreak().Replace(text, ", "), "- "), "   "), "");
            plain.Add(shown.Trim().Length == 0 ? "" : shown.TrimEnd());
        }

        return plain;
    }

    [GeneratedRegex(@"</?(?:p|li|br|div|h[1-6]|tr|td|th|ul|ol|table|section|article)\b[^<>]*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    // "<br />", "</p><p>", "</li> <li>" with text after them on the line: where the page breaks the line.
    [GeneratedRegex(@"\s*(?:<br\s*/?>|</(?:p|li|div|h[1-6])>\s*<(?:p|li|div|h[1-6])\b[^<>]*>)\s*(?=[^<\s]|<(?:a|strong|b|em|i|span)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InlineBreak();

    // "<li>", "<li class="signatory">": an item of a list, printed with a bullet as a text browser prints it.
    [GeneratedRegex(@"<li\b[^<>]*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    // "</td><td>", "</th> <th>": where one cell ends and the next starts, a gap as wide as a column's.
    [GeneratedRegex(@"</t[dh]>\s*<t[dh]\b[^<>]*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Cells();

    // Any other tag, opening or closing, with its attributes.
    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>|<!DOCTYPE[^<>]*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OtherTag();

    // A comment, a script or a style that opens and closes on one line.
    [GeneratedRegex(@"<!--.*?-->|<(?<element>script|style)\b[^<>]*>.*?</\k<element>\s*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    // One that opens and goes on to the lines under it.
    [GeneratedRegex(@"(?<comment><!--)|<(?:script|style)\b[^<>]*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HiddenOpens();

    [GeneratedRegex(@"-->", RegexOptions.CultureInvariant)]
    private static partial Regex CommentCloses();

    [GeneratedRegex(@"</(?:script|style)\s*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ElementCloses();
}
