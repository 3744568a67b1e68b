using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// A group chat exported from a messaging app ("[18/11/2023, 21:07:39] Nasrin Sultana: …", "18/11/2023, 21:07 - Nasrin
/// Sultana: …"), as a coalition that collects sign-ons in a group keeps it: one message posts the letter's text, and
/// the organizations join one message at a time after it ("Please add Karmojibi Nari, Dhaka", "Awaj Foundation (Dhaka)
/// signs. Thank you apa"). It is read as the letter with one line under it for each organization or person the later
/// messages add, where the letter's own list ends; the app's notices, thanks, acknowledgements and talk are left out.
/// Each line keeps its number, so the report points to the message.
/// </summary>
internal static partial class ChatExport
{
    public static List<string> Read(List<string> lines)
    {
        var headers = lines.Select((l, i) => (Index: i, Match: MessageHeader().Match(l))).Where(h => h.Match.Success).ToList();
        if (headers.Count < 5)
        {
            return lines;
        }

        // The letter is the message that runs over the most lines: the others are a line or two each.
        var letter = headers.Select((h, n) => (h.Index, Length: (n + 1 < headers.Count ? headers[n + 1].Index : lines.Count) - h.Index))
            .MaxBy(m => m.Length);
        if (letter.Length < 10 || headers.Count(h => h.Index < letter.Index || h.Index >= letter.Index + letter.Length) * 2 < lines.Count(l => l.Trim().Length > 0) - letter.Length)
        {
            return lines;
        }

        var read = lines.Select(_ => "").ToList();
        read[letter.Index] = MessageHeader().Match(lines[letter.Index]).Groups["text"].Value;
        for (var i = letter.Index + 1; i < letter.Index + letter.Length; i++)
        {
            read[i] = lines[i];
        }

        foreach (var (index, match) in headers.Where(h => h.Index > letter.Index))
        {
            if (ListClosed().IsMatch(match.Groups["text"].Value))
            {
                // "List closed. Letter sent to the Ministry …": what follows is about the letter, not in it.
                break;
            }

            read[index] = Entry(match.Groups["text"].Value) ?? "";
        }

        return read;
    }

    /// <summary>What a message adds to the list, as a line of it, or null when it adds nothing.</summary>
    private static string? Entry(string message)
    {
        var text = message.Trim();
        if (text.Length == 0 || Notice().IsMatch(text) || text[0] is '(' or '@')
        {
            return null;
        }

        // "If yes please add me in personal capacity: "Dr. Farhana Rahman, Professor …"", "Personal capacity: Advocate
        // Mosharraf Hossain, Supreme Court of Bangladesh": a person, printed with their title as a list prints them.
        if (PersonalCapacity().IsMatch(text))
        {
            var person = Quoted().Match(text) is { Success: true } quoted ? quoted.Groups["text"].Value : text[(text.LastIndexOf(':') + 1)..].Trim();
            return PersonLine.HonorificFirst().IsMatch(person) ? person : null;
        }

        // "Bangladesh Legal Aid and Services Trust - pls write it as "Bangladesh Legal Aid and Services Trust (BLAST)",
        // Dhaka": the name as its writer wants it printed.
        if (WriteItAs().Match(text) is { Success: true } asked)
        {
            text = asked.Groups["name"].Value + asked.Groups["rest"].Value;
        }

        text = Symbols().Replace(text, " ").Trim();
        text = Greeting().Replace(text, "").Trim();
        // "From Jakarta: …", "and colleagues in Oslo confirm: …", "Please add: …": a few words before a colon lead in.
        if (text.IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon && text[..colon].Split(' ').Length <= 8)
        {
            text = text[(colon + 2)..].Trim();
        }

        text = LeadIn().Replace(text, "").Trim();
        text = FirstSentence().Match(text).Value.Trim();
        text = SignsAfter().Replace(text, "").Trim();
        text = ClauseAfterDash().Replace(text, "").Trim().TrimEnd('.', ',');
        if (Both().Match(text) is { Success: true } both && LooksLikeAnEntry(both.Groups["first"].Value) && LooksLikeAnEntry(both.Groups["second"].Value))
        {
            // "Human Rights Working Group (HRWG) and Perkumpulan Praxis, both Jakarta, Indonesia": two entries, one place,
            // each with the place in brackets, as a list prints two on a line.
            var place = both.Groups["place"].Value.Split(',', StringSplitOptions.TrimEntries)[^1];
            return $"{both.Groups["first"].Value} ({place}), {both.Groups["second"].Value} ({place})";
        }

        // "IndustriALL Global Union – global", "Charter of Human Responsibilities – South Asia": each writer types the
        // place after a dash of their own; in brackets it reads as a place whatever the other entries print.
        if (PlaceAfterDash().Match(text) is { Success: true } dashed && Places.TryRead(dashed.Groups["place"].Value) is not null)
        {
            text = $"{dashed.Groups["name"].Value} ({dashed.Groups["place"].Value})";
        }

        return LooksLikeAnEntry(text) ? text : null;
    }

    [GeneratedRegex(@"\b(?:list|sign-?ons?|signatures?)\s+(?:is\s+|are\s+|now\s+)?closed\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListClosed();

    [GeneratedRegex(@"^(?<first>.+?)\s+(?:and|&)\s+(?<second>.+?),\s+both\s+(?:in\s+|of\s+|from\s+)?(?<place>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Both();

    [GeneratedRegex(@"^(?<name>.*\S)\s[-–—]\s(?<place>[^-–—]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAfterDash();

    // A line of the list names organizations and places in capitalized words, without the chat's "I", "you", "we".
    private static bool LooksLikeAnEntry(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 14 || !char.IsUpper(text[0]) || text.EndsWith('?') || words.Any(w => Pronoun().IsMatch(w)))
        {
            return false;
        }

        var capitalized = words.Count(w => char.IsUpper(w.TrimStart('(', '"')[0]) || char.IsDigit(w[0]));
        return SignatoryLine.One(text, 0).Places.Any || OrganizationWords.AnyIn(text) || (capitalized >= 2 && capitalized * 2 >= words.Length);
    }

    // "[18/11/2023, 21:07:39] Nasrin Sultana: …" (iOS), "18/11/2023, 21:07 - Nasrin Sultana: …" (Android), with its
    // author; "[18/11/2023, 21:04:17] Nasrin Sultana created group …", a notice of the app, has none. The brackets or
    // the dash after the time tell a chat from a form's timestamps ("31/03/2025 10:12:44<TAB>…").
    [GeneratedRegex(@"^(?:\[\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]\s|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\s[-–]\s)(?:(?<author>[^:\t]{1,60}):\s+)?(?<text>[^\t]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex MessageHeader();

    // "<Media omitted>", "This message was deleted", "created group", "added you", "changed the group settings".
    [GeneratedRegex(@"<media\s+omitted>|this\s+message\s+was\s+deleted|messages\s+and\s+calls\s+are\s+end-to-end|\b(?:created\s+group|added\s+you|changed\s+(?:the\s+)?(?:group|subject)|left$|joined\s+using)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Notice();

    [GeneratedRegex(@"\b(?:personal|individual)\s+capacity\b|\bà\s+titre\s+personnel\b|\ba\s+t[íi]tulo\s+(?:personal|pessoal)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PersonalCapacity();

    [GeneratedRegex(@"[""“”](?<text>[^""“”]{3,})[""“”]", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?:write|print|list|put)\s+(?:it|us|our\s+name)\s+as\s+[""“](?<name>[^""“”]+)[""”](?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WriteItAs();

    // Emoji and the marks chat adds ("✅", "🙏", "👇", "🇮🇳"), the letters of other scripts aside.
    [GeneratedRegex(@"[\p{So}\p{Cs}\p{Sk}\u200d\ufe0f]+", RegexOptions.CultureInvariant)]
    private static partial Regex Symbols();

    // "Good morning.", "Hello from Bonn!", "Hi all,", "Dear all,", "Assalamu alaikum": a greeting before the entry.
    [GeneratedRegex(@"^(?:good\s+(?:morning|afternoon|evening)|hello|hi|hey|dear\s+(?:all|friends)|assalamu\s+alaikum|namaste|salaam)(?:\s+(?:all|everyone|friends|from\s+\p{Lu}[\p{L}-]*))?\s*[.!,]?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    // "Please add", "Pls add", "Also", "and our sister org", "and", "both": what the writer says before the name.
    [GeneratedRegex(@"^(?:(?:please|pls|plz|kindly)\s+(?:also\s+)?add(?:\s+us)?\s*:?\s*|(?:and|also)\s+(?:our\s+)?(?:sister|partner|member)\s+(?:org(?:ani[sz]ation)?|group|union|network)\s+|(?:and|also)\s+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    // The first sentence: "Act Church of Sweden, Uppsala, Sweden. Our regional office …" ends at its full stop.
    [GeneratedRegex(@"^.+?(?=\.\s+\p{Lu}|[.!]\s*$|$)", RegexOptions.CultureInvariant)]
    private static partial Regex FirstSentence();

    // "… signs", "… will sign", "… is signing", "… signs on": the writer's word that it signs.
    [GeneratedRegex(@"\s+(?:signs(?:\s+on)?|will\s+sign|is\s+signing|also\s+signs|joins|is\s+in)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SignsAfter();

    // "… Dhaka – they asked me to add them", "… Germany – with full solidarity": a remark after a dash, in small letters.
    [GeneratedRegex(@"\s[-–—]\s+\p{Ll}\S*\s+\S.*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseAfterDash();

    [GeneratedRegex(@"^(?:i|i'll|i’ll|i'm|i’m|we|we'll|we’re|you|your|me|my|our|us|they|them|thanks?|sorry|ok|okay|noted|added|done|yes|no)[,.!]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();
}
