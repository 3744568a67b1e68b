using System.Text.RegularExpressions;
using Archive.Core.Letters;

namespace Archive.SiteGen.Import;

/// <summary>
/// A letter that arrives inside an e-mail: forwarded ("---------- Forwarded message ---------", "-----Original
/// Message-----", "Begin forwarded message:") or pasted under the message's own headers (From:, Sent:, To:,
/// Subject:), often after a note from whoever passed it on ("Dear all, please find below … Best, Lars"). The e-mail
/// is split into its messages at each marker or header block; a forwarded letter is what follows the last one (or
/// the rule after its note), and in a reply chain <see cref="ReplyChain"/> finds the message that carries it. The
/// note, the e-mail's headers and its recipients are not the letter's. The e-mail's date and subject are kept for a
/// letter that prints neither.
/// </summary>
internal static partial class ForwardedMessage
{
    /// <summary>
    /// One message of an e-mail, up to the next message's boundary (a forward or reply marker, its headers, an
    /// "On … wrote:" line): where its own text starts (after its headers and any note above a rule), where it ends
    /// (exclusive), its date and subject.
    /// </summary>
    internal sealed record Found(int LetterStart, int End, (LetterDate Date, int Line)? Sent, string? Subject)
    {
        /// <summary>True when the message opens with headers or a marker, not a note pasted above them.</summary>
        public bool HasHeaders { get; init; } = true;
    }

    /// <summary>The letter inside an e-mail, or null when the text is no e-mail: the last message of the chain.</summary>
    public static Found? Find(IReadOnlyList<string> lines) => Chain(lines) is [.., var last] ? last : null;

    /// <summary>
    /// The messages of an e-mail in the order printed (a reply chain prints the newest first), or none when the text
    /// is no e-mail. A note above the first marker is a message without headers.
    /// </summary>
    public static IReadOnlyList<Found> Chain(IReadOnlyList<string> lines)
    {
        var boundaries = Boundaries(lines);
        if (boundaries.Count == 0)
        {
            return [];
        }

        var messages = new List<Found>();
        if (boundaries[0].Line > 0 && lines.Take(boundaries[0].Line).Any(l => l.Trim().Length > 0))
        {
            messages.Add(new Found(0, boundaries[0].Line, null, null) { HasHeaders = false });
        }

        for (var b = 0; b < boundaries.Count; b++)
        {
            var end = b + 1 < boundaries.Count ? boundaries[b + 1].Line : lines.Count;
            messages.Add(Message(lines, boundaries[b].Headers, end));
        }

        return messages;
    }

    /// <summary>"To: list@example.org", "Date: …", "Subject: …": a line of an e-mail's headers.</summary>
    public static bool IsHeaderLine(string line) => HeaderLine().IsMatch(line.Trim());

    /// <summary>The lines of <paramref name="lines"/> outside the message blanked: its text only, at its own line numbers.</summary>
    public static List<string> Within(IReadOnlyList<string> lines, Found message) =>
        [.. lines.Select((l, i) => i >= message.LetterStart && i < message.End ? l : "")];

    // Where each message starts and its header lines: the e-mail's own headers at the top, every forward or reply
    // marker ("-----Original Message-----", "On 12 May 2014, Ana wrote:") and every reply's headers printed without
    // a marker (Outlook's "From: … / Sent: …", "De : … / Envoyé : …", "Von: … / Gesendet: …").
    private static List<(int Line, (int From, int To) Headers)> Boundaries(IReadOnlyList<string> lines)
    {
        var found = new List<(int Line, (int From, int To) Headers)>();
        if (EmailHeadersAtTop(lines) is { } top)
        {
            found.Add((top.From, top));
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trim();
            if (found.Count > 0 && i <= found[^1].Headers.To)
            {
                continue;
            }

            if (Marker().IsMatch(text) || ReplyLine().IsMatch(text) || DigestMessage().IsMatch(text))
            {
                found.Add((i, HeaderBlock(lines, i + 1)!.Value));
            }
            else if (ReplyHeaders(lines, i) is { } headers)
            {
                found.Add((i, headers));
            }
            else if (ThreadMessage().IsMatch(text))
            {
                // "Amara Nwosu <secretariat@…>␣␣␣␣Mon, Oct 28, 2024 at 9:12 AM" over "To: list@…": a message of a thread
                // as a mail reader or a group's archive prints it, the sender and the time on one line.
                found.Add((i, (i, HeaderBlock(lines, i + 1) is var (_, to) && to > i ? to : i)));
            }
        }

        return found;
    }

    // A reply's headers without a marker above them: a sender, then a "Sent:" line among the next lines.
    private static (int From, int To)? ReplyHeaders(IReadOnlyList<string> lines, int at)
    {
        if (!FromLine().IsMatch(lines[at].Trim()) || HeaderBlock(lines, at) is not var (from, to) || to < from)
        {
            return null;
        }

        return Enumerable.Range(from, to - from + 1).Any(i => SentLine().IsMatch(lines[i].Trim())) ? (from, to) : null;
    }

    private static Found Message(IReadOnlyList<string> lines, (int From, int To) headers, int end)
    {
        var (from, to) = headers;
        (LetterDate, int)? sent = null;
        string? subject = null;
        for (var i = from; i <= to; i++)
        {
            if (ThreadMessage().Match(lines[i].Trim()) is { Success: true } thread && sent is null && WrittenDate.TryParse(thread.Groups["time"].Value, out var threadDate, out _))
            {
                sent = (threadDate, i + 1);
            }

            if (HeaderLine().Match(lines[i].Trim()) is not { Success: true } header)
            {
                continue;
            }

            var value = header.Groups["value"].Value.Trim();
            switch (header.Groups["name"].Value.ToLowerInvariant())
            {
                case "sent" or "date" or "envoyé" or "enviado" or "fecha" or "gesendet" or "datum" or "enviado el" or "enviada" or "data":
                    if (sent is null && WrittenDate.TryParse(value, out var date, out _))
                    {
                        sent = (date, i + 1);
                    }

                    break;
                case "subject" or "objet" or "asunto" or "betreff" or "assunto":
                    subject = ReplyPrefix().Replace(Unfolded(lines, i, to, value), "").Trim();
                    break;
            }
        }

        return new Found(AfterNote(lines, to + 1, end), end, sent, subject is { Length: > 0 } ? subject : null);
    }

    // A header's value with the lines it is folded onto: "Subject: Joint letter on the protection of journalists in"
    // over "\tthe run-up to the elections" is one subject.
    private static string Unfolded(IReadOnlyList<string> lines, int header, int to, string value) =>
        string.Join(" ", [value, .. lines.Skip(header + 1).Take(to - header).TakeWhile(IsFolded).Select(l => l.Trim())]);

    // A header's value folded onto the next line, indented: a line of the header above it, not a header of its own.
    private static bool IsFolded(string line) => line.Trim().Length > 0 && char.IsWhiteSpace(line[0]) && !HeaderLine().IsMatch(line.Trim());

    // "--" over "Grace Achieng | Advocacy Coordinator | …" and a phone: the writer's signature under the sign-off, as a
    // mail reader sets it apart, a few lines to the message's end or to the rule under them that ends the note
    // ("Katrin Vogel | Policy Coordinator" and "Berlin" over "*****"); a letter under it is longer.
    private static bool IsSignatureUnder(IReadOnlyList<string> lines, int rule, int end)
    {
        var under = lines.Skip(rule + 1).Take(end - rule - 1).Select(l => l.Trim()).ToList();
        return under.Count(l => l.Length > 0) < 8 || under.FindIndex(l => l != "--" && Rule().IsMatch(l)) is >= 0 and <= 6;
    }

    // A note under the headers ("Dear colleagues, sharing below … Warm regards, Hannah"): the letter starts after the
    // rule that ends the note. The note must end with a closing, or open with a greeting and end with its writer's
    // name alone, so that a letter's own rule under its letterhead is not taken for the note's.
    // "Below is the letter", "the full text is quoted below", "find the statement below", "voici ci-dessous la lettre",
    // "a continuación la carta", "segue abaixo a carta".
    [GeneratedRegex(@"\b(?:below\s+is\s+the|(?:letter|text|statement|appeal)\b.{0,60}\bbelow\b|(?:find|see)\s+(?:it\s+|the\s+\w+\s+)?below|ci-dessous|a\s+continuaci[óo]n|abaixo|unten\s+(?:finden|steht)|hieronder)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LetterBelow();

    private static int AfterNote(IReadOnlyList<string> lines, int start, int end)
    {
        for (var i = start; i < Math.Min(end, start + 30); i++)
        {
            if (!Rule().IsMatch(lines[i].Trim()) || (lines[i].Trim() == "--" && IsSignatureUnder(lines, i, end)))
            {
                continue;
            }

            var note = Enumerable.Range(start, i - start).Select(j => lines[j].Trim()).Where(l => l.Length > 0).ToList();
            // "Bondia maun-alin sira," … "Ana Maria" over "Coordinator, Timor-Leste CSO Working Group on ASEAN, Dili": a
            // greeting in any language (a few words and a comma) and the writer's name with their position under it.
            var signed = note.Any(l => BlockBoundary.IsClosing(l) || NoteClosing().IsMatch(l))
                || (note is [var first, .., var last] && Greeting().IsMatch(first) && WritersName().IsMatch(last))
                || (note is [var greeting, _, .., var writer, var position] && ShortGreeting().IsMatch(greeting) && WritersName().IsMatch(writer) && PersonLine.IsRole(position))
                // "Dear all, … Below is the letter as it is being sent this morning …": a greeting and a word that the
                // letter follows, unsigned.
                || (note is [var hello, _, ..] && (Greeting().IsMatch(hello) || ShortGreeting().IsMatch(hello)) && note.Any(l => LetterBelow().IsMatch(l)));
            return signed ? i + 1 : start;
        }

        return start;
    }

    /// <summary>The header lines from <paramref name="start"/> to the first blank line after them (inclusive bounds).</summary>
    private static (int From, int To)? HeaderBlock(IReadOnlyList<string> lines, int start)
    {
        var first = start;
        while (first < lines.Count && lines[first].Trim().Length == 0)
        {
            first++;
        }

        // A header's value folded onto the next line, indented ("Subject: … on" over "\tTimor-Leste's accession …"), is
        // the header's still.
        var last = first - 1;
        for (var i = first; i < lines.Count && (HeaderLine().IsMatch(lines[i].Trim()) || (i > first && IsFolded(lines[i]))); i++)
        {
            last = i;
        }

        return last >= first ? (first, last) : (start, start - 1);
    }

    // An e-mail's own headers as its first lines: a sender with an address, or a "Sent:" line, and a subject.
    private static (int From, int To)? EmailHeadersAtTop(IReadOnlyList<string> lines)
    {
        if (HeaderBlock(lines, 0) is not { } headers || headers.To < headers.From)
        {
            return null;
        }

        var (from, to) = headers;
        var block = lines.Skip(from).Take(to - from + 1).Select(l => l.Trim()).ToList();
        var isEmail = block.Any(l => SentLine().IsMatch(l) || (FromLine().IsMatch(l) && l.Contains('@', StringComparison.Ordinal)))
            && block.Any(l => SubjectLine().IsMatch(l));
        return isEmail ? (from, to) : null;
    }

    [GeneratedRegex(@"^(?:-{2,}\s*(?:forwarded\s+message|original\s+message|message\s+transféré|message\s+d'origine|mensaje\s+reenviado|mensaje\s+original|mensagem\s+original|mensagem\s+encaminhada|ursprüngliche\s+nachricht|weitergeleitete\s+nachricht)\s*-{2,}|begin\s+forwarded\s+message\s*:|début\s+du\s+message\s+réexpédié\s*:)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\p{L}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,4}[,!]$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortGreeting();

    // "Message: 2" over its headers: where a mailing list's digest starts each message it gathers.
    [GeneratedRegex(@"^Message:\s*\d{1,3}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DigestMessage();

    [GeneratedRegex(@"^(?<name>from|sent|date|to|cc|bcc|subject|reply-to|message-id|in-reply-to|references|attachments?|importance|de|envoyé|à|objet|para|enviado\s+el|enviad[oa]|asunto|fecha|pièces?\s+jointes?|adjuntos?|von|gesendet|datum|an|betreff|anhang|assunto|data|anexos?)\s*:\s*(?<value>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HeaderLine();

    // "Amara Nwosu <secretariat@crc4cj.example.org>␣␣␣␣Mon, Oct 28, 2024 at 9:12 AM": a thread's message, its sender
    // with an address and, set apart, when it was sent (a year in it).
    [GeneratedRegex(@"^[^<>:]{2,80}?\s*<[^<>@\s]+@[^<>\s]+>\s{2,}(?<time>\S.*\b(?:19|20)\d\d\b.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ThreadMessage();

    [GeneratedRegex(@"^(?:sent|envoyé|enviad[oa](?:\s+el)?|gesendet)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SentLine();

    [GeneratedRegex(@"^(?:from|de|von)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FromLine();

    [GeneratedRegex(@"^(?:subject|objet|asunto|assunto|betreff)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubjectLine();

    [GeneratedRegex(@"^(?:(?:fwd?|fw|re|tr|rv|aw|wg)\s*:\s*)+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefix();

    // "-----", "~~~~~", and a rule that names what follows it: "-------- Letter --------", "===== La lettre =====", "--- Carta ---";
    // "--", as a mail reader draws it under the writer's sign-off.
    [GeneratedRegex(@"^(?:--|[_\-=*~]{3,}(?:\s*\p{L}[\p{L}' ]{0,30}?\s*[_\-=*~]{3,})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Rule();

    // "Thanks,", "With thanks and best regards,", "Thanks & regards", "Cheers": how a note to colleagues ends.
    [GeneratedRegex(@"^(?:(?:with\s+)?(?:many\s+)?thanks(?:\s*(?:,|and|&)\s*(?:best\s+|kind\s+|warm\s+)?regards)?|thank\s+you|cheers|best|all\s+the\s+best|merci|saludos|un\s+abrazo|bien\s+à\s+vous|amitiés)[,.!]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NoteClosing();

    // "On Mon, 12 May 2014 at 17:05, Ana Ruiz <ana@…> wrote:", "Le 12 mai 2014 à 17:05, Ana a écrit :",
    // "El 12 may 2014, Ana escribió:", "Em 12/05/2014, Ana escreveu:", "Am 12.05.2014 schrieb Ana:".
    [GeneratedRegex(@"^(?:on\s.{4,200}\bwrote|le\s.{4,200}\ba\s+écrit|el\s.{4,200}\bescribió|em\s.{4,200}\bescreveu|am\s.{4,200}\bschrieb\b.{0,120})\s*:$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReplyLine();

    // The first line of a note: "Dear all,", "Hi everyone!", "Chers collègues,", "Queridas compañeras:", "Liebe Alle,".
    [GeneratedRegex(@"^(?:dear|hi|hello|chers?|chères?|bonjour|queridos?|queridas?|estimad[oa]s|hola|caros?|caras?|prezad[oa]s|olá|liebe[rn]?|hallo)\b[^.]{0,40}[,:!]$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    // A note's writer signing with a name alone ("Grace", "Ana María", "Jean-Paul").
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex WritersName();
}
