using System.Text.RegularExpressions;
using Archive.Core.Organizations;

namespace Archive.SiteGen.Import;

/// <summary>
/// Finds where a letter's signatory block starts: at its closing ("Sincerely,") or a heading of the list
/// ("Signatories:", "Endorsed by:"), or — when the letter prints its list with neither, or prints it once more
/// before its closing — at the first line of the list that follows the last paragraph of prose. Some letters also
/// print the list above the letter ("Signatories:" and the names, then the date, the salutation and the text):
/// that list is a first printing of the block, found apart.
/// </summary>
internal static partial class SignatureStart
{
    /// <summary>Where the block starts, and the lines of a list printed above the letter (from, to: both inclusive).</summary>
    /// <remarks><paramref name="LeadingNote"/> is where a note above that list starts, when one says what the list is (an update).</remarks>
    internal sealed record Found(int Start, (int From, int To)? Leading, int? LeadingNote = null);

    /// <summary>The block's first line and any list printed above the letter, or null when the letter has no signatory block.</summary>
    public static Found? Find(IReadOnlyList<string> lines)
    {
        var (submitters, sharers) = (WrittenStatement.Submitters(lines), WrittenStatement.Sharers(lines));
        if (submitters is not null || sharers is not null)
        {
            // A UN written statement: those who submit it sign in its heading, and those who share its views, if any, in
            // a paragraph after its text; without them, its heading is all the block (it starts after the last line).
            return new Found(sharers ?? lines.Count, submitters);
        }

        var marked = NextStart(lines, 0);
        if (UpdateNote(lines) is var (noteStart, noteEnd) && LeadingList(lines, noteEnd) is { } added && NextStart(lines, added.To + 1) is var after and >= 0)
        {
            // "UPDATE, 2 May 2019: three more organisations have joined; they are listed here." above the letter: the
            // organizations that joined after it was sent sign it too, before the original ones at its end.
            return new Found(BareList(lines, after, minimum: BlockBoundary.IsClosing(lines[after]) ? 3 : 2) ?? after, (noteEnd + 1, added.To), noteStart);
        }

        if (marked >= 0 && NothingUnder(lines, marked) && LeadingTable(lines, marked) is { } table)
        {
            // A spreadsheet's sheets pasted one after the other: the form's answers (a header row and its rows), then
            // the letter, whose closing has nothing under it. The answers are its signatories.
            return new Found(marked, table);
        }

        if (marked >= 0 && LeadingList(lines, marked) is { } list)
        {
            // The list above the letter; the block proper follows the letter's text.
            var later = NextStart(lines, list.To + 1);
            var laterBare = BareList(lines, later >= 0 ? later : lines.Count, minimum: later >= 0 && BlockBoundary.IsClosing(lines[later]) ? 3 : 2);
            if ((laterBare ?? later) is var main and >= 0)
            {
                return new Found(main, list);
            }
        }

        // Before a closing, a list must be longer to count: a letter may end its body with a short list of its own.
        var bare = BareList(lines, marked >= 0 ? marked : lines.Count, minimum: marked >= 0 && BlockBoundary.IsClosing(lines[marked]) ? 3 : 2);
        var start = bare ?? marked;
        if (start < 0 && LeadingTable(lines, lines.Count) is { } answers)
        {
            // A form's answers above a letter that prints no closing and no list, only where its signatories are ("The
            // full list of signatories is in the attached responses sheet."): the answers are its signatories.
            return new Found(lines.Count, answers);
        }

        return start >= 0 ? new Found(start, null) : null;
    }

    /// <summary>
    /// The heading of a list printed in an annex after the letter's references or notes ("ANNEX – LIST OF
    /// SIGNATORIES"), when what stands under the closing, before the first note, only points to it ("The undersigned
    /// organisations (see Annex)", "Les organisations signataires (voir l'annexe)"): the block is read from there.
    /// </summary>
    public static int? AnnexList(IReadOnlyList<string> lines, int start)
    {
        var end = start + 1;
        while (end < lines.Count && !BlockBoundary.IsTrailer(lines[end]))
        {
            end++;
        }

        if (end >= lines.Count || !lines.Skip(start).Take(end - start).Any(l => AnnexPointer().IsMatch(l)))
        {
            return null;
        }

        for (var i = end + 1; i < lines.Count; i++)
        {
            if (BlockBoundary.AnnexPrefix().IsMatch(lines[i].Trim()) && BlockBoundary.IsHeading(lines[i], out _))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// The heading of a list kept in another file of a code repository whose pages are pasted one after the other,
    /// when the lines under the closing point to it ("The organisations and individuals listed in SIGNATORIES.md"): the
    /// block is read from the first heading after the line that names that file ("cybertreaty-watch / eu-open-letter /
    /// SIGNATORIES.md"), past the rest of the first page (how to sign, the repository's facts).
    /// </summary>
    public static int? ListInAnotherFile(IReadOnlyList<string> lines, int start)
    {
        var pointer = Enumerable.Range(start, Math.Max(0, Math.Min(4, lines.Count - start))).Select(i => FilePointer().Match(lines[i])).FirstOrDefault(m => m.Success);
        if (pointer is null)
        {
            return null;
        }

        var file = pointer.Groups["file"].Value;
        var named = Enumerable.Range(start + 1, Math.Max(0, lines.Count - start - 1))
            .FirstOrDefault(i => !FilePointer().IsMatch(lines[i]) && lines[i].TrimEnd().EndsWith(file, StringComparison.OrdinalIgnoreCase), -1);
        return named < 0 ? null : Enumerable.Range(named + 1, lines.Count - named - 1).FirstOrDefault(i => BlockBoundary.IsHeading(lines[i], out _), -1) is var heading and >= 0 ? heading : null;
    }

    [GeneratedRegex(@"(?<=[.!?)\p{So}])\s+\(?\d{1,2}/\d{1,2}\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PostNumber();

    // "listed in SIGNATORIES.md", "named in signatories.csv": a list kept in a file of its own.
    [GeneratedRegex(@"\b(?:listed|named|set\s+out)\s+in\s+(?<file>" + FileName.Pattern + @")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FilePointer();

    private static int NextStart(IReadOnlyList<string> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (BlockBoundary.IsStart(lines[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A note at the very top that the letter has been signed since it was sent ("UPDATE, 26 March 2018: since this
    /// letter was delivered, four more organisations have added their names:"): its first and last lines, or null.
    /// </summary>
    private static (int Start, int End)? UpdateNote(IReadOnlyList<string> lines)
    {
        var start = 0;
        while (start < lines.Count && lines[start].Trim().Length == 0)
        {
            start++;
        }

        if (start == lines.Count || !UpdateMark().IsMatch(lines[start].Trim()))
        {
            return null;
        }

        var end = start;
        while (end + 1 < lines.Count && lines[end + 1].Trim().Length > 0)
        {
            end++;
        }

        var note = string.Join(" ", lines.Skip(start).Take(end - start + 1));
        return end - start < 6 && JoinedSince().IsMatch(note) ? (start, end) : null;
    }

    /// <summary>
    /// A heading and a list of names, then the letter itself (a date, a salutation, prose) before any other block:
    /// the lines from the heading to the list's last name.
    /// </summary>
    private static (int From, int To)? LeadingList(IReadOnlyList<string> lines, int heading)
    {
        if (BlockBoundary.IsClosing(lines[heading]))
        {
            return null;
        }

        var last = -1;
        var i = heading + 1;
        for (; i < lines.Count; i++)
        {
            var text = lines[i].Trim();
            // An editor's comment left under an entry ("Comment [JK]: …") is no prose after the list: it goes on.
            if (text.Length == 0 || NotAnEntry.IsEditorComment(text))
            {
                continue;
            }

            if (BlockBoundary.IsTrailer(text) || WrittenDate.TryParse(text, out _, out _) || !IsListedName(text))
            {
                break;
            }

            last = i;
        }

        // "Signed by: A, B, C and 9 others.": a heading with the names run in after it is a list of its own.
        var runIn = BlockBoundary.HeadingColon(lines[heading]) is var colon and >= 0 && lines[heading][colon..].Count(c => c is ',' or ';') >= 2;
        if ((last < 0 || last - heading < 2) && !runIn)
        {
            return null;
        }

        last = Math.Max(last, heading);

        // Prose must follow the list, before any other closing or heading: the letter comes after its signatories.
        for (; i < lines.Count; i++)
        {
            if (BlockBoundary.IsStart(lines[i]))
            {
                return null;
            }

            if (IsProse(lines[i]))
            {
                return (heading, last);
            }
        }

        return null;
    }

    /// <summary>Whether the letter ends at its closing or its list's heading: only blank lines and trailers follow it.</summary>
    private static bool NothingUnder(IReadOnlyList<string> lines, int closing) =>
        lines.Skip(closing + 1).All(l => l.Trim().Length == 0 || BlockBoundary.IsTrailer(l));

    /// <summary>
    /// A table above the letter: a header row that names who signs and where ("Timestamp | Organisation name |
    /// Country"), at least two rows under it, and then the letter's prose before <paramref name="closing"/>: the lines
    /// from the header to the last row.
    /// </summary>
    private static (int From, int To)? LeadingTable(IReadOnlyList<string> lines, int closing)
    {
        var header = Enumerable.Range(0, closing).Select(i => (Index: i, Columns: ColumnRow.TryHeader(lines[i]))).FirstOrDefault(h => h.Columns is not null);
        if (header.Columns is not { } columns)
        {
            return null;
        }

        var last = header.Index;
        while (last + 1 < closing && lines[last + 1].Trim().Length > 0 && ColumnRow.TryRead(lines[last + 1], last + 2, columns) is not null)
        {
            last++;
        }

        var prose = lines.Skip(last + 1).Take(closing - last - 1).Any(IsProse);
        return last - header.Index >= 2 && prose ? (header.Index, last) : null;
    }

    /// <summary>The first line of a list of names between the last line of prose and <paramref name="end"/>.</summary>
    private static int? BareList(IReadOnlyList<string> lines, int end, int minimum)
    {
        var lastProse = -1;
        for (var i = end - 1; i >= 0 && lastProse < 0; i--)
        {
            lastProse = IsProse(lines[i]) ? i : -1;
        }

        // "We call on you to:" introduces the body's own list; "…have signed below:" introduces the signatories.
        if (lastProse < 0 || (lines[lastProse].TrimEnd().EndsWith(':') && !IntroducesSignatories().IsMatch(lines[lastProse])))
        {
            return null;
        }

        var listed = new List<string>();
        var first = -1;
        for (var i = lastProse + 1; i < end; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (BlockBoundary.IsTrailer(text))
            {
                break;
            }

            first = first < 0 ? i : first;
            listed.Add(text);
        }

        var names = listed.Count(IsListedName);
        return first >= 0 && names >= minimum && names >= 0.8 * listed.Count ? first : null;
    }

    /// <summary>
    /// A sentence of the body: enough words, many of them in lower case, ending as sentences end (or very long).
    /// An organization's name is in title case and has no full stop, even when it is long.
    /// </summary>
    public static bool IsProse(string line)
    {
        // "… for updates from the Supreme Court. 7/8": a thread's post ends with its number among the posts.
        var text = PostNumber().Replace(line.Trim(), "");
        if (text.Length == 0 || BlockBoundary.IsTrailer(text) || NotAnEntry.IsContact(text) || BlockBoundary.IsHeading(text, out _))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lower = words.Count(w => char.IsLower(w[0]));
        // A short line ending in a colon is a heading ("République démocratique du Congo :"), not a sentence; nor does
        // a name's legal form end one ("kolko – Menschenrechte für Kolumbien e.V.").
        var sentenceEnd = ((".!?".Contains(text[^1], StringComparison.Ordinal) && !LegalFormAtEnd().IsMatch(text)) || (text[^1] == ':' && words.Length >= 6))
            && SignatoryLine.One(text.TrimEnd('.'), 0).Places.Countries.Count == 0 && PlaceHeading.TryRead(text) is null;
        return (text.Length > 220 && lower >= words.Length / 3) || (sentenceEnd && words.Length >= 4 && lower >= 0.4 * words.Length);
    }

    /// <summary>A line of a list of signatories: a heading, or a short name in title case.</summary>
    public static bool IsListedName(string line)
    {
        var text = SignatoryLine.Clean(line);
        if (text.Length == 0 || IsProse(line) || NotAnEntry.IsContact(text))
        {
            return false;
        }

        if (PlaceHeading.TryRead(text) is not null || ColumnRow.TryHeader(text) is not null || BlockBoundary.IsHeading(text, out _))
        {
            return true;
        }

        var words = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var content = words.Where(w => w.Count(char.IsLetter) >= 4).ToList();
        var titleCase = content.Count == 0 ? text.Any(char.IsUpper) : content.Count(IsCapitalized) >= 0.5 * content.Count;
        return words.Length <= 24 && titleCase && !text.EndsWith(':') && OrganizationNameForm.Words(text).Count > 0;
    }

    // "Droits", "(HURINET)", "l'Homme", "d'Etude": the first letter after brackets, quotes and an elided article.
    private static bool IsCapitalized(string word)
    {
        var letters = word.TrimStart('(', '[', '"', '“', '\'', '‘');
        if (letters.Length > 2 && letters[0] is 'l' or 'L' or 'd' or 'D' && letters[1] is '\'' or '’')
        {
            letters = letters[2..];
        }

        return letters.Length > 0 && char.IsUpper(letters[0]);
    }

    // "(see Annex)", "listed in the appendix", "(voir l'annexe)", "ver anexo", "siehe Anhang", "vedi allegato".
    [GeneratedRegex(@"\b(?:(?:see|listed\s+in|in)\s+(?:the\s+)?(?:attached\s+)?(?:annex|appendix)|voir\s+(?:l'|l’)?annexe|(?:en|dans\s+l'|dans\s+l’)\s*annexe|(?:ver|véase|en)\s+(?:el\s+)?anexo|(?:ver|em|no)\s+anexo|siehe\s+anhang|im\s+anhang|vedi\s+(?:l'|l’)?allegato|in\s+allegato|zie\s+(?:de\s+)?bijlage)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnnexPointer();

    [GeneratedRegex(@"\b(?:sign|endors|undersigned|soussign|firma|following\s+organi[sz]ations|organi[sz]ations\s+below|joined\s+by|supported\s+by|suivantes|siguientes|unterzeichn|sottoscri|firmatari)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IntroducesSignatories();

    // "UPDATE, 26 March 2018:", "Update (2 May):", "Mise à jour du 3 mai :", "Actualización:", "Aktualisierung:".
    [GeneratedRegex(@"^\W{0,3}(?:update[d]?|mise\s+à\s+jour|actualizaci[óo]n|actualizado|atualiza[çc][ãa]o|aktualisierung|aggiornamento)\b[^:.]{0,40}[:.–—-]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UpdateMark();

    // What an update says of the list: organisations have joined, added their names, signed, endorsed since.
    [GeneratedRegex(@"\b(?:added\s+their\s+names?|(?:have|has)\s+(?:since\s+)?(?:joined|signed|endorsed|signed\s+on)|new\s+signator(?:y|ies)|additional\s+signator(?:y|ies)|ont\s+(?:depuis\s+)?(?:rejoint|signé)|nouveaux\s+signataires|se\s+han\s+sumado|han\s+firmado|nuevas?\s+firmantes|haben\s+(?:sich\s+)?(?:angeschlossen|unterzeichnet)|hanno\s+(?:aderito|firmato))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex JoinedSince();

    // "e.V.", "Inc.", "Ltd.", "A.C.", "a.s.b.l.": a legal form that ends a name with a full stop.
    [GeneratedRegex(@"\b(?:e\.\s?V|Inc|Ltd|Corp|A\.\s?C|S\.\s?A|S\.\s?L|a\.s\.b\.l|asbl|vzw|g?GmbH|ONLUS|N\.\s?V|B\.\s?V|Pty)\.$", RegexOptions.CultureInvariant)]
    private static partial Regex LegalFormAtEnd();
}
