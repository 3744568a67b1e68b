using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// A list of signatories printed as a note: the signature refers to it ("The organisations listed in note 1") and
/// the list follows at the end under the note's number ("¹ This letter is signed by the following organisations:"),
/// where any other note is a reference, not a list.
/// </summary>
internal static partial class ListInANote
{
    /// <summary>
    /// The block with the signature that refers to a note, and the note's own mark and introduction, taken out: the
    /// note's entries are then read as the list, and the next note ends it as any note does.
    /// </summary>
    public static List<(string Text, int Line)> Unfolded(List<(string Text, int Line)> lines)
    {
        var referral = lines.FindIndex(l => Referral().IsMatch(l.Text.Trim()));
        if (referral < 0)
        {
            return lines;
        }

        var number = Referral().Match(lines[referral].Text.Trim()).Groups["note"].Value;
        var note = lines.FindIndex(referral + 1, l => MarkOf(l.Text.Trim()) == NoteNumber(number));
        if (note < 0)
        {
            return lines;
        }

        var result = new List<(string Text, int Line)>(lines);
        result[referral] = ("", lines[referral].Line);
        var firstLine = NoteMark().Replace(lines[note].Text.Trim(), "", 1).Trim();
        // "¹ This letter is signed by the following organisations:" introduces the list; "¹ Aegis Trust – UK" starts it.
        result[note] = (firstLine.EndsWith(':') ? "" : firstLine, lines[note].Line);
        return result;
    }

    // The note's number as a plain number, from "1", "¹", "[1]" or "(1)".
    private static int NoteNumber(string mark)
    {
        var digits = string.Concat(mark.Select(c => Superscripts.IndexOf(c) is var d and >= 0 ? (char)('0' + d) : c).Where(char.IsAsciiDigit));
        return digits.Length is > 0 and <= 2 ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : -1;
    }

    // The number of the note a line starts, or -1 when it starts none.
    private static int MarkOf(string text) => NoteMark().Match(text) is { Success: true } m ? NoteNumber(m.Value) : -1;

    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    // "The organisations listed in note 1", "Signatories: see note 1", "Les organisations énumérées en note 1",
    // "Las organizaciones que figuran en la nota 1", "Siehe Fußnote 1".
    [GeneratedRegex(@"^(?:(?:the\s+)?(?:organi[sz]ations|signatories|signatory\s+organi[sz]ations|undersigned)\s+(?:listed|named|set\s+out|given)\s+in\s+(?:foot|end)?note|(?:signatories\s*:\s*)?see\s+(?:foot|end)?note|(?:les\s+)?(?:organisations|signataires)\s+(?:énumérées|listées|mentionnées|citées)\s+(?:en|à\s+la|dans\s+la)\s+note|voir\s+(?:la\s+)?note|(?:las\s+)?(?:organizaciones|firmantes)\s+(?:que\s+figuran|enumeradas|listadas|citadas)\s+en\s+la\s+nota|ver\s+(?:la\s+)?nota|(?:siehe\s+)?(?:fußnote|anmerkung))\s+(?<note>\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹])\s*[.,]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Referral();

    // A note's mark at the start of its line: "¹", "1", "[1]", "(1)", "1." followed by its text.
    [GeneratedRegex(@"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\d{1,2}\.?|\[\d{1,2}\]|\(\d{1,2}\))(?=\s*\S)", RegexOptions.CultureInvariant)]
    private static partial Regex NoteMark();
}
