using System.Text.RegularExpressions;
using Archive.Core.Organizations;

namespace Archive.SiteGen.Import;

/// <summary>
/// An entry wrapped over two lines: a word broken by a hyphen, a bracket left open, an indented continuation of a
/// numbered item, an acronym pushed alone onto the next line, a name finished on the line under it.
/// </summary>
internal static partial class WrappedLines
{
    /// <summary>
    /// The lines with each wrapped item joined back into one: a line that leaves a bracket open ("(Thailand and")
    /// goes on on the next, and so does an item of a numbered or bulleted list whose next line is indented.
    /// </summary>
    public static List<(string Text, int Line)> Unwrapped(IReadOnlyList<(string Text, int Line)> lines)
    {
        var joined = new List<(string Text, int Line)>();
        var lastLength = 0;
        foreach (var (text, line) in lines)
        {
            var printedLength = lastLength;
            lastLength = text.Trim().Length;
            var trimmed = text.Trim();
            if (joined.Count > 0 && trimmed.Length > 0 && joined[^1].Text.TrimEnd() is var hyphenated && BrokenWord().IsMatch(hyphenated) && char.IsLower(trimmed[0]))
            {
                // "Africa Centre for Democracy and Human Rights Stu-" then "dies (ACDHRS), The Gambia": one word broken
                // at the end of the line.
                joined[^1] = (hyphenated[..^1] + trimmed, joined[^1].Line);
                continue;
            }

            // A page's number printed under a numbered item at the page's foot ("1", "Page 1 sur 2", indented far to
            // the right) is no part of the item.
            if (joined.Count > 0 && trimmed.Length > 0 && joined[^1].Text.Trim() is { Length: > 0 } previous
                && !SignatoryLine.StartsWithListMarker(trimmed) && !NotAnEntry.IsPageNumber(trimmed)
                && (Opens(previous) || (char.IsWhiteSpace(text[0]) && BlockLayout.AddressAfterName().IsMatch(trimmed) && !BlockLayout.AddressAfterName().IsMatch(previous) && !NotAnEntry.IsContact(previous)) || ((AcronymOnly().IsMatch(trimmed) || (IsShortNameWithPlace(trimmed) && !previous.EndsWith(':') && !SignatoryLine.One(previous, 0).Places.Any)) && ColumnRow.Cells(previous).Count == 1 && PrintedOrganizationName.Parse(previous).Acronym is null && PlaceHeading.TryRead(previous) is null) || (SignatoryLine.StartsWithListMarker(previous) && text.Length > trimmed.Length + 1 && char.IsWhiteSpace(text[0]) && !IsLabelOfItemsBelow(trimmed) && !NotAnEntry.IsEditorComment(trimmed))
                    || WrapsRunInList(previous, printedLength)))
            {
                joined[^1] = (joined[^1].Text.TrimEnd() + " " + trimmed, joined[^1].Line);
                continue;
            }

            joined.Add((text, line));
        }

        return joined;

        // "Honduras: CESPAD; Comité de Familiares de Detenidos" then "Desaparecidos en Honduras (COFADEH); …": a list
        // run in with semicolons, wrapped where the line was full, goes on on the next line.
        // So does one run in with commas, each name with its place in brackets ("…, Tax Justice Network Africa (Kenya),
        // Global" then "Alliance for Tax Justice (Global), …"), where the line stops inside a name; one run in after its
        // heading ("Signed by: A (Kenya), …") is read with the heading (ListHeading).
        // A row of tab-separated cells is a table's ("Estados Unidos; Países Baixos" in its country cell), not a run-in list.
        bool WrapsRunInList(string previous, int length) => length >= 60 && !previous.Contains('\t', StringComparison.Ordinal) && previous[^1] is not (';' or '.' or ':' or ')')
            && (SignatoryLine.SplitTopLevel(previous, ';').Count > 1 || (previous[^1] is not ',' && !previous.Contains(':', StringComparison.Ordinal) && SignatoryLine.SplitTopLevel(previous, ',').Count(SignatoryLine.HasPlaceInBrackets) >= 2));
    }

    /// <summary>
    /// A paragraph's next line joined to its text so far, as one running paragraph: with a space, or, after a word the
    /// line broke at a hyphen ("Develop-" then "ment"), with none and without the hyphen.
    /// </summary>
    public static string JoinedTo(string text, string next) =>
        text.Length == 0 ? next : text.EndsWith('-') && next.Length > 0 && char.IsLower(next[0]) ? text[..^1] + next : text + " " + next;

    /// <summary>
    /// A list copied from a narrow column, one name a line, where a long name wraps onto the next line ("Centre for
    /// Peace and" over "Reconciliation Studies"), as a PDF's two columns copied one after the other print it. A line
    /// that stops on a linking word of any of the list's languages ("and", "for the", "de", "für") cannot end a name
    /// and goes on on the next, in any list. In a paragraph of the list whose lines plainly wrap (at least two such
    /// breaks: a linking word, a bracket left open, an acronym pushed alone onto the next line), a line also goes on
    /// when the next cannot start a name (it starts in lower case or with a bracket, "(EMDHR) (Kenya)", or is the end
    /// of the name its acronym spells, see <see cref="IsRestOfName"/>), or is one word that did not fit on it: the
    /// line and that word are wider than the paragraph's widest line. Short names one a line break nowhere, and stay
    /// apart.
    /// </summary>
    public static List<(string Text, int Line)> InANarrowColumn(List<(string Text, int Line)> lines)
    {
        var joined = new List<(string Text, int Line)>();
        foreach (var paragraph in Paragraphs(lines))
        {
            var wraps = CountOfPlainBreaks(paragraph) >= 2;
            var width = paragraph.Max(l => l.Text.Trim().Length);
            var lastPrinted = "";
            foreach (var (text, line) in paragraph)
            {
                var trimmed = text.Trim();
                var above = lastPrinted;
                lastPrinted = trimmed;
                if (above.Length > 0 && trimmed.Length > 0 && CanGoOnAfter(above) && CanBeEndOfName(trimmed)
                    && (CannotEndAName(above) || (wraps && (trimmed[0] is '(' || IsRestOfName(joined[^1].Text.Trim(), trimmed) || IsWordPushedDown(above, trimmed, width)))))
                {
                    joined[^1] = (joined[^1].Text.TrimEnd() + " " + trimmed, joined[^1].Line);
                    continue;
                }

                joined.Add((text, line));
            }
        }

        return joined;
    }

    /// <summary>
    /// The list cut at its blank lines, each blank line kept as a paragraph of its own: a column's width and whether its
    /// lines wrap are the paragraph's.
    /// </summary>
    private static IEnumerable<List<(string Text, int Line)>> Paragraphs(List<(string Text, int Line)> lines)
    {
        var paragraph = new List<(string Text, int Line)>();
        foreach (var l in lines)
        {
            if (l.Text.Trim().Length == 0)
            {
                if (paragraph.Count > 0)
                {
                    yield return paragraph;
                    paragraph = [];
                }

                yield return [l];
                continue;
            }

            paragraph.Add(l);
        }

        if (paragraph.Count > 0)
        {
            yield return paragraph;
        }
    }

    // The breaks that show a paragraph's lines wrap whatever the width: a line that stops on a linking word, one that
    // leaves a bracket open, a word broken by a hyphen, an acronym alone under a name that lacks one.
    private static int CountOfPlainBreaks(List<(string Text, int Line)> paragraph) =>
        paragraph.Zip(paragraph.Skip(1), (a, b) => (Above: a.Text.Trim(), Below: b.Text.Trim())).Count(pair =>
            CannotEndAName(pair.Above) || Opens(pair.Above) || (BrokenWord().IsMatch(pair.Above) && char.IsLower(pair.Below[0]))
            || (AcronymOnly().IsMatch(pair.Below) && PrintedOrganizationName.Parse(pair.Above).Acronym is null));

    /// <summary>
    /// "Khartoum Centre for Human Rights and", "Instituto para la Paz y", "Zentrum für": a line of several words whose
    /// last is a linking word printed in small letters cannot end a name. Not "…, and" before a series' last item, and
    /// not a legal form at the end ("… asbl", "… inc"), which the matcher counts among its small words.
    /// </summary>
    private static bool CannotEndAName(string line)
    {
        if (line.EndsWith(" &", StringComparison.Ordinal))
        {
            return true;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[^1] is var last && last.All(char.IsLower) && NameGlossary.IsSmallWord(OrganizationNameForm.Normalize(last))
            && last is not ("asbl" or "inc" or "ltd") && words[^2][^1] is not (',' or ';');
    }

    // "Participation" under "CIVICUS: World Alliance for Citizen" in a column 48 letters wide: a word that did not fit on
    // the line above. A place alone on a line is the place of the name above, which other rules read.
    private static bool IsWordPushedDown(string above, string word, int width) =>
        !word.Contains(' ', StringComparison.Ordinal) && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower) && above.Length + 1 + word.Length > width
            && above[^1] is not (')' or ']' or '.' or ',' or ';') && Places.TryRead(word) is null;

    // A word broken by a hyphen at the end of the line is joined without the hyphen, by Unwrapped.
    private static bool CanGoOnAfter(string above) =>
        !above.EndsWith(':') && !BrokenWord().IsMatch(above) && ColumnRow.Cells(above).Count == 1 && !BlockBoundary.IsHeading(above, out _) && !PersonLine.IsPersonName(SignatoryLine.Clean(above));

    private static bool CanBeEndOfName(string line) =>
        !SignatoryLine.StartsWithListMarker(line) && ColumnRow.Cells(line).Count == 1 && !IsLabelOfItemsBelow(line) && !BlockBoundary.IsHeading(line, out _)
            && !NotAnEntry.IsPageNumber(line) && !NotAnEntry.IsContinuationMark(line);

    /// <summary>
    /// The line under a table row finishes the row's name when it cannot start one: it starts in lower case, the
    /// name above stops on a small word or an open bracket ("… pour la"), or its acronym spells the initials of both
    /// lines ("Nigerian Coalition for the International" and "Criminal Court (NCICC)").
    /// </summary>
    public static bool IsRestOfName(string above, string line, bool shortEndWithAcronym = false)
    {
        if (char.IsLower(line[0]) || Opens(above) || OrganizationNameForm.Words(above) is { Count: > 0 } words && NameVariant.IsSmallWord(words[^1]))
        {
            return true;
        }

        if (BracketOnly().IsMatch(line))
        {
            // "(ACJPS)" alone under "African Centre for Justice and Peace Studies".
            return true;
        }

        if (shortEndWithAcronym && !line.Contains(' ', StringComparison.Ordinal) && line.Any(char.IsLower))
        {
            // "Studies" under "Montreal Institute for Genocide and Human Rights": one word cannot be a name of its own.
            return true;
        }

        var parts = PrintedOrganizationName.Parse(line);
        if (parts.Acronym is not { } acronym)
        {
            // "Syrian Network for Human" then "Rights – SNHR": an acronym after a dash that spells the initials of
            // both lines, and not of its own line alone.
            return DashedAcronym().Match(line) is { Success: true } dashed && dashed.Groups["acronym"].Value.ToLowerInvariant() is var initials
                && OrganizationNameForm.Initials(above + " " + dashed.Groups["base"].Value) == initials && OrganizationNameForm.Initials(dashed.Groups["base"].Value) != initials;
        }

        if (shortEndWithAcronym && PrintedOrganizationName.Parse(above).Acronym is null && OrganizationNameForm.Words(parts.Base).Count <= 3)
        {
            // "Project (DefendDefenders)" under "East and Horn of Africa Human Rights Defenders": a short end of a
            // name with the acronym the name above lacks.
            return true;
        }

        var letters = string.Concat(acronym.Where(char.IsLetter)).ToLowerInvariant();
        if (PrintedOrganizationName.Parse(above).Acronym is null && OrganizationNameForm.Words(parts.Base) is { Count: > 0 and <= 4 } baseWords
            && OrganizationNameForm.Words(above) is { Count: > 0 } aboveWords && letters.Length > 0
            && letters[0] == char.ToLowerInvariant(aboveWords[0][0]) && letters[0] != char.ToLowerInvariant(baseWords[0][0]))
        {
            // "Centre for Peace Studies and Human" then "Security Research (CPSHSR)": an acronym that starts with the line
            // above and not with its own line is the acronym of the name above, finished here.
            return true;
        }

        return OrganizationNameForm.Initials(above + " " + parts.Base) == letters && OrganizationNameForm.Initials(parts.Base) != letters;
    }

    /// <summary>
    /// "Members of the Coalition signing in their own name:" indented under a numbered network: a line of its own that
    /// starts with a capital and ends with a colon says what the items below it are; it does not finish the item above.
    /// </summary>
    public static bool IsLabelOfItemsBelow(string trimmed) => trimmed.Length > 1 && char.IsUpper(trimmed[0]) && trimmed[^1] == ':';

    /// <summary>
    /// "(Euro-Med Monitor) – Switzerland" alone on a line: the short name in brackets of the name above, pushed down
    /// with its place by a hard wrap; the line names no organization of its own.
    /// </summary>
    private static bool IsShortNameWithPlace(string trimmed) =>
        ShortNameThenPlace().Match(trimmed) is { Success: true } m && Places.TryRead(m.Groups["place"].Value) is not null && Places.TryRead(m.Groups["short"].Value) is null;

    public static bool Opens(string text) =>
        text.Count(c => c == '(') > text.Count(c => c == ')') || text.Count(c => c == '[') > text.Count(c => c == ']');

    // A line that ends in a word broken by a hyphen: "… and Develop-", "… of Africa Hu-" (not "Oxfam -" nor "--").
    [GeneratedRegex(@"(?:\p{Ll}|(?<!\p{L})\p{Lu})\p{Ll}-$", RegexOptions.CultureInvariant)]
    private static partial Regex BrokenWord();

    // "(ZLHR)" alone on a line: an acronym in capitals that a hard wrap pushed under its name.
    [GeneratedRegex(@"^\((?=(?:[^)]*\p{Lu}){2})[\p{Lu}\d][\p{L}\d&.\-/]{1,15}\)$", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymOnly();

    // "(Euro-Med Monitor) – Svizzera", "(Asia Watch), Thailand": a short name in brackets, then a place after a dash or a comma.
    [GeneratedRegex(@"^\((?<short>(?=[^)]*\p{Lu})[\p{L}\d][\p{L}\d&.\-/ ]{1,28})\)\s*(?:[-–—]|,)\s*(?<place>[^()]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortNameThenPlace();

    [GeneratedRegex(@"^[\(\[][\p{L}\d][\p{L}\d&.\-/]{1,24}[\)\]]$", RegexOptions.CultureInvariant)]
    public static partial Regex BracketOnly();

    // "Rights – SNHR": the end of a name, a spaced dash (or the comma a dash is read as), its acronym in capitals.
    [GeneratedRegex(@"^(?<base>\S.*?)(?:\s+[–—-]|,)\s+(?<acronym>\p{Lu}[\p{Lu}\d]{1,11})$", RegexOptions.CultureInvariant)]
    private static partial Regex DashedAcronym();
}
