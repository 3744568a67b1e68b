using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// A written statement to a UN body, as the UN prints who signs it (a Human Rights Council "A/HRC/54/NGO/12"): the
/// NGOs that submit it are run into its heading, each group closed by its ECOSOC consultative status ("Joint written
/// statement* submitted by A, B, non-governmental organizations in special consultative status, C, a
/// non-governmental organization on the roster"), and those that join it are run into a paragraph after its text
/// ("D, E, NGOs without consultative status, also share the views expressed in this statement."), in English, French
/// or Spanish. Both sign, the submitters first; the statuses are not names.
/// </summary>
internal static partial class WrittenStatement
{
    /// <summary>The lines of the heading that names the statement's submitters (from, to: both inclusive), or null.</summary>
    public static (int From, int To)? Submitters(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (SubmittedBy().IsMatch(lines[i].Trim()) && HeadingEnd(lines, i) is { } end)
            {
                return (i, end);
            }
        }

        return null;
    }

    /// <summary>The first line of the paragraph that names those who share the statement's views, or null.</summary>
    public static int? Sharers(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length > 0 && (i == 0 || lines[i - 1].Trim().Length == 0) && SharersParagraphEnd(lines, i) is not null)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// In the block, the statement's heading or its sharers' paragraph: the organizations it names, its lines read
    /// as one running list.
    /// </summary>
    public static bool TryRead(BlockReading reading, BlockLine blockLine)
    {
        var submitters = SubmittedBy().IsMatch(blockLine.Text);
        if (!submitters && !blockLine.StartsParagraph)
        {
            return false;
        }

        var lines = reading.Lines.ConvertAll(l => l.Text);
        if ((submitters ? HeadingEnd(lines, reading.Index) : SharersParagraphEnd(lines, reading.Index)) is not { } end)
        {
            return false;
        }

        // The heading's words and the sharers' closing sentence are taken off, and every status: what is left is the list.
        var names = Status().Replace(SharesTheViews().Replace(SubmittedBy().Replace(Joined(lines, reading.Index, end), ""), ""), "");
        var what = submitters ? "the statement's submitters" : "those who share the statement's views";
        for (var next = reading.Index + 1; next <= end; next++)
        {
            reading.Contents.Skipped.Add(new SkippedLine(reading.Lines[next].Line, reading.Lines[next].Text.Trim(), $"{what}, run in with the line above, read with it"));
        }

        reading.Contents.Signatories.AddRange(SignatoryLine.ReadRunIn(names, blockLine.Line));
        reading.Index = end;
        reading.ParagraphStart = true;
        return true;
    }

    /// <summary>The heading's last line: the first whose status closes the list, with no name after it.</summary>
    private static int? HeadingEnd(IReadOnlyList<string> lines, int from)
    {
        var text = "";
        for (var i = from; i < lines.Count && lines[i].Trim().Length > 0; i++)
        {
            text = WrappedLines.JoinedTo(text, lines[i].Trim());
            if (StatusAtEnd().IsMatch(text))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The last line of the paragraph from <paramref name="from"/> when it ends saying that they share the statement's views, or null.</summary>
    private static int? SharersParagraphEnd(IReadOnlyList<string> lines, int from)
    {
        var end = from;
        while (end + 1 < lines.Count && lines[end + 1].Trim().Length > 0)
        {
            end++;
        }

        return SharesTheViews().IsMatch(Joined(lines, from, end)) ? end : null;
    }

    private static string Joined(IReadOnlyList<string> lines, int from, int to) =>
        lines.Skip(from).Take(to - from + 1).Aggregate("", (text, line) => WrappedLines.JoinedTo(text, line.Trim()));

    // "Joint written statement* submitted by", "Exposé écrit conjoint* présenté par", "Exposición escrita conjunta*
    // presentada por", and the "Statement submitted by" of the Commission on the Status of Women.
    [GeneratedRegex(@"^(?:(?:joint\s+)?(?:written\s+)?statement|exposé\s+écrit(?:\s+conjoint)?|déclaration(?:\s+conjointe)?|exposición\s+escrita(?:\s+conjunta)?|declaración(?:\s+conjunta)?)\s*\*?\s+(?:submitted\s+(?:jointly\s+)?by|présentée?\s+(?:conjointement\s+)?par|presentada\s+(?:conjuntamente\s+)?por)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubmittedBy();

    // The status the UN gives an NGO with the Economic and Social Council, after the names it closes: "non-governmental
    // organizations in special consultative status", "a non-governmental organization on the roster", "NGO(s) without
    // consultative status"; "organisations non gouvernementales dotées du statut consultatif spécial", "organisation
    // non gouvernementale inscrite sur la liste", "ONG sans statut consultatif"; "organizaciones no gubernamentales
    // reconocidas como entidades consultivas especiales", "organización no gubernamental incluida en la lista", "ONG sin
    // estatus consultivo". A word the line broke at its hyphen is joined without it ("nongovernmental").
    private const string StatusPattern =
        @"(?:an?\s+|une\s+|una\s+)?(?:"
        + @"(?:non-?\s?governmental\s+organi[sz]ations?|NGOs?)(?:\(s\))?\s+(?:in\s+(?:general\s+|special\s+)?consultative\s+status(?:\s+with\s+the\s+economic\s+and\s+social\s+council)?|on\s+the\s+roster|without\s+consultative\s+status)"
        + @"|(?:organisations?(?:\(s\))?\s+non[-\s]?gouvernementales?(?:\(s\))?|ONG)\s+(?:dotées?(?:\(s\))?\s+du\s+statut\s+consultatif(?:\s+(?:général|spécial))?(?:\s+auprès\s+du\s+conseil\s+économique\s+et\s+social)?|inscrites?(?:\(s\))?\s+sur\s+la\s+liste|sans\s+statut\s+consultatif)"
        + @"|(?:organizaci(?:ón|ones)(?:\(es\))?\s+no\s+gubernamental(?:es|\(es\))?|ONG)\s+(?:reconocidas?(?:\(s\))?\s+como\s+entidad(?:es|\(es\))?\s+consultivas?(?:\(s\))?(?:\s+(?:general(?:es)?|especial(?:es)?))?|con\s+(?:estatus|estatuto|carácter)\s+consultivo(?:\s+(?:general|especial))?|incluidas?(?:\(s\))?\s+en\s+la\s+lista|sin\s+(?:estatus|estatuto|carácter)\s+consultivo))";

    [GeneratedRegex(@",?\s*" + StatusPattern + @"\s*(?=,|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Status();

    // The heading ends with a status and no name after it.
    [GeneratedRegex(@",\s*" + StatusPattern + @"\s*\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StatusAtEnd();

    // "…, also share(s) the views expressed in this statement.", "…, partage(nt) également les opinions exprimées dans
    // la présente déclaration.", "…, también comparte(n) las opiniones expresadas en esta declaración.": after the
    // comma that closes the list, and with its "also"; "and we share the views expressed in this statement" is prose.
    [GeneratedRegex(@",\s*(?:also\s+shares?(?:\(s\))?\s+the\s+views\s+expressed\s+in\s+(?:this|the\s+present)\s+(?:written\s+)?statement|partage(?:nt|\(nt\))?\s+(?:également|aussi)\s+les\s+(?:opinions|vues)\s+exprimées\s+dans\s+(?:la\s+présente|cette)\s+déclaration|partage(?:nt|\(nt\))?\s+(?:également|aussi)\s+les\s+(?:opinions|vues)\s+exprimées\s+dans\s+(?:le\s+présent|cet)\s+exposé(?:\s+écrit)?|(?:también\s+comparte(?:n|\(n\))?|comparte(?:n|\(n\))?\s+también)\s+las\s+(?:opiniones|posiciones)\s+expresadas\s+en\s+(?:esta|la\s+presente)\s+(?:declaración|exposición(?:\s+escrita)?))\s*\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SharesTheViews();
}
