using System.Text.RegularExpressions;
using Archive.Core.Organizations;

namespace Archive.SiteGen.Import;

/// <summary>
/// A heading of the list inside the block, which sets what the lines below it are (organizations, people, or
/// organizations represented by people) and may run the list in after its colon ("Signed by: A, B and C"); and the
/// copy block ("cc:") between a signature and the list's heading.
/// </summary>
internal static partial class ListHeading
{
    /// <summary>
    /// "cc:" and the officials copied, then "LIST OF SIGNATORIES": the copy block stands between the signature and the
    /// list, and the list goes on under its heading.
    /// </summary>
    public static bool SkipsCopyBlock(BlockReading reading, BlockLine blockLine)
    {
        if (!CopyLine().IsMatch(blockLine.Text) || ListHeadingAfterParagraph(reading.Lines, reading.Index) is not { } heading)
        {
            return false;
        }

        reading.SkipUpTo(heading, "a copy line (cc), before the list");
        reading.ParagraphStart = true;
        return true;
    }

    /// <summary>A heading of the list: what the lines below it are, and the list when it is run in after the colon.</summary>
    public static bool TryRead(BlockReading reading, BlockLine blockLine)
    {
        var (_, text, line, _, _) = blockLine;
        if (MembersHeading().Match(text) is { Success: true } members && members.Groups["network"].Value.Trim() is var network && network.Count(char.IsLetter) >= 3 && Places.TryRead(network) is null
            && (members.Groups["verb"].Success || text.EndsWith(':')))
        {
            // "SUDAN CONSORTIUM – MEMBERS ENDORSING THIS LETTER", "Plateforme X – membres signataires :": two coalitions that
            // sign jointly each list their own members; the coalition signs with them, once.
            (reading.Mode, reading.Current, reading.AwaitingAffiliation, reading.Group, reading.Columns) = (ListMode.Organizations, null, false, null, null);
            var coalition = SignatoryLine.One(network, line);
            if (!reading.Contents.Signatories.Any(s => OrganizationNames.Key(s.Name) == OrganizationNames.Key(coalition.Name)))
            {
                reading.Contents.Signatories.Add(coalition);
            }

            reading.Contents.Skipped.Add(new SkippedLine(line, text, $"the heading of the members of '{network}', which signs with them"));
            return true;
        }

        if (BlockBoundary.IsHeading(text, out var peopleHeading))
        {
            reading.Mode = peopleHeading ? ListMode.People : BlockBoundary.Represented().IsMatch(text) ? ListMode.Representatives : ListMode.Organizations;
            // "Late additions (received 19 February)" inside a table, its rows going on under it in the same columns:
            // the header row above still says what they hold.
            var columns = reading.Columns is { } table && reading.NextPrintedLine() is { } below
                && ColumnRow.Cells(below).Count == table.Columns.Count ? table : null;
            (reading.Current, reading.AwaitingAffiliation, reading.Group, reading.Columns) = (null, false, null, columns);
            var heading = BlockBoundary.AnnexPrefix().Replace(BlockBoundary.WithoutPageControl(text), "");
            var colon = BlockBoundary.HeadingColon(heading);
            // "Signed by: A, B, C and 9 others. [Show all signatories]": a web page's teaser of the list names
            // the first few; the rest is a count and a button.
            // "ADD YOUR ORGANISATION BELOW: Name (Country)": a sign-on instruction's colon introduces the shape asked for.
            // "Signatories: see below": the list is under the heading, and the words after its colon only say so.
            var rest = colon >= 0 && !BlockBoundary.IsSignOnInstruction(heading) ? Teaser().Replace(heading[(colon + 1)..], "").Trim() : "";
            rest = SeeBelow().IsMatch(rest) ? "" : rest;
            var paragraph = rest.Length > 0 ? RunInParagraph(reading.Lines, reading.Index) : 0;
            for (var next = reading.Index + 1; next <= reading.Index + paragraph; next++)
            {
                // "Signed by: A (Kenya), B (Uganda), C" then "(Tanzania) and D (USA).": one paragraph, wrapped mid-name.
                var part = reading.Lines[next].Text.Trim();
                rest = WrappedLines.JoinedTo(rest, part);
                reading.Contents.Skipped.Add(new SkippedLine(reading.Lines[next].Line, part, "the list run in with the heading above, read with it"));
            }

            reading.Index += paragraph;
            if (rest.Length > 0 && reading.Mode == ListMode.People)
            {
                // "Jane Doe (KE), researcher; and Dr. John Roe (UG), lawyer.": each person with what follows the name
                // as their titles, and the place after the name left out.
                reading.Contents.People.AddRange(SignatoryLine.ReadRunIn(rest, line).Select(p => p.Text.Contains(", ", StringComparison.Ordinal) && PersonLine.PersonWithAffiliations(p.Text, line) is { } person && PersonLine.IsPersonName(PersonLine.WithoutCity(person.Name))
                    ? person with { Name = PersonLine.WithoutCity(person.Name) }
                    : new PrintedPerson(p.Name, [], line)));
            }
            else if (rest.Length > 0)
            {
                reading.Contents.Signatories.AddRange(paragraph > 0 ? SignatoryLine.ReadRunIn(rest, line) : SignatoryLine.Read(rest, line));
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// How many lines after a heading that starts a list on its own line ("Signed by: A (Kenya), B (Uganda), C") go
    /// on with it as one running paragraph: every line of the paragraph but the last holds a comma, so the list is
    /// run in rather than printed one name a line.
    /// </summary>
    private static int RunInParagraph(List<(string Text, int Line)> lines, int heading)
    {
        if (!lines[heading].Text.Contains(',', StringComparison.Ordinal) || lines[heading].Text.TrimEnd() is var first && first.Length > 0 && first[^1] is '.' or ';' or ':')
        {
            return 0;
        }

        var end = heading + 1;
        while (end < lines.Count && lines[end].Text.Trim().Length > 0 && !BlockBoundary.IsHeading(lines[end].Text, out _) && !BlockBoundary.IsTrailer(lines[end].Text))
        {
            end++;
        }

        var count = end - heading - 1;
        return count > 0 && Enumerable.Range(heading + 1, count - 1).All(j => lines[j].Text.Contains(',', StringComparison.Ordinal)) ? count : 0;
    }

    /// <summary>The index of a list heading after the paragraph that starts at <paramref name="index"/> (a blank line ends it), or null.</summary>
    private static int? ListHeadingAfterParagraph(List<(string Text, int Line)> lines, int index)
    {
        var end = index;
        while (end < lines.Count && lines[end].Text.Trim().Length > 0)
        {
            end++;
        }

        for (var j = end; j < lines.Count; j++)
        {
            var text = lines[j].Text.Trim();
            if (text.Length > 0)
            {
                return BlockBoundary.IsHeading(text, out var people) && !people ? j : null;
            }
        }

        return null;
    }

    // "X – MEMBERS ENDORSING THIS LETTER", "X – member organisations signing:", "X – membres signataires :": the heading
    // of one coalition's own list of members. ("Members of X:" is left alone: X is as often a committee that does not sign.)
    [GeneratedRegex(@"^(?:(?<network>[^:–—]{3,120}?)\s+[–—-]\s+(?:(?:its\s+)?members|member\s+organi[sz]ations|membres|organisations\s+membres|miembros|organizaciones\s+miembros|membros|mitglieder|mitgliedsorganisationen)(?<verb>\s+(?:endorsing|signing|supporting|who\s+(?:endorse|sign|support|have\s+signed)|signataires|firmantes|signatários|unterzeichnende)(?:\s+(?:this|the)\s+(?:letter|statement|appeal|lettre|déclaration|carta|brief))?)?)\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MembersHeading();

    // "cc:", "c.c.", "Copy to:", "Copie :", "Kopie:", "Afschrift:": the officials a letter is copied to.
    [GeneratedRegex(@"^(?:cc|c\.\s?c\.|copy\s+to|copies\s+to|copie|copia|kopie|afschrift|c/c)\s*:?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CopyLine();

    // The end of a teaser: "… and 9 others. [Show all signatories]", "… et 12 autres", "… y 8 más".
    [GeneratedRegex(@"(?:,?\s+(?:and|et|y|e)\s+\d+\s+(?:others?|more|autres|otros|otras|más|outros|outras)\b[^\[\]]*)?(?:\s*\[(?:show|view|see|expand|more|read|voir|afficher|ver|mostrar)\b[^\[\]]*\])?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Teaser();

    [GeneratedRegex(@"^\(?(?:see|voir|ver|véase|siehe|zie|vedi)\s+(?:(?:the\s+)?(?:full\s+)?(?:list\s+)?below|ci-dessous|abajo|abaixo|unten|hieronder|sotto)\)?\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SeeBelow();
}
