using System.Net;
using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// A web page saved as text by a text-mode browser or a converter ("lynx -dump", "w3m", a CMS's plain-text export):
/// what the page showed, with what the conversion left of its markup. Entities the page's source wrote instead of
/// characters ("Fundación Huésped &#8211; Argentina", "&nbsp;", "&amp;") are read as the characters they stand for; a
/// link's number printed before its text ("[17]Fundación Huésped") is no part of the name; and the list of those links
/// at the end ("References" / "1. https://…") is no part of the letter. Line numbers are kept.
/// </summary>
internal static partial class PageTextDump
{
    public static List<string> Read(List<string> lines)
    {
        var links = LinkList(lines);
        return [.. lines.Select((line, i) => i >= links ? "" : Characters(WithoutLinkNumbers(line)))];
    }

    // Only entities that name a character are decoded: "Gay & Lesbian Network" and "AT&T" have none, and stay as printed.
    private static string Characters(string line) => Entity().IsMatch(line) ? WebUtility.HtmlDecode(line).Replace('\u00A0', ' ') : line;

    // "[17]Fundación Huésped", "   [2]Coalición Latinoamericana": a number in brackets glued to the word it links.
    // A footnote's mark follows a word ("Name[2]", "Name [2]") and a numbered item has a space after it ("[1] Name"); both
    // stay for the steps that read them.
    private static string WithoutLinkNumbers(string line) => LinkNumber().Replace(line, "");

    /// <summary>
    /// The index of "References" (lynx), "Visible links" or "Referencias" when the lines under it, to the end, are the
    /// page's links numbered ("1. https://…"); the number of lines when there is no such list.
    /// </summary>
    private static int LinkList(List<string> lines)
    {
        var heading = lines.FindLastIndex(l => LinkListHeading().IsMatch(l.Trim()));
        if (heading < 0)
        {
            return lines.Count;
        }

        var under = lines.Skip(heading + 1).Where(l => l.Trim().Length > 0).ToList();
        return under.Count > 0 && under.All(l => NumberedAddress().IsMatch(l.Trim())) ? heading : lines.Count;
    }

    [GeneratedRegex(@"&(?:#\d{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8}\d{0,2});", RegexOptions.CultureInvariant)]
    private static partial Regex Entity();

    [GeneratedRegex(@"(?<![\p{L}\p{N}\]])\[\d{1,4}\](?=[\p{L}\p{N}""“'(¿¡])", RegexOptions.CultureInvariant)]
    private static partial Regex LinkNumber();

    [GeneratedRegex(@"^(?:References|Visible links|Hidden links|Referencias|Références|Referências|Links):?$", RegexOptions.CultureInvariant)]
    private static partial Regex LinkListHeading();

    [GeneratedRegex(@"^\d{1,4}\.\s+(?:https?|ftp|mailto|file|javascript):\S*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberedAddress();
}
