using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Archive.Core.Letters;
using Archive.Core.Organizations;

namespace Archive.SiteGen.Import;

/// <summary>
/// Reads a letter's plain text into a <see cref="LetterDraft"/>, top to bottom in named steps:
/// find the signatory block (the closing or list heading) → find the salutation → read the header above it
/// (letterhead, title, date, recipients, CC) → turn the body into Markdown → read the signatory block.
/// </summary>
internal static partial class ReadLetterText
{
    public static LetterDraft? From(string text, string file, out ImportProblem? problem)
    {
        problem = null;
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        // The text as the document showed it: a group chat's letter and the entries its messages add, the letter's files
        // without the lines that name them, a page's HTML
        // without its tags, one version of a bilingual print, a sheet's printed gutter, a text browser's leftovers,
        // Markdown's marks.
        lines = MarkdownSource.WithoutLineEmphasis(MarkdownSource.Plain(PageTextDump.Read(SpreadsheetPrintout.Read(SideBySideLanguages.Read(HtmlSource.Plain(FileArchive.Read(PetitionFeed.Read(ChatExport.Read(Unquoted(lines))))))))));
        // A running header or footer copied from every page of a document ("Joint NGO letter – Sudan – HRC30") is the
        // same line three times or more: it is neither text nor signatory.
        // Signers' titles repeat too ("Executive Director" under five names): they are kept, and so is a table's header
        // row printed again under each heading ("N°   Organisation   Pays"): it still says what the columns hold.
        // A footer counts with its page number taken off ("Open letter on Libya – 6 February 2019    Page 2 of 3"), so
        // the title it repeats is the same line as the running header printed alone at the top of the next page.
        // Nor is a country printed under each of its organizations ("Vereinigtes Königreich"), or a city with it
        // ("Washington D.C. · EE.UU."), nor an e-mail's header that each message of a digest repeats ("To:
        // list@…"), which would cut the message's headers in two. Nor is a rule: a newsletter draws the same one around
        // each of its items, and the rules around the item after the letter's tell where the list ends.
        // A form's field is no running header either: "Country: United States" repeats in many records, but its key
        // comes with other values in others ("Country: Haïti"), and a header is the same line each time.
        var fields = lines.Select(l => (Key: TableLayout.FieldKey(l), Line: RunningLine(l))).Where(f => f.Key is not null)
            .GroupBy(f => f.Key!, StringComparer.Ordinal).Where(g => g.Select(f => f.Line).Distinct(StringComparer.Ordinal).Count() >= 2)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var repeated = lines.Where(l => (TableLayout.FieldKey(l) is not { } key || !fields.Contains(key)) && !IsPlaceUnderName(l) && !ForwardedMessage.IsHeaderLine(l)).Select(RunningLine)
            .Where(l => l.Length >= 20 && !PersonLine.IsRole(l) && ColumnRow.TryHeader(l) is null && Places.TryRead(l) is null && !NotAnEntry.IsRule(l))
            .GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() >= 3).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var runningDate = RunningHeaderDate(lines, repeated);
        lines = [.. lines.Select(l => repeated.Contains(RunningLine(l)) ? "" : l)];
        lines = [.. lines.Select((l, i) => IsNextPagesHead(lines, i) ? "" : l)];

        // A letter forwarded by e-mail: what comes before it (a note, the e-mail's headers) is not the letter. In a
        // reply chain, the messages above the letter's may add or withdraw signatories, and those below are older.
        var chain = ForwardedMessage.Chain(lines);
        var letterMessage = ReplyChain.LetterMessage(lines, chain);
        var email = letterMessage >= 0 ? chain[letterMessage] : null;
        var late = email is not null ? ReplyChain.Read(lines, chain.Take(letterMessage)) : ReplyChain.LateChanges.None;
        if (email is not null)
        {
            lines = ForwardedMessage.Within(lines, email);
        }

        if (SignatureStart.Find(lines) is not { } found)
        {
            problem = new ImportProblem(file, null, "no signatory block found: the names must follow a closing line such as 'Sincerely,', a heading such as 'Signatories:' or 'Endorsed by:', or the last paragraph of the letter, one name per line");
            return null;
        }

        var signature = found.Start;
        var numbered = lines.Select((l, i) => (Text: l, Line: i + 1)).ToList();
        var leading = found.Leading is var (from, to) ? numbered[from..(to + 1)] : [];
        // A list printed above the letter is read with the block, and is neither header nor body.
        var letter = found.Leading is var (start, end) ? [.. lines.Select((l, i) => i >= (found.LeadingNote ?? start) && i <= end ? "" : l)] : lines;

        var salutation = Enumerable.Range(0, Math.Min(signature, letter.Count)).FirstOrDefault(i => SalutationLines(letter, i) > 0, -1);
        var headerEnd = salutation >= 0 ? salutation : FirstBodyLine(letter, signature);
        var bodyStart = salutation >= 0 ? salutation + SalutationLines(letter, salutation) : headerEnd;
        var header = ReadHeader(letter, headerEnd);
        if (header.Title is null && SubjectUnder(letter, bodyStart, signature) is var (subject, subjectLine))
        {
            // "Your Excellency, Honourable Chief Mediator," then "RE: PROTECTION OF CIVILIANS …": a subject printed under the
            // salutation is the title still, and no part of the text.
            (header, bodyStart) = (header with { Title = subject }, subjectLine + 1);
        }

        if (header.Title is null && SubjectAboveSalutation(letter, salutation, header.Recipients) is { } unlabelled)
        {
            // "Stop the red-tagging of church workers and humanitarian volunteers" alone in its paragraph between the
            // addressees and "Dear President Marcos and Ms. Lawlor,": the subject, printed without its label.
            header = header with { Title = unlabelled, Recipients = header.Recipients.SkipLast(1).ToList() };
        }

        var listStart = SignatureStart.AnnexList(lines, signature) ?? SignatureStart.ListInAnotherFile(lines, signature) ?? signature + (signature < lines.Count && BlockBoundary.IsClosing(lines[signature]) ? BlockBoundary.ClosingLength(lines, signature) : 0);
        var block = SignatureBlock.Read([.. late.Additions, .. leading, .. numbered.Skip(listStart)]);
        if (block.Signatories.Count == 0 && block.People.Count == 0)
        {
            problem = new ImportProblem(file, signature + 1, "the signatory block has no organization and no person in it");
            return null;
        }

        var date = DatedInProse(letter, signature) ?? header.Date ?? block.Date ?? DateAboveBlock(letter, bodyStart, signature) ?? runningDate
            ?? (email?.Sent is { } sent ? (sent.Date, sent.Line, $"the letter prints no date; this is the date of the e-mail it came in (line {sent.Line})") : null);
        var title = header.Title ?? email?.Subject;
        var body = letter.Skip(bodyStart).Take(signature - bodyStart).Where(l => !NotAnEntry.IsPageNumber(l)).ToList();
        return new LetterDraft
        {
            Title = title ?? DerivedTitle(header.Recipients, date?.Date),
            TitleIsPrinted = title is not null,
            Date = date?.Date,
            DateLine = date?.Line,
            DateCaution = date?.Note,
            Recipients = header.Recipients,
            Cc = header.Cc,
            Letterhead = header.Letterhead,
            Language = LanguageOf(lines),
            Body = BodyMarkdown.From(body),
            // A form's answers above the letter, or a written statement's heading, are all its list when the block
            // proper starts past the last line: the report points to them.
            SignatureLine = signature >= lines.Count && found.Leading is var (first, _) ? first + 1 : signature + 1,
            Signatories = [.. ReplyChain.WithoutWithdrawn(Deduplicate(Named(block.Signatories, block.Skipped), block.Skipped), late.Withdrawals, block.Skipped).Select(CityCountries.Given)],
            People = [.. block.People, .. PeopleInASentence.Read(numbered[bodyStart..signature], block.People)],
            Skipped = block.Skipped,
        };
    }

    // "    Washington D.C. · EE.UU.": a city and its country indented under a name, however often the list prints it.
    private static bool IsPlaceUnderName(string line) => line.Length > 0 && char.IsWhiteSpace(line[0]) && BlockLayout.CountriesOfPlaceLine(line) is not null;

    /// <summary>
    /// "Garment Supply Chain Accountability Coalition" at the top of page 2, under "… Page 1 of 2": the sender's name,
    /// as its letterhead prints it at the head of the first page ("GARMENT SUPPLY CHAIN ACCOUNTABILITY COALITION", case
    /// aside), printed again as the next page's header. Twice is too few to be told by repetition alone; standing
    /// right under a page's footer tells it. A letterhead of two lines may be printed as one there, its parts apart by a
    /// mark.
    /// </summary>
    private static bool IsNextPagesHead(List<string> lines, int index)
    {
        var text = lines[index].Trim();
        // The footer may be gone already, as a running line: the rule over it is left.
        if (text.Length < 10 || PreviousLine(lines, index) is not (>= 0 and var above))
        {
            return false;
        }

        // "RETE ATT ITALIA" then "Rete italiana per l'attuazione del Trattato …": the letterhead's next line, under its first.
        var head = lines.Take(index).Select(l => l.Trim()).Where(l => l.Length > 0).Take(5).ToList();
        if (!NotAnEntry.IsPageNumber(lines[above]) && !NotAnEntry.IsRule(lines[above]))
        {
            return head.Contains(text, StringComparer.OrdinalIgnoreCase) && IsNextPagesHead(lines, above);
        }

        // "SHABAKAT AL-MUNAZZAMAT AL-SIHHIYYA AL-SURIYYA · Syrian Health NGOs Network": the letterhead's lines, joined on one.
        if (text.Split([" · ", " | ", " – "], StringSplitOptions.TrimEntries).All(part => head.Contains(part, StringComparer.OrdinalIgnoreCase)))
        {
            return true;
        }

        // "FAIR SHARE TAX ALLIANCE          Open letter – G20 FMCBG, Durban": the letterhead's name, and across the page what
        // the document is. The letterhead's organization signing first, its country beside it, is an entry still.
        var cells = ColumnRow.Cells(text);
        return cells.Count >= 2 && head.Contains(cells[0], StringComparer.OrdinalIgnoreCase) && !cells.Skip(1).Any(cell => Places.TryRead(cell) is not null);
    }

    // A line as a running header or footer, without the page number a footer prints at its end.
    private static string RunningLine(string line) => FooterPageNumber().Replace(line.Trim(), "").Trim();

    /// <summary>
    /// The date a running header or footer prints at its end ("Joint submission on Eritrea – UPR          4 February 2019" on
    /// every page): the letter's date when it prints no other.
    /// </summary>
    private static (LetterDate Date, int Line, string? Note)? RunningHeaderDate(List<string> lines, HashSet<string> repeated)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (repeated.Contains(RunningLine(lines[i])) && ColumnRow.Cells(lines[i]) is [_, .., var last] && WrittenDate.TryParse(last, out var date, out var note) && date.Precision == DatePrecision.Day)
            {
                return (date, i + 1, note ?? $"the letter prints its date only in the header repeated on every page (line {i + 1})");
            }
        }

        return null;
    }

    /// <summary>
    /// "The letter, dated 6 Dec. 2016, is addressed to:", "La lettre, datée du 3 mars 2015, …": a press release that
    /// publishes a letter says when the letter was written, and that date, not the release's, is the letter's. Only a
    /// sentence whose subject is "the letter" says so: "our letter dated …" and "the letter dated … from your office"
    /// speak of another.
    /// </summary>
    private static (LetterDate Date, int Line, string? Note)? DatedInProse(List<string> lines, int signature)
    {
        for (var i = 0; i < signature; i++)
        {
            if (LetterDated().Match(lines[i]) is { Success: true } dated && WrittenDate.TryParse(dated.Groups["date"].Value, out var date, out var note) && date.Precision == DatePrecision.Day)
            {
                return (date, i + 1, note);
            }
        }

        return null;
    }

    /// <summary>A dateline after the text and before the signatories ("Done in Banjul, The Gambia, 19 October 2022").</summary>
    private static (LetterDate Date, int Line, string? Note)? DateAboveBlock(List<string> lines, int bodyStart, int signature)
    {
        for (var i = signature - 1; i >= bodyStart && i >= signature - 8; i--)
        {
            var text = lines[i].Trim();
            // A whole date only: a year alone between the text and the closing says too little to be the letter's.
            if (text.Length > 0 && !SignatureStart.IsProse(text) && WrittenDate.TryParse(text, out var date, out var note) && date.Precision == DatePrecision.Day)
            {
                return (date, i + 1, note);
            }
        }

        return null;
    }

    private sealed record Header(string? Title, (LetterDate Date, int Line, string? Note)? Date, List<string> Recipients, List<string> Cc, string? Letterhead);

    /// <summary>The subject of a memo's label on the first line of the text, and its index.</summary>
    private static (string Subject, int Line)? SubjectUnder(List<string> lines, int bodyStart, int signature)
    {
        var first = lines.FindIndex(bodyStart, Math.Max(0, Math.Min(signature, lines.Count) - bodyStart), line => line.Trim().Length > 0);
        return first >= 0 && Labelled().Match(lines[first].Trim()) is { Success: true } labelled && SubjectLabel().IsMatch(labelled.Groups["label"].Value)
            && labelled.Groups["value"].Value.Trim() is { Length: > 0 } subject
            ? (subject, first)
            : null;
    }

    [GeneratedRegex(@"^(?:subject|re|objet|asunto|assunto|betreft|betreff|onderwerp|oggetto)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubjectLabel();

    /// <summary>
    /// The line right above the salutation, alone in its paragraph under the addressees and read as the last of them,
    /// when it reads as a subject: four words or more, in words of small letters too, and no addressee, place or
    /// contact ("Stop the red-tagging of church workers and humanitarian volunteers").
    /// </summary>
    private static string? SubjectAboveSalutation(List<string> lines, int salutation, List<string> recipients)
    {
        if (salutation < 0 || PreviousLine(lines, salutation) is not (> 0 and var above) || lines[above - 1].Trim().Length > 0 || recipients.Count < 2)
        {
            return null;
        }

        var text = lines[above].Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return recipients[^1] == text && words.Length >= 4 && words.Count(w => char.IsLower(w[0])) >= 2 && !IsAddressee(text)
            && !text.EndsWith(',') && !text.EndsWith(':') && !NotAnEntry.IsContact(text) && Places.TryRead(text) is null
            ? text
            : null;
    }

    /// <summary>Without a salutation, the body starts at the first line that reads like prose.</summary>
    private static int FirstBodyLine(List<string> lines, int signature)
    {
        var index = lines.FindIndex(0, signature, line =>
        {
            var text = line.Trim();
            return text.Length > 200 || (text.Length > 0 && ".!?".Contains(text[^1], StringComparison.Ordinal) && text.Split(' ').Length > 12);
        });
        return index >= 0 ? index : 0;
    }

    private static Header ReadHeader(List<string> lines, int end)
    {
        string? title = null;
        string? letterhead = null;
        (LetterDate, int, string?)? date = null;
        var recipients = new List<string>();
        var cc = new List<string>();
        var ccText = "";
        var inCc = false;
        var inTo = false;
        var toAwaits = false;
        var inLetterhead = false;
        var titleLabelled = false;
        var published = false;
        var dateline = false;
        var inProse = false;
        var inMenu = false;
        var titleLine = -1;
        var addressLine = -1;
        string? address = null;
        void EndAddress()
        {
            if (address is not null)
            {
                recipients.Add(address);
                address = null;
            }
        }

        for (var i = 0; i < end; i++)
        {
            var text = lines[i].Trim();
            inMenu = (inMenu && WebPageFurniture.IsMenuLine(text)) || WebPageFurniture.IsMenuStart(text);
            if (inMenu || WebPageFurniture.IsMenuRow(text) || (title is null && date is null && WebPageFurniture.IsMenuItem(text)))
            {
                // "Issues  Campaigns  Resources  About us  Donate", "* Home": the site's menu; a short line just above a
                // row of it ("Access Now") is the site's name, not the letter's title.
                if (title is not null && titleLine == PreviousLine(lines, i) && title.Split(' ').Length <= 3)
                {
                    (title, titleLine) = (null, -1);
                }

                EndAddress();
                continue;
            }

            if (WebPageFurniture.IsAfterTheText(text) || WebPageFurniture.IsLoneSiteWord(text) || WebPageFurniture.IsPetitionCounter(text) || (text.Length > 0 && !text.Any(char.IsLetterOrDigit)))
            {
                // "Follow", "·", "Listen" under a blog post's headline: its buttons, none of them an addressee; the short
                // line just above "Follow" is the author's name, not the letter's addressee either.
                if (address is not null && addressLine == PreviousLine(lines, i) && address.Split(' ').Length <= 5)
                {
                    address = null;
                }

                EndAddress();
                continue;
            }

            if (text.Length == 0 || NotAnEntry.IsRule(text) || WebPageFurniture.IsNavigation(text))
            {
                // "**To:**", a blank line, then the recipients as a list: a label alone still waits for what it labels.
                EndAddress();
                (inCc, inTo, inProse, inLetterhead) = (false, inTo && toAwaits, false, false);
                continue;
            }

            if (inLetterhead && !WrittenDate.TryParse(text, out _, out _) && !IsAddressee(text))
            {
                // "Registered charity in England and Wales no. 1187452" under the letterhead's e-mail: the rest of its block
                // (a dateline or an addressee printed right under it are read as ever).
                continue;
            }

            if (ToHeading().IsMatch(text) && (i + 1 >= end || lines[i + 1].Trim().Length == 0 || ListBullet().IsMatch(lines[i + 1].Trim())))
            {
                // "## To" over a list of recipients: a Markdown page's heading says what a memo's label says ("An" right
                // above "Frau Dr. Angela Merkel" starts the address itself).
                EndAddress();
                (inCc, inTo, toAwaits) = (false, true, true);
                continue;
            }

            if (ReferenceNumber().Match(text) is { Success: true } reference)
            {
                // "Ref: SCSPP/AU/2025/07␣␣␣␣18 August 2025": a letterhead's reference number is not the letter's subject;
                // what is printed apart on its line (the dateline) is read as any line is.
                text = text[reference.Length..].Trim();
                if (text.Length == 0)
                {
                    continue;
                }
            }

            if (Labelled().Match(text) is { Success: true } labelled)
            {
                EndAddress();
                (inCc, inTo) = (false, false);
                var value = labelled.Groups["value"].Value.Trim();
                switch (labelled.Groups["label"].Value.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant())
                {
                    case var copy when copy is "cc" or "c.c." or "c/c" || copy.Contains("cop", StringComparison.Ordinal) || copy.Contains("cóp", StringComparison.Ordinal) || copy.StartsWith("kopie", StringComparison.Ordinal) || copy.StartsWith("inkopie", StringComparison.Ordinal):
                        // "Cc:", "Copy to:", "Com cópia para:", "Avec copie à :", "Con copia a:", "Kopie an:", "In kopie:": those
                        // sent a copy, on the line or on the lines under it.
                        inCc = true;
                        ccText += value + ";";
                        break;
                    case var label when SubjectLabel().IsMatch(label) || label is "ref" or "référence" or "referencia":
                        // "Objet : expulsions de lieux de vie …" goes on, in small letters, on the line under it.
                        (title, titleLine, titleLabelled) = (value, i, true);
                        break;
                    case "from" or "de" or "sender" or "expéditeur" or "expéditeurs" or "remitente" or "remitentes":
                        // A memo's sender: linked as the publisher when it is a known organization, like a letterhead.
                        letterhead ??= value;
                        break;
                    case "status" or "statut":
                        // "Status: Sent · translation into Kiswahili …": a repository's note on the letter, not an addressee.
                        break;
                    case "date" or "fecha" or "dated":
                        // A memo's "Date: 12 May 2025" is the letter's own, over a web page's "Posted on 14 May 2025"
                        // read above it (when the page went up), as a dateline is. An e-mail's "Date: Wed, 11 Dec 2024
                        // 17:42:19 +0800", with its time, is when the mail went out: a date the letter prints under it
                        // ("10 December 2024" over the addressees, in a digest's message) is the letter's own.
                        if ((date is null || published) && WrittenDate.TryParse(value, out var memoDate, out var memoNote))
                        {
                            (date, published) = ((memoDate, i + 1, memoNote), WrittenDate.IsPageStamp(value));
                        }

                        break;
                    default:
                        recipients.AddRange(InCareOf().Split(value).Select(r => r.Trim()).Where(r => r.Length > 0).Select((r, n) => n > 0 ? "In care of: " + r : r));
                        (inTo, toAwaits) = (true, value.Length == 0);
                        break;
                }

                continue;
            }

            if (inCc)
            {
                // Under "Com cópia para:", a name and the title on the line under it, joined as an addressee's are; a
                // line that prints both ("Ms. Irene Khan, UN Special Rapporteur …") is one copied to, and a line in
                // lower case continues the one above.
                ccText += char.IsLower(text[0]) || ccText.EndsWith(';') ? " " + text
                    : ccText[(ccText.LastIndexOf(';') + 1)..].Contains(',', StringComparison.Ordinal) ? "; " + text
                    : ", " + text;
                continue;
            }

            if (inTo)
            {
                // "To:" followed by one recipient per line, perhaps as a list ("- H.E. …"); a line in lower case
                // continues the one above.
                if (char.IsLower(text[0]) && recipients.Count > 0 && !toAwaits)
                {
                    recipients[^1] += " " + text;
                }
                else
                {
                    recipients.Add(ListBullet().Replace(text, ""));
                }

                toAwaits = false;
                continue;
            }

            if (inProse || (SignatureStart.IsProse(text) && ".!?".Contains(text.TrimEnd('"', '”', '’', ')')[^1], StringComparison.Ordinal) && !WrittenDate.TryParse(text, out _, out _)))
            {
                // "KAMPALA / GENEVA – Nine organisations today published an open letter …": a release's paragraph
                // above the letter, its lines above the sentence's end included, is neither its title nor its address,
                // to the end of the paragraph.
                (address, inProse) = (null, true);
                continue;
            }

            if (IsSendersContact(text))
            {
                // "Tel. +44 (0)20 7000 0000 · secretariat@ctss.example.org" under "Church House · 27 Great Smith Street ·
                // London SW1P 3AZ": how to reach the sender, the last lines of its letterhead. The lines of its block
                // above it (an address, a motto, a street taken for the title) are the letterhead too, neither the
                // letter's title nor its recipients.
                var block = BlockStart(lines, i);
                address = addressLine >= block ? null : address;
                (title, titleLine) = title is not null && titleLine >= block && !LetterTitle().IsMatch(title) ? (null, -1) : (title, titleLine);
                EndAddress();
                inLetterhead = true;
                continue;
            }

            if (SectionLabel().IsMatch(text))
            {
                // "## Letter" between a Markdown page's recipients and its text: the name of the section that follows.
                EndAddress();
                continue;
            }

            if (KindsOfPage().IsMatch(text))
            {
                // "PETITION · Open letter": a petition page's labels of what it is, neither the letter's title nor its
                // addressee.
                EndAddress();
                continue;
            }

            if (LetterFollows().IsMatch(text))
            {
                // "TEXTO COMPLETO DE LA CARTA" under a release: a date above it is the release's, and the letter's own
                // dateline below it wins.
                EndAddress();
                published |= date is not null;
                continue;
            }

            if (PressRelease().IsMatch(text) && !WrittenDate.TryParsePageFacts(text, out _, out _))
            {
                // "Nota de prensa", "NEWS RELEASE": the label of the page, neither the letter's title nor its sender;
                // "Communiqué commun – Publié le 22 février 2024" is the label with the page's date, read below.
                EndAddress();
                continue;
            }

            if (!WrittenDate.TryParse(text, out _, out _) && text.Contains("   ", StringComparison.Ordinal) && !text.Contains('|', StringComparison.Ordinal)
                && ColumnRow.Cells(text) is [_, .., var lastCell]
                && (WrittenDate.IsDateline(lastCell) || (WrittenDate.TryParse(lastCell, out var apart, out _) && apart.Precision == DatePrecision.Day)))
            {
                // "N/Réf. : CEJP/2025/017␣␣␣␣Kinshasa, le 18 février 2025", "JOINT NGO LETTER␣␣␣␣7 October 2024": a
                // letterhead's reference or the letter's kind, and the dateline printed apart on one line (a page's
                // facts between bars, "NEWS | 16 April 2024", are another thing: when the page went up).
                text = lastCell;
            }

            var pageFacts = false;
            var isDateline = WrittenDate.IsDateline(text);
            if ((date is null || published || (!dateline && isDateline))
                && (WrittenDate.TryParse(text, out var parsed, out var note) || (pageFacts = WrittenDate.TryParsePageFacts(text, out parsed, out note))))
            {
                // A web page's "Published 15 May 2018" is when the page went up, its "Statements | 5 July 2022 | 4 min
                // read" too, its "Mar 19, 2024" under the author's name, and the date under "Press Release" when the
                // release went out; a date the letter prints with its place ("Accra, 22 December 2010") wins over any
                // of them.
                EndAddress();
                var pageDate = pageFacts || WrittenDate.IsPageStamp(text) || WrittenDate.IsBareDateAmongFacts(text) || (PreviousLine(lines, i) is >= 0 and var above && PressRelease().IsMatch(lines[above].Trim()));
                if (date is null || !pageDate)
                {
                    (date, published, dateline) = ((parsed, i + 1, note), pageDate, isDateline);
                }
            }
            else if (date is { Item2: var dateLine } && dateLine - 1 == PreviousLine(lines, i) && IsSetBesideTheDate(lines[i], lines[dateLine - 1]))
            {
                // "Feast of St Matthias" under "14 May 2025", both set far to the right: the dateline's own block (a
                // feast, a second calendar), neither the title nor an addressee.
                EndAddress();
            }
            else if (IsNoteOnTheDocument(text))
            {
                // "(Please do not edit this document …)", "[Sheet: Form Responses 1]", "*** SIGN-ON CLOSED … ***": a note
                // on the document, its buttons or a banner; neither its title nor its address.
                EndAddress();
            }
            else if (letterhead is null && title is null && date is null && IsCapitals(text) && !LetterTitle().IsMatch(text))
            {
                letterhead = text;
            }
            else if (titleLabelled && LetterTitle().IsMatch(text))
            {
                // "Subject: Protection of civilians in El Fasher", then "Open letter to the Security Council": the memo's
                // subject is the title; the line that says what the letter is adds nothing to it.
                EndAddress();
            }
            else if (LetterTitle().IsMatch(text) || (title is null && (date is null || published) && recipients.Count == 0 && address is null && !IsAddressee(text))
                || (title is not null && titleLine == PreviousLine(lines, i) && ContinuesTheTitle(title, text))
                || (title is not null && titleLine == PreviousLine(lines, i) && date is null && recipients.Count == 0 && address is null && SaysOnlyWhatItIs(title) && !IsAddressee(text) && !AddressedTo().IsMatch(text) && !LetterTitle().IsMatch(text)))
            {
                // "ОТКРЫТОЕ ПИСЬМО" over "о свободе слова …": a title goes on, in small letters, on the line under it.
                // "[DRAFT v4 – comments welcome]  Open letter: …", "DRAFT v3 – Open letter …": a note before the title.
                // "Herrn", a sender's name or a page's kicker taken for the title above, then "Offener Brief zum 16.
                // Jahrestag …" under the dateline: the line that says it is the letter is its title.
                var says = title is not null && LetterTitle().IsMatch(text) && !LetterTitle().IsMatch(title);
                // "CARTA ABERTA" over "Sobre os acontecimentos de Cafunfo", "Open letter to the President" over its
                // subject: the line under a title that only says what the letter is names what it is about.
                var subject = title is not null && !says && titleLine == PreviousLine(lines, i) && SaysOnlyWhatItIs(title) && !ContinuesTheTitle(title, text) && !LetterTitle().IsMatch(text);
                text = title is null || says ? DraftNote().Replace(text, "") : text;
                titleLine = title is null || says ? i : titleLine;
                title = title is null || says ? text
                    : subject ? (KindOnly().IsMatch(title) ? text : title.TrimEnd(':', '.') + ": " + text)
                    : title + " " + text;
            }
            else
            {
                // "To the Ministers for Foreign Affairs of …", "À Monsieur le Ministre": the word that says to whom is not
                // the recipient's name.
                addressLine = address is null ? i : addressLine;
                address = address is null ? AddressedTo().Replace(text, "") : address + ", " + text;
            }
        }

        EndAddress();
        cc.AddRange(ccText.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return new Header(title, date, recipients, cc, letterhead);
    }

    // "о свободе слова …" under "ОТКРЫТОЕ ПИСЬМО": words in small letters. A page's facts between bars or dots ("pubblicato
    // il 1 marzo 2022 | Categoria: …"), an address ("c/o … · Schillerstraße …"), an e-mail address or a repository's bar
    // ("coalition / open-letters   Public") start in small letters too, and are none of the title.
    // "VULNERABLE POPULATIONS IN MYANMAR" under a title in capitals goes on with it in capitals.
    private static bool ContinuesTheTitle(string title, string text) =>
        (char.IsLower(text[0]) || (IsCapitals(title) && IsCapitals(text))) && !text.Any(c => c is '|' or '·' or '/' or '@') && !text.Contains("   ", StringComparison.Ordinal);

    // "CARTA ABERTA", "Joint statement and letter", "Lettre ouverte au président de la République": a title that says
    // what the letter is, and perhaps to whom, but not what about.
    private static bool SaysOnlyWhatItIs(string title) =>
        KindOnly().IsMatch(title) || (KindToWhom().IsMatch(title) && !title.Any(c => c is ':' or '–' or '—') && title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8);

    [GeneratedRegex(@"^(?:(?:open|joint|public)\s+letter|lettre\s+ouverte|carta\s+abierta|carta\s+aberta|lettera\s+aperta|offener\s+brief|open\s+brief)\s+(?:to|ao|aos|à|às|au|aux|al|a|an|aan|alla?|agli|ai)\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KindToWhom();

    [GeneratedRegex(@"^(?:(?:open|joint|public)\s+(?:letter|statement)(?:\s+and\s+(?:open\s+)?letter)?|lettre\s+ouverte|lettre\s+conjointe|déclaration\s+conjointe|carta\s+abierta|carta\s+aberta|carta\s+conjunta|lettera\s+aperta|offener\s+brief|открытое\s+письмо)[.:]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KindOnly();

    // A line wholly in brackets ("[Sheet: …]", "[ Download PDF ]"), in parentheses, or framed by a banner's marks; a
    // sign-on document's note, after a draft's mark or not; a page's stamp or its facts between bars whose date is not
    // read ("Posted on … · 4 Comments", "pubblicato il 1 marzo 2022 | Categoria: Pace e disarmo" under a dateline).
    private static bool IsNoteOnTheDocument(string text) =>
        OrganizationEntries.IsBanner(text) || BracketedNote().IsMatch(text) || SignOnNote().IsMatch(DraftNote().Replace(text, "")) || WrittenDate.IsPageStamp(text)
        || WrittenDate.TryParsePageFacts(text, out _, out _);

    // A line indented as far as the dateline above it, and far: the two are set apart at the right of the page.
    private static bool IsSetBesideTheDate(string line, string dateline) =>
        Indent(line) >= 20 && Math.Abs(Indent(line) - Indent(dateline)) <= 2;

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    // A letterhead's line of how to reach the sender, with the place or street beside it; a sentence that gives one
    // ("For questions, write to …") is prose, read before this, and a date in figures ("26.09.2022") is no telephone.
    private static bool IsSendersContact(string text) => NotAnEntry.IsMeansOfContact(text) && !WrittenDate.TryParse(text, out _, out _);

    // The first line of the block of lines, without a blank one between, that the given line is in.
    private static int BlockStart(List<string> lines, int index)
    {
        var start = index;
        while (start > 0 && lines[start - 1].Trim().Length > 0)
        {
            start--;
        }

        return start;
    }

    // "To", "Recipients", "Destinataires", "Para" alone on the line: a heading over the recipients.
    [GeneratedRegex(@"^(?:to|recipients|addressees|à|destinataires|para|destinatarios|destinatários|an|aan|till|til)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ToHeading();

    // "Letter", "The letter", "Letter text", "Texte de la lettre", "Carta", "Texto": a section's name over the letter's text.
    [GeneratedRegex(@"^(?:(?:the\s+)?letter(?:\s+text)?|(?:the\s+)?text\s+of\s+the\s+letter|lettre|texte(?:\s+de\s+la\s+lettre)?|carta|texto(?:\s+de\s+la\s+carta|\s+da\s+carta)?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SectionLabel();

    // "- ", "* ", "• ": a list's mark before an item.
    [GeneratedRegex(@"^[-*•–]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ListBullet();

    // "SIGN-ON CLOSED 19 OCT – THANK YOU!!", "Sign-on is now closed", "Les signatures sont closes", "Adhesiones cerradas",
    // "Please do not edit this document", "FOR SIGN-ON – please send additions": a sign-on document's banner and notes to its signers (the date a banner
    // gives, if any, is read as the letter's above).
    [GeneratedRegex(@"^\W*(?:(?:the\s+)?(?:sign[- ]?on|signatures?|signature\s+collection)\s+(?:is\s+|are\s+)?(?:now\s+)?closed|(?:les\s+)?signatures\s+(?:sont\s+)?(?:closes|fermées)|(?:adhesiones|firmas)\s+cerradas|(?:adesões|assinaturas)\s+encerradas|for\s+sign[- ]?on|please\s+do\s+not\s+edit|merci\s+de\s+ne\s+pas\s+modifier|por\s+favor,?\s+no\s+edit|por\s+favor,?\s+não\s+edite)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SignOnNote();

    [GeneratedRegex(@"^(?:\((?:[^()]|\([^()]*\))*\)|(?:\[[^\[\]]*\]\s*)+)$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedNote();

    // "[DRAFT v4 – comments welcome until Tuesday]  ", "[SIGN-ON] ", "DRAFT v3 – ", "BORRADOR – ": a note in brackets, or
    // a draft's mark, before the title's own words.
    [GeneratedRegex(@"^(?:\[[^\[\]]{1,80}\]\s+(?=\S)|(?:draft|brouillon|borrador|rascunho|entwurf)(?:\s+v?\d+(?:\.\d+)?)?\s*[–—:-]\s+(?=\S))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DraftNote();

    // The index of the last line above the given one that has text, or -1.
    private static int PreviousLine(List<string> lines, int index) => lines.FindLastIndex(index - 1 < 0 ? 0 : index - 1, index, line => line.Trim().Length > 0);

    // "Letter to José Miguel Insulza" from "Señor, José Miguel Insulza, Secretario General, …": the first part that is
    // more than a form of address.
    private static string DerivedTitle(List<string> recipients, LetterDate? date) =>
        recipients.Count > 0 ? "Letter to " + (recipients[0].Split(',').Select(part => part.Trim()).FirstOrDefault(part => part.Length > 0 && !FormOfAddress().IsMatch(part)) ?? recipients[0].Split(',')[0].Trim())
        : date is { } known ? "Letter of " + known.ToDisplayString()
        : "Untitled letter";

    [GeneratedRegex(@"^(?:señor(?:a|es|as)?|sr\.?|sra\.?|monsieur|madame|herrn?|frau|senhor(?:a)?|excelent[íi]sim[oa](?:\s+señor(?:a)?)?|(?:ao|à)\s+excelent[íi]ssim[oa]\s+senhor(?:a)?|excelent[íi]ssim[oa]\s+senhor(?:a)?|a\s+sua\s+excel[êe]ncia|sua\s+excel[êe]ncia|son\s+excellence|his\s+excellency|her\s+excellency|h\.\s?e\.)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FormOfAddress();

    /// <summary>
    /// The signatories that have a name. A place alone on its line ("(Thailand)" under a name wrapped in a column)
    /// leaves none: never a signatory, and shown to the editor among the skipped lines rather than lost.
    /// </summary>
    private static List<PrintedSignatory> Named(List<PrintedSignatory> signatories, List<SkippedLine> skipped)
    {
        var named = new List<PrintedSignatory>();
        foreach (var signatory in signatories)
        {
            if (signatory.Name.Any(char.IsLetterOrDigit))
            {
                named.Add(signatory);
            }
            else
            {
                skipped.Add(new SkippedLine(signatory.Line, signatory.Text, "no name is left once its place is read; not a signatory"));
            }
        }

        return named;
    }

    /// <summary>
    /// A list printed twice (bare, then with countries) is one signatory each: the first place and printed name, the
    /// places of both. The second printing may differ in typography, a leading "The", an acronym, or by printing
    /// the country apart from a name the first printing ran it into ("Human Rights Network Uganda" and
    /// "Human Rights Network, Uganda").
    /// </summary>
    private static List<PrintedSignatory> Deduplicate(List<PrintedSignatory> signatories, List<SkippedLine> skipped)
    {
        var result = new List<PrintedSignatory>();
        foreach (var signatory in signatories)
        {
            var index = result.FindIndex(s => IsPrintedAgain(s, signatory));
            if (index < 0)
            {
                result.Add(signatory);
                continue;
            }

            var first = result[index];
            skipped.Add(new SkippedLine(signatory.Line, signatory.Text, $"printed again (first at line {first.Line}); one signatory"));
            result[index] = first with
            {
                Places = first.Places.Plus(signatory.Places),
                // A country printed beside the name in one printing is printed, not only read from the name.
                FromName = first.FromName is { } named && signatory.Places.Countries.Contains(named) && signatory.FromName != named ? null : first.FromName,
                City = first.City ?? signatory.City,
                Note = string.Join("; ", new[] { first.Note, signatory.Note }.OfType<string>().Distinct(StringComparer.Ordinal)) is { Length: > 0 } note ? note : null,
            };
        }

        return result;
    }

    private static bool IsPrintedAgain(PrintedSignatory first, PrintedSignatory later)
    {
        if (PrintedCountries(first) is { Count: > 0 } firstCountries && PrintedCountries(later) is { Count: > 0 } laterCountries && !firstCountries.Intersect(laterCountries).Any())
        {
            // "Centre for Peace and Conflict Studies, Sydney, Australia" over "… (CPCS), Siem Reap, Cambodia": one name
            // printed from two countries is two bodies of that name, not the list printed again; so is "Centro de
            // Investigación y Educación Popular (CINEP/PPP) – Colombia" over "… – Lima", where the city says the country.
            return false;
        }

        if (OrganizationNames.Key(first.Name) == OrganizationNames.Key(later.Name)
            || OrganizationNameForm.Normalize(first.Name) == OrganizationNameForm.Normalize(later.Name)
            || OrganizationNameForm.Normalize(first.Text) == OrganizationNameForm.Normalize(later.Text))
        {
            return true;
        }

        var (a, b) = (PrintedOrganizationName.Parse(first.Name), PrintedOrganizationName.Parse(later.Name));
        if (ShortForm(a, later.Name) || ShortForm(b, first.Name))
        {
            return true;
        }

        var acronymsAgree = a.Acronym is null || b.Acronym is null || OrganizationNames.Key(a.Acronym) == OrganizationNames.Key(b.Acronym);
        return acronymsAgree && (a.Acronym ?? b.Acronym) is not null && OrganizationNameForm.Normalize(a.Base) == OrganizationNameForm.Normalize(b.Base);
    }

    // The countries printed beside the name, or else those of the city printed beside it.
    private static IReadOnlyList<Archive.Core.Countries.CountryCode> PrintedCountries(PrintedSignatory signatory) =>
        signatory.Places.Countries.Count > 0 ? signatory.Places.Countries : signatory.City is { } city ? CityCountries.Of(city) : [];

    /// <summary>
    /// "ACODEV" after "Acodev – Asociación Comunitaria para el Desarrollo": one word that is the other's acronym, or
    /// the word printed before its name and a dash or colon, in any case.
    /// </summary>
    private static bool ShortForm(PrintedOrganizationName full, string other)
    {
        if (other.Contains(' ', StringComparison.Ordinal) || full.Printed.Length <= other.Length)
        {
            return false;
        }

        var lead = LeadingWord().Match(full.Printed);
        return string.Equals(full.Acronym, other, StringComparison.OrdinalIgnoreCase)
            || (lead.Success && string.Equals(lead.Groups["word"].Value, other, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "Excellency,", "Dear Minister Smith,", "Monsieur le Président,", "Estimados Ministros:", and their Nordic,
    /// Finnish, Indonesian and Swahili forms ("Ärade ministrar,", "Kære udenrigsminister,", "Kjære utenriksminister,",
    /// "Arvoisa ministeri,", "Dengan hormat,", "Yang Mulia,", "Mheshimiwa Waziri,"), and the Russian and Ukrainian ones
    /// ("Уважаемый Садыр Нургожоевич!", "Шановний Президенте!"). Without its comma, colon or exclamation mark a line must be short to count, and stand alone:
    /// "Mesdames et Messieurs les Membres du Conseil de sécurité" is an address, and so is "Monsieur Michael O'Flaherty"
    /// over "Commissaire aux droits de l'homme" on the next line.
    /// </summary>
    /// <returns>How many lines the salutation at <paramref name="index"/> takes (none when there is none there).</returns>
    private static int SalutationLines(List<string> lines, int index)
    {
        var text = lines[index].Trim();
        if (text.Length > 120 || !Salutation().IsMatch(text))
        {
            return 0;
        }

        var next = index + 1 < lines.Count ? lines[index + 1].Trim() : "";
        if (text.EndsWith(',') || text.EndsWith(':') || text.EndsWith('!')
            || (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 && (next.Length == 0 || SignatureStart.IsProse(next))))
        {
            return 1;
        }

        // "Dear President Banga, dear President Goldfajn, dear Executive" over "Directors,": a salutation wrapped onto
        // a short line that ends it with its comma, a blank line under them.
        var wrapped = next.Length > 0 && (next.EndsWith(',') || next.EndsWith(':')) && next.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5
            && text.Length + next.Length <= 160 && (index + 2 >= lines.Count || lines[index + 2].Trim().Length == 0);
        return wrapped ? 2 : 0;
    }

    private static bool IsCapitals(string text) =>
        text.Any(char.IsLetter) && !text.Any(char.IsLower) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2;

    private static string LanguageOf(List<string> body)
    {
        var text = string.Join(' ', body).ToLowerInvariant();
        // A letter in Cyrillic letters is Russian, or Ukrainian where it writes the letters Russian lacks ("і", "ї", "є").
        var cyrillic = text.Count(c => c is >= '\u0400' and <= '\u04FF');
        if (cyrillic > text.Count(char.IsLetter) / 2)
        {
            return text.Count(c => c is 'і' or 'ї' or 'є') > cyrillic / 50 ? "uk" : "ru";
        }

        // The language whose commonest short words the letter uses most; a word two languages share counts for both,
        // so the words of one alone decide between them ("não", "em" against "y", "los"). On a tie the earlier in
        // the list wins, and a letter with none of them is English.
        var words = text.Split([' ', ',', '.', ';', ':', '\'', '’', '(', ')', '"', '«', '»', '“', '”'], StringSplitOptions.RemoveEmptyEntries);
        var counts = CommonWords.Select(language => (language.Tag, Count: words.Count(language.Words.Contains))).ToList();
        return counts.Aggregate((best, next) => next.Count > best.Count ? next : best).Tag;
    }

    // The commonest short words of the languages coalition letters are written in (Swedish, Polish, Kiswahili and
    // Bahasa Indonesia among them), none of them a word of another language that is common in letters ("as" and "do"
    // are English too, "à" French, "en" French and Spanish, "es" German, "in" most of them).
    private static readonly (string Tag, FrozenSet<string> Words)[] CommonWords =
    [
        ("en", new[] { "the", "and", "we", "to", "of", "is", "for", "our", "are", "that", "this", "with" }.ToFrozenSet(StringComparer.Ordinal)),
        ("fr", new[] { "le", "les", "des", "et", "nous", "vous", "une", "du", "au", "aux", "pour", "est", "dans", "qui", "sur" }.ToFrozenSet(StringComparer.Ordinal)),
        ("es", new[] { "el", "los", "las", "y", "nosotros", "una", "del", "con", "para", "por", "su", "sus", "que" }.ToFrozenSet(StringComparer.Ordinal)),
        ("pt", new[] { "os", "e", "nós", "uma", "da", "das", "dos", "em", "ao", "com", "para", "por", "não", "na", "que" }.ToFrozenSet(StringComparer.Ordinal)),
        ("it", new[] { "il", "gli", "e", "di", "della", "delle", "degli", "dei", "per", "che", "non", "con", "una", "è", "nel", "alla" }.ToFrozenSet(StringComparer.Ordinal)),
        ("de", new[] { "der", "die", "das", "und", "wir", "nicht", "ist", "mit", "den", "zu", "für", "von", "ein", "eine", "sich", "auf", "dem" }.ToFrozenSet(StringComparer.Ordinal)),
        ("nl", new[] { "het", "een", "wij", "van", "niet", "voor", "op", "zijn", "met", "dat" }.ToFrozenSet(StringComparer.Ordinal)),
        ("sv", new[] { "och", "att", "som", "är", "för", "på", "av", "det", "vi", "inte", "till", "har", "om" }.ToFrozenSet(StringComparer.Ordinal)),
        ("pl", new[] { "się", "nie", "w", "z", "i", "na", "za", "do", "że", "oraz", "jest", "dla", "przez" }.ToFrozenSet(StringComparer.Ordinal)),
        ("sw", new[] { "na", "wa", "ya", "kwa", "za", "katika", "hii", "kuwa", "sisi" }.ToFrozenSet(StringComparer.Ordinal)),
        ("id", new[] { "dan", "yang", "di", "untuk", "dengan", "kami", "ini", "dari", "tidak", "kepada" }.ToFrozenSet(StringComparer.Ordinal)),
    ];

    /// <summary>
    /// A letter quoted in a reply or a forward ("&gt; Nairobi, 30th January 2008", "&gt;&gt; Yours faithfully,"): its
    /// quote marks are taken off, so that it reads as the letter it is. A few quoted lines in a letter are left alone.
    /// </summary>
    private static List<string> Unquoted(List<string> lines)
    {
        var written = lines.Count(l => l.Trim().Length > 0);
        var quoted = lines.Count(l => QuoteMark().IsMatch(l));
        return quoted >= 5 && quoted >= 0.3 * written ? [.. lines.Select(l => QuoteMark().Replace(l, ""))] : lines;
    }

    [GeneratedRegex(@"^(?:\s{0,3}>)+ ?", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteMark();

    // "Acodev – Asociación …", "CIVICUS: World Alliance …": one word, then a spaced dash or a colon, then the name.
    [GeneratedRegex(@"^(?<word>[\p{L}\d&-]+)(?:\s+[-–—]\s+|:\s+)\S", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingWord();

    // "Dear Minister,", "Excelentísimo señor Presidente:", "De nuestra consideración:" (Río de la Plata), and "Your
    // Excellency, Dear Executive Secretary," or "Your Excellency, Dr. Bakari, and Managing Directors," greeting several
    // addressees at once.
    [GeneratedRegex(@"^(?:(?:your\s+|vuestra\s+|votre\s+|vos\s+)?excellenc(?:y|ies|es?)(?:\s*,\s*(?:dear|cher|chère|chers|chères|estimad[oa]s?|prezad[oa]s?|querid[oa]s?|distinguid[oa]s?)\b.*|\s*,\s*.+,)?|excel[eê]ncias?|excelentísim[oa]s?.*|ex\.?m[oa]s?\.?\s+.*|geachte\b.*|hooggeachte\b.*|beste\s+.*|dear\b.*|monsieur\b.*|madame\b.*|mesdames\b.*|messieurs\b.*|señor\b.*|señora\b.*|senhor(?:a|es|as)?\b.*|prezad[oa]s?\b.*|estimad[oa]s?\b.*|distinguid[oa]s?\b.*|sehr\s+geehrte[rn]?\b.*|liebe[rn]?\s+.*|gentil[ei]ssim[oa]\b.*|gentil[ei]\b.*|egregi[oa]\b.*|signor[ae]?\b.*|onorevol[ei]\b.*|cari\s+.*|care\s+.*|caro\s+.*|cara\s+.*|kära\s+.*|käre\s+.*|hyvät\s+.*|bästa\s+.*|ärade\s+.*|kjære\s+.*|kære\s+.*|ærede\s+.*|hyvä\s+.*|arvoisa(?:t)?\s+.*|yang\s+terhormat\b.*|yang\s+mulia\b.*|yth\.?\s+.*|dengan\s+hormat|mpendwa\b.*|waheshimiwa\b.*|mheshimiwa\b.*|de\s+(?:nuestra|mi)\s+(?:mayor\s+|más\s+alta\s+|especial\s+)?consideración|to whom it may concern|honou?rables?\b.*|mr\.?\s+(?:president|secretary)\b.*|madam\s+(?:president|secretary)\b.*|уважаем(?:ый|ая|ые)\s+.*|глубокоуважаем(?:ый|ая|ые)\s+.*|шановн(?:ий|а|і)\s+.*)\s*[,:!]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Salutation();

    // The labels of a memo's header in English, French, Spanish, Portuguese, Dutch, German and Italian ("Aan:",
    // "Betreft:", "C/c:", "C. c.:", "Oggetto:"), and the Nordic "Till:" / "Til:".
    [GeneratedRegex(@"^(?<label>to|à|a|para|aan|an|till|til|attn|attention|destinataires?|cc|c\.\s?c\.|c/c|(?:with\s+(?:a\s+)?)?copy(?:\s+to)?|(?:avec\s+)?copie(?:\s+à)?|(?:con\s+|in\s+)?copia(?:\s+(?:a|para))?|(?:com\s+)?cópia(?:\s+para)?|(?:in\s+)?kopie(?:\s+(?:an|aan))?|subject|re|objet|asunto|assunto|betreft|betreff|onderwerp|oggetto|ref|référence|referencia|from|de|sender|expéditeurs?|remitentes?|date|dated|fecha|status|statut)\.?\s*:\s*(?<value>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    // "Ref: SCSPP/AU/2025/07", "N/Réf. : CEJP/2025/017", "Our ref. 14/2025": a reference of one word with figures in it,
    // alone on its line or with a wide gap after it.
    [GeneratedRegex(@"^(?:[NV]/\s*)?(?:our\s+|your\s+)?(?:ref|réf|reference|référence|referencia|referência)\.?(?:\s*(?:no|n[°º])\.?)?\s*:?\s*[^\s:]*\d[^\s:]*(?:\s{3,}|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceNumber();

    // "Press Release", "PRESS RELEASE – FOR IMMEDIATE RELEASE", "Communiqué de presse", "Nota de prensa": the label of
    // a release that publishes a letter.
    [GeneratedRegex(@"^(?:(?:press|news|media)\s+release|communiqué(?:\s+de\s+presse)?|comunicado(?:\s+de\s+prensa)?|nota\s+de\s+prensa|pressemitteilung|persbericht|comunicato\s+stampa|for\s+immediate\s+release|para\s+(?:su\s+)?difusi[óo]n\s+inmediata|pour\s+(?:diffusion|publication)\s+imm[ée]diate|para\s+(?:divulga[çc][ãa]o|publica[çc][ãa]o)\s+imediata|zur\s+sofortigen\s+ver[öo]ffentlichung)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PressRelease();

    // "TEXTO COMPLETO DE LA CARTA", "Full text of the letter:", "Texte intégral de la lettre", "The letter reads:": a
    // release's heading over the letter it publishes.
    [GeneratedRegex(@"^(?:(?:the\s+)?(?:full|complete)\s+text\s+of\s+the\s+(?:joint\s+|open\s+)?(?:letter|statement)|(?:read\s+)?the\s+(?:full\s+)?(?:joint\s+|open\s+)?letter\s+(?:reads|below|follows)|texto\s+(?:completo|íntegro|integro|integral)\s+de\s+la\s+(?:carta|declaraci[óo]n)|texte\s+(?:intégral|integral|complet)\s+de\s+la\s+(?:lettre|déclaration)|texto\s+(?:completo|integral)\s+da\s+(?:carta|declara[çc][ãa]o)|(?:vollständiger\s+)?wortlaut\s+des\s+briefes?)\s*[:.]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LetterFollows();

    private const string KindOfPage = @"(?:petition|open\s+letter|joint\s+(?:letter|statement)|sign-on\s+letter|pétition|lettre\s+ouverte|carta\s+abierta|carta\s+aberta|offener\s+brief)";

    // Two labels or more between dots or bars; one alone ("Open letter") may start the title.
    [GeneratedRegex(@"^" + KindOfPage + @"(?:\s*[·•|]\s*" + KindOfPage + @")+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KindsOfPage();

    // "The letter, dated 6 Dec. 2016, is …", "The joint letter is dated 3 March 2015.", "La lettre, datée du 3 mars
    // 2015, …", "La carta, fechada el 3 de marzo de 2015, …", "A carta, datada de 3 de março de 2015, …": at a
    // sentence's start, the letter, then its date after a comma or a verb.
    // A sign-on page's banner says when the letter went: "THE LETTER WAS SENT ON 3 NOVEMBER 2022.", "La lettre a été
    // envoyée le 3 mai 2022.", "La carta fue enviada el 3 de mayo de 2022.", "A carta foi entregue em 3 de maio de 2022.";
    // a banner may be in capitals. "SIGN-ON IS NOW CLOSED – letter sent on 3 September 2024", "Signatures closes –
    // lettre envoyée le 3 mai 2022": after a spaced dash, a banner says it in a few words, with no article and no verb.
    [GeneratedRegex(@"(?:^|[.!?]\s+|\*\s*|\s[–—-]\s+)(?:(?:The|THE|La|LA|A)\s+)?(?:(?:joint|open|JOINT|OPEN)\s+)?(?:letter|lettre|carta|Letter|Lettre|Carta|LETTER|LETTRE|CARTA)(?:\s+(?:ouverte|conjointe|abierta|conjunta|aberta|OUVERTE|CONJOINTE|ABIERTA|CONJUNTA|ABERTA))?(?:,\s*|\s+(?:is|was|IS|WAS)\s+|\s+(?=(?i:a\s+été|fue|foi)\s)|\s+(?=(?i:sent|delivered|submitted|envoyée|remise|enviada|entregada|entregue)\s))(?:dated|datée?\s+du|fechada\s+el|datada\s+de|(?i:(?:sent|delivered|submitted|handed\s+over)\s+on|(?:a\s+été\s+)?(?:envoyée|remise|transmise)\s+le|(?:fue\s+)?(?:enviada|entregada|remitida)\s+el|(?:foi\s+)?(?:enviada|entregue)\s+em))\s+(?<date>[^,;()]+?)\s*(?:[,;)]|\.(?=\s+\p{Lu}|\s*\**\s*$)|$)", RegexOptions.CultureInvariant)]
    private static partial Regex LetterDated();

    /// <summary>
    /// A line that names whom the letter is to ("UN Member States and Permanent Missions", "H.E. Mr. Ban Ki-moon"),
    /// so that an address printed first is not taken for the title.
    /// </summary>
    private static bool IsAddressee(string text) =>
        !TitleWords().IsMatch(text) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 14
        && (AddresseeStart().IsMatch(text) || AddresseeWords().IsMatch(text));

    // "À l'attention de :" is a label of its own, read whole.
    [GeneratedRegex(@"^(?:To|À)\s+(?=\S)(?!l['’]attention\b)", RegexOptions.CultureInvariant)]
    private static partial Regex AddressedTo();

    // "H.E. …", "To the Prime Minister", "Monsieur le Ministre", "Herrn", "Президенту Кыргызской Республики" (Russian names the
    // addressee in the dative): how an addressee's line starts.
    [GeneratedRegex(@"^(?:to\s+)?(?:h\.\s?e\.|(?:the\s+)?rt\.?\s+hon\b|herrn\b|an\s+(?:den|die)\s|his\s+excellency|her\s+excellency|their\s+excellencies|the\s+(?:rt\.?\s+)?honou?rable|hon\.|president\b|prime\s+minister|minister\b|secretary[\s-]general|ambassador|son\s+excellence|s\.e\.|monsieur|madame|excelentísim|su\s+excelencia|señor|señora|президенту|премьер-министру|министру|председателю|генеральному\s+секретарю|верховному\s+комиссару|послу|президентові|міністру|голові)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AddresseeStart();

    [GeneratedRegex(@"\b(?:member\s+states|permanent\s+missions?|permanent\s+representatives?|heads?\s+of\s+(?:state|government)s?|foreign\s+ministers?|ministers?\s+of\s+foreign\s+affairs|members\s+of\s+the\s+(?:security\s+council|human\s+rights\s+council|general\s+assembly|european\s+parliament)|delegations|états\s+membres|missions\s+permanentes|estados\s+miembros|misiones\s+permanentes)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AddresseeWords();

    [GeneratedRegex(@"\b(?:letter|statement|appeal|declaration|urges?|calls?|lettre|déclaration|appel|carta|declaración|llamamiento|письмо|заявление|обращение)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TitleWords();

    [GeneratedRegex(@"\s+(?:in\s+care\s+of|c/o)\s*:?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InCareOf();

    // "Open letter: …", "Lettre ouverte …", "Offener Brief …", "ОТКРЫТОЕ ПИСЬМО": a title that says what the letter is.
    [GeneratedRegex(@"^(?:(?:open|joint|public)\s+letter|lettre\s+ouverte|carta\s+abierta|carta\s+aberta|lettera\s+aperta|offener\s+brief|open\s+brief|öppet\s+brev|åbent\s+brev|åpent\s+brev|открытое\s+письмо|совместное\s+(?:письмо|заявление|обращение)|відкритий\s+лист)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LetterTitle();

    [GeneratedRegex(@"\s{3,}(?:(?:page|página|pagina|seite|strona|sayfa|p\.)\s*)?\d{1,3}\s*(?:(?:of|de|sur|di|von|van|z|/)\s*\d{1,3})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FooterPageNumber();
}
