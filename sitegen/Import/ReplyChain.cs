using System.Text.RegularExpressions;
using Archive.Core.Organizations;

namespace Archive.SiteGen.Import;

/// <summary>
/// A letter kept in an e-mail reply chain, read as an editor reads it: the letter and its list are in the message
/// that carries them (the newest with a list of its own: the copies quoted under it are older drafts), the messages
/// printed above it are newer and may add late signatories as a list ("three late additions that reached us after
/// it went round:") or withdraw one ("X asked us to remove its name"); the messages quoted below it are older and
/// are left out, so that no signatory is read twice and no quoted header is read as an entry.
/// </summary>
internal static partial class ReplyChain
{
    /// <summary>What the messages newer than the letter's change in its list.</summary>
    internal sealed record LateChanges(List<(string Text, int Line)> Additions, List<Withdrawal> Withdrawals)
    {
        public static readonly LateChanges None = new([], []);
    }

    /// <summary>A sentence that withdraws a signature, its line, and what its message prints after it (the writer's signature, to find "our" name).</summary>
    internal sealed record Withdrawal(string Sentence, int Line, bool OwnName, string After);

    /// <summary>
    /// The message that carries the letter: the newest (first printed) one whose signatory block names several
    /// signatories, since a reply may quote older drafts of the letter under the final one; else the last message
    /// with a signatory block of its own (a note's sign-off names one writer at most), else the last message. A
    /// forwarding note's sign-off with the writer's title and organization ("Best, / Hannah / Hannah Lowther | … /
    /// UNA-UK | …") may read as a few names: a list less than half as long as the longest is no draft of it.
    /// </summary>
    public static int LetterMessage(IReadOnlyList<string> lines, IReadOnlyList<ForwardedMessage.Found> chain)
    {
        var withBlock = chain.Select((message, m) => (Index: m, Signed: message.HasHeaders ? Signed(lines, message) : 0))
            .Where(m => m.Signed > 0).ToList();
        var longest = withBlock.Count > 0 ? withBlock.Max(m => m.Signed) : 0;
        return withBlock.FirstOrDefault(m => m.Signed >= LetterListMinimum && m.Signed * 2 >= longest) is { Signed: > 0 } letter ? letter.Index
            : withBlock is [.., var last] ? last.Index
            : chain.Count - 1;
    }

    // A list of three names is a letter's; a note's sign-off is one writer, with a title and organization at most.
    private const int LetterListMinimum = 3;

    // How many signatories a message's own signatory block names (0 when it has none). A list of late additions
    // ("The following organisations have also signed since Tuesday:") is no block of the message's own.
    private static int Signed(IReadOnlyList<string> lines, ForwardedMessage.Found within)
    {
        var message = ForwardedMessage.Within(lines, within);
        if (SignatureStart.Find(message) is not { } found
            || LateLists(lines, Paragraphs(lines, within.LetterStart, within.End)).Any(l => found.Start >= l.LeadIn && found.Start < l.Names[^1].Line))
        {
            return 0;
        }

        var block = SignatureBlock.Read([.. message.Select((l, i) => (Text: l, Line: i + 1)).Skip(found.Start)]);
        return Math.Max(1, block.Signatories.Count + block.People.Count);
    }

    /// <summary>The late additions and withdrawals written in the messages newer than the letter's.</summary>
    public static LateChanges Read(IReadOnlyList<string> lines, IEnumerable<ForwardedMessage.Found> newer)
    {
        var additions = new List<(string Text, int Line)>();
        var withdrawals = new List<Withdrawal>();
        foreach (var message in newer)
        {
            var paragraphs = Paragraphs(lines, message.LetterStart, message.End);
            foreach (var (_, names) in LateLists(lines, paragraphs))
            {
                additions.AddRange(names);
                additions.Add(("", names[^1].Line + 1));
            }

            for (var p = 0; p < paragraphs.Count; p++)
            {
                var (text, first, _) = paragraphs[p];
                foreach (var sentence in Sentences().Split(text).Where(s => Withdraws().IsMatch(s) && !Conditional().IsMatch(s)))
                {
                    withdrawals.Add(new Withdrawal(sentence.Trim(), first + 1, OwnName().IsMatch(sentence), string.Join(" ", paragraphs.Skip(p + 1).Select(a => a.Text))));
                }
            }
        }

        return new LateChanges(additions, withdrawals);
    }

    /// <summary>
    /// The signatories less those a newer message withdrew: the one its sentence names, or, when the sentence asks
    /// to remove "our name", the one signatory its message names after it (in its writer's signature). Each stays in the
    /// report among the skipped lines, with the line that withdrew it.
    /// </summary>
    public static List<PrintedSignatory> WithoutWithdrawn(List<PrintedSignatory> signatories, IReadOnlyList<Withdrawal> withdrawals, List<SkippedLine> skipped)
    {
        var kept = new List<PrintedSignatory>(signatories);
        foreach (var withdrawal in withdrawals)
        {
            var named = kept.Where(s => Names(withdrawal.Sentence, s)).ToList();
            if (named.Count == 0 && withdrawal.OwnName && kept.Where(s => Names(withdrawal.After, s)).ToList() is [var own])
            {
                named = [own];
            }

            foreach (var signatory in named)
            {
                kept.Remove(signatory);
                skipped.Add(new SkippedLine(signatory.Line, signatory.Text, $"withdrawn by the later message at line {withdrawal.Line} (\"{withdrawal.Sentence}\"); not a signatory"));
            }
        }

        return kept;
    }

    // The lists of late additions in a message's paragraphs: a lead-in ending in a colon that says the names came
    // late, then a paragraph of names, or the names on the lines right under it ("Late additions:" / "A" / "B"); the
    // lead-in's first line (0-based) and the names at their lines (1-based).
    private static IEnumerable<(int LeadIn, List<(string Text, int Line)> Names)> LateLists(IReadOnlyList<string> lines, List<(string Text, int First, int Last)> paragraphs)
    {
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (text, first, last) = paragraphs[p];
            var colon = Enumerable.Range(first, last - first).FirstOrDefault(i => lines[i].TrimEnd().EndsWith(':'), -1);
            if (colon >= 0 && Adds().IsMatch(string.Join(" ", Enumerable.Range(first, colon - first + 1).Select(i => lines[i].Trim())))
                && ListedNames(lines, ("", colon + 1, last)) is { } under)
            {
                yield return (first, under);
            }
            else if (p + 1 < paragraphs.Count && text.EndsWith(':') && Adds().IsMatch(text) && ListedNames(lines, paragraphs[p + 1]) is { } listed)
            {
                yield return (first, listed);
            }
        }
    }

    // True when the text names the signatory: its name without the acronym, as whole words in the normalized text.
    private static bool Names(string text, PrintedSignatory signatory)
    {
        var name = OrganizationNameForm.Normalize(PrintedOrganizationName.Parse(signatory.Name).Base);
        return name.Contains(' ', StringComparison.Ordinal) && $" {OrganizationNameForm.Normalize(text)} ".Contains($" {name} ", StringComparison.Ordinal);
    }

    // The paragraphs of a message: their text joined, first and last line (0-based).
    private static List<(string Text, int First, int Last)> Paragraphs(IReadOnlyList<string> lines, int start, int end)
    {
        var paragraphs = new List<(string Text, int First, int Last)>();
        for (var i = start; i < end; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var first = i;
            while (i + 1 < end && lines[i + 1].Trim().Length > 0)
            {
                i++;
            }

            paragraphs.Add((string.Join(" ", Enumerable.Range(first, i - first + 1).Select(j => lines[j].Trim())), first, i));
        }

        return paragraphs;
    }

    // A paragraph of names, one a line (bulleted or not), at their line numbers (1-based); null if any line is prose.
    private static List<(string Text, int Line)>? ListedNames(IReadOnlyList<string> lines, (string Text, int First, int Last) paragraph)
    {
        var listed = Enumerable.Range(paragraph.First, paragraph.Last - paragraph.First + 1).Select(i => (Text: lines[i], Line: i + 1)).ToList();
        return listed.All(l => SignatureStart.IsListedName(l.Text)) ? listed : null;
    }

    // A lead-in to signatories added late: "three late additions that reached us after it went round:", "please
    // also add:", "ajouts de dernière minute :", "se sumaron después del envío:", "adesões tardias:", "nachträglich
    // unterzeichnet haben:".
    [GeneratedRegex(@"\b(?:late\s+(?:additions?|signator(?:y|ies)|endorse(?:ment|r)s?)|additional\s+(?:signator|organi[sz]ation|endorse)|please\s+(?:also\s+)?add\b|added\b|new\s+signator|(?:have|has)\s+(?:since\s+|also\s+)*(?:joined|signed)|also\s+(?:signed|joined|endorsed)|ajouts?\b|ajout(?:er|ez|ée?s?)\b|s'ajoutent|signatures?\s+tardives?|nouveaux\s+signataires|ont\s+(?:aussi\s+|également\s+|depuis\s+)*(?:rejoint|signé)|añad(?:ir|id[oa]s?)|agreg(?:ar|ad[oa]s)|adhesiones\s+tardías|se\s+(?:han\s+)?suma(?:do|ron|n)|nuev[oa]s\s+firmantes|también\s+firma|acrescent(?:ar|ad[oa]s)|adicion(?:ar|ad[oa]s)|adesões\s+tardias|novas\s+adesões|novos\s+signatários|juntaram-se|também\s+assina|hinzuf[üu]g|nachtr[äa]glich|nachzügler|ergänz|neue\s+unterzeichn|haben\s+(?:sich\s+)?(?:noch\s+)?(?:angeschlossen|unterzeichnet))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Adds();

    // A signature withdrawn: "asked us to REMOVE its name", "please take us off the list", "retire sa signature",
    // "pide retirar su firma", "pediu para retirar o seu nome", "bittet, ihren Namen zu streichen".
    [GeneratedRegex(@"\b(?:(?:remove|withdraw|delete|strike)\b[^.;]{0,30}\bnames?\b|withdr[ae]w(?:s|n|ing)?\s+(?:its|their|our|his|her)\s+(?:signature|endorsement|support)|no\s+longer\s+(?:wish(?:es)?\s+to\s+)?(?:sign|endorse)|take\s+(?:us|them|it|her|him)\s+off\b|retir(?:er|ez|e|ée?)\s+(?:son|sa|notre|leur|nos|leurs)\s+(?:nom|signature)|ne\s+(?:souhaite|peut)\s+plus\s+signer|(?:retirar|retira|retiren|retire|quitar|quiten|eliminar|remover|remova|tirar)\s+(?:(?:o|a|el|la)\s+)?(?:su|sus|nuestro|nuestra|seu|sua|nosso|nossa)\s+(?:nombre|firma|nome|assinatura|adesão|adhesión)|ya\s+no\s+(?:desea\s+)?firma|já\s+não\s+(?:deseja\s+)?assina|(?:namen|unterschrift)\b[^.;]{0,40}\b(?:streichen|entfernen|zurückziehen|zurückzuziehen|zurückgezogen)|zieht\s+(?:ihre|seine|unsere)\s+(?:unterschrift|unterstützung)\s+zurück|von\s+der\s+liste\s+(?:zu\s+)?(?:streichen|nehmen|entfernen))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Withdraws();

    // The writer withdrawing its own organization: "our name", "notre nom", "nuestra firma", "o nosso nome", "unseren Namen".
    [GeneratedRegex(@"\b(?:our|notre|nos|nuestr[oa]s?|noss[oa]s?|unser(?:en|e)?)\b|\b(?:take|remove)\s+us\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OwnName();

    // "If your organisation wishes to remove its name, reply by Friday": how to withdraw, not a withdrawal.
    [GeneratedRegex(@"\b(?:if|whether|should\s+you|si|wenn|falls|caso)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Conditional();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex Sentences();
}
