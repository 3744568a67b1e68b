using System.Text.RegularExpressions;
using Archive.Core.Letters;

namespace Archive.SiteGen.Import;

/// <summary>
/// A letter that arrives inside an e-mail: forwarded ("---------- Forwarded message ---------", "-----Original
/// Message-----", "Begin forwarded message:") or pasted under the message's own headers (From:, Sent:, To:,
/// Subject:), often after a note from whoever passed it on ("Dear all, please find below … Best, Lars"). The
/// letter is what follows the last such header block (or the rule after the note); the note, the e-mail's
/// headers and its recipients are not the letter's. The e-mail's date and subject are kept for a letter that
/// prints neither.
/// </summary>
internal static partial class ForwardedMessage
{
    /// <summary>Where the letter starts in an e-mail, with the e-mail's date and subject.</summary>
    internal sealed record Found(int LetterStart, (LetterDate Date, int Line)? Sent, string? Subject);

    /// <summary>The letter inside an e-mail, or null when the text is no e-mail.</summary>
    public static Found? Find(IReadOnlyList<string> lines)
    {
        var marker = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (Marker().IsMatch(lines[i].Trim()))
            {
                marker = i;
            }
        }

        if ((marker >= 0 ? HeaderBlock(lines, marker + 1) : EmailHeadersAtTop(lines)) is not { } headers)
        {
            return null;
        }

        var (from, to) = headers;
        (LetterDate, int)? sent = null;
        string? subject = null;
        for (var i = from; i <= to; i++)
        {
            if (HeaderLine().Match(lines[i].Trim()) is not { Success: true } header)
            {
                continue;
            }

            var value = header.Groups["value"].Value.Trim();
            switch (header.Groups["name"].Value.ToLowerInvariant())
            {
                case "sent" or "date" or "envoyé" or "enviado" or "fecha":
                    if (sent is null && WrittenDate.TryParse(value, out var date, out _))
                    {
                        sent = (date, i + 1);
                    }

                    break;
                case "subject" or "objet" or "asunto":
                    subject = ReplyPrefix().Replace(value, "").Trim();
                    break;
            }
        }

        // A note under the headers ("Dear colleagues, sharing below … Warm regards, Hannah"): the letter starts after
        // the rule that ends the note. The note must end with a closing, so that a letter's own rule under its
        // letterhead is not taken for the note's.
        var start = to + 1;
        for (var i = start; i < Math.Min(lines.Count, start + 30); i++)
        {
            if (Rule().IsMatch(lines[i].Trim()))
            {
                if (Enumerable.Range(start, i - start).Any(j => BlockBoundary.IsClosing(lines[j]) || NoteClosing().IsMatch(lines[j].Trim())))
                {
                    start = i + 1;
                }

                break;
            }
        }

        return new Found(start, sent, subject is { Length: > 0 } ? subject : null);
    }

    /// <summary>The header lines from <paramref name="start"/> to the first blank line after them (inclusive bounds).</summary>
    private static (int From, int To)? HeaderBlock(IReadOnlyList<string> lines, int start)
    {
        var first = start;
        while (first < lines.Count && lines[first].Trim().Length == 0)
        {
            first++;
        }

        var last = first - 1;
        for (var i = first; i < lines.Count && HeaderLine().IsMatch(lines[i].Trim()); i++)
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

    [GeneratedRegex(@"^(?:-{2,}\s*(?:forwarded\s+message|original\s+message|message\s+transféré|message\s+d'origine|mensaje\s+reenviado|mensaje\s+original)\s*-{2,}|begin\s+forwarded\s+message\s*:|début\s+du\s+message\s+réexpédié\s*:)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?<name>from|sent|date|to|cc|bcc|subject|reply-to|attachments?|importance|de|envoyé|à|objet|para|enviado|asunto|fecha|pièces?\s+jointes?|adjuntos?)\s*:\s*(?<value>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"^(?:sent|envoyé|enviado)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SentLine();

    [GeneratedRegex(@"^(?:from|de)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FromLine();

    [GeneratedRegex(@"^(?:subject|objet|asunto)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubjectLine();

    [GeneratedRegex(@"^(?:(?:fwd?|fw|re|tr|rv|aw|wg)\s*:\s*)+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefix();

    [GeneratedRegex(@"^[_\-=*]{3,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Rule();

    [GeneratedRegex(@"^(?:thanks|thank\s+you|many\s+thanks|cheers|best|all\s+the\s+best|merci|saludos|un\s+abrazo|bien\s+à\s+vous|amitiés)[,.!]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NoteClosing();
}
