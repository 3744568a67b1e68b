using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// Lines inside a signatory block that name no one: rules and page numbers left by the layout, contact details,
/// editors' comments, rows struck from the list, where a signature stands on paper, a web page's buttons, notes and
/// sentences about the list, a date, the header row of a table of people. Each is kept as a skipped line with why.
/// </summary>
internal static partial class NotAnEntry
{
    /// <summary>A rule, a page number, or the closing between two printings of the list.</summary>
    public static bool SkipsLayoutOrClosing(BlockReading reading, BlockLine blockLine)
    {
        var (_, text, line, _, _) = blockLine;
        if (IsRule(text))
        {
            // "-----" under a table's header, between two printings of the list: layout, not an end.
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "a rule"));
            return true;
        }

        if (FramedMark().IsMatch(text.Trim()) && !BlockBoundary.IsHeading(text, out _))
        {
            // "----- export: signon.tsv (exported 20/06/2024 09:12) -----", "===== end of export (26 rows) =====": a
            // mark between rules where a pasted export or a section starts or ends; a name is never framed so.
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "a mark between rules, where a pasted part starts or ends"));
            return true;
        }

        if (ExportStamp().IsMatch(text.Trim()))
        {
            // "Sign-on form responses – exported 7/11/2023 23:58 (PKT)": the title a form or a sheet prints over its
            // export, with when it was made; no organization is named after the moment it was exported.
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "the title of an export, with when it was made"));
            return true;
        }

        if (SheetLabel().IsMatch(text.Trim()))
        {
            // 'Sheet 2 of 2: "Signatories" (filter: Status = Confirmed)': which sheet of a workbook the rows below are.
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "the name of a sheet of the export"));
            return true;
        }

        if (!text.Any(char.IsLetter) && text.Any(c => char.GetUnicodeCategory(c) is UnicodeCategory.OtherSymbol or UnicodeCategory.Surrogate))
        {
            // "👏 412   💬 18": a post's counts under its pictograms; no letter, so no name ("11.11.11" has no letter
            // either, and is one).
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "counts under pictograms, with no letter"));
            return true;
        }

        if (IsPageNumber(text))
        {
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "a page number"));
            return true;
        }

        if (WrittenDate.IsPageStamp(text) && text.Any(char.IsDigit))
        {
            // "Last updated 5 March 2025 · Licensed CC BY 4.0" under the list: when the page changed, in its footer; no
            // signer's name starts so and goes on with a date.
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "when the page was published or updated"));
            return true;
        }

        if (IsRunningTitle(text) && (AfterPageNumber(reading) || AfterRule(reading)))
        {
            // "2" then "Joint NGO letter on a South Sudan arms embargo – December 2016": the title a PDF prints at the
            // top of each page, with the letter's date, printed once or more inside the list; or under the rule a
            // conversion draws where the page breaks ("-----" then "CEJP – Lettre au Conseil de sécurité – 18 février
            // 2025").
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "the running title at the top of a page"));
            return true;
        }

        if (AfterPageNumber(reading) && DocumentKindTitle().IsMatch(text.Trim()))
        {
            // "3/4" then "Open letter – Human Rights Council – Kenya": a title that starts by saying what the document is,
            // printed at the top of the next page; no organization is called "Open letter".
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "the running title at the top of a page"));
            return true;
        }

        if (AfterPageNumber(reading) && IsTitleOverMarkedList(reading, text))
        {
            // "1/2" then "Carta aberta – Cafunfo, Lunda Norte" in a list whose every entry has its bullet: the title
            // a PDF prints at the top of the next page, with no date.
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "the running title at the top of a page"));
            return true;
        }

        if (ColumnRow.IsHeaderCell(text) && (Neighbour(reading, -1) is { } above && ColumnRow.IsHeaderCell(above) || Neighbour(reading, 1) is { } below && ColumnRow.IsHeaderCell(below)))
        {
            // "Organisation" over "Country": a table's header row, copied from a PDF one cell a line.
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "a table's header, printed one cell a line"));
            return true;
        }

        if (WebPageFurniture.IsHandle(text))
        {
            // "@LakeRightsWatch" over each post of a thread that carries the list: who posted, not who signed.
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "the handle of a post's author"));
            return true;
        }

        if (IsContinuationMark(text) && !BlockBoundary.IsHeading(text, out _))
        {
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "a mark that the list goes on over the page"));
            return true;
        }

        if (BlockBoundary.IsClosing(text))
        {
            // A list printed before the closing and again after it: the closing is between the two. What follows a
            // closing ("On behalf of the following organisations:") is the list, not the organization of the signer
            // above it ("Anahit Sargsyan" / "Chair of the Board").
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "the closing"));
            (reading.Current, reading.AwaitingAffiliation, reading.ExtraAffiliation) = (null, false, false);
            return true;
        }

        return false;
    }

    /// <summary>An editor's comment, a row marked withdrawn, where a signature stands on paper, a web page's button.</summary>
    public static bool SkipsMarks(BlockReading reading, BlockLine blockLine)
    {
        var (_, text, line, _, _) = blockLine;
        if (text.Length == 1 && char.IsUpper(text[0]))
        {
            // "A", "C", "D" over an alphabetical list's entries: the index letter of the entries under it.
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "the letter of an alphabetical list's entries below"));
            return true;
        }

        if (CommentThread().IsMatch(text))
        {
            // "💬 Comment · Resolved" over "Diego R. (ONIC): Can we keep Indigenous organisations at the top?": a shared
            // document's comment among the names, its thread to the end of its paragraph.
            reading.SkipUpTo(reading.ParagraphEnd() + 1, "a comment left in the document, with its replies");
            return true;
        }

        if (IsEditorComment(text))
        {
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "a comment left in the document by one of its editors"));
            return true;
        }

        if (IsMarkLegend(text))
        {
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "what the list's marks after names mean, not a signatory"));
            return true;
        }

        if (Withdrawn().IsMatch(text))
        {
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "an organization marked as withdrawn from the list"));
            return true;
        }

        if (SignedMark().IsMatch(text))
        {
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "where a signature stands on paper"));
            return true;
        }

        if (WebPageControl().IsMatch(text))
        {
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "a button of the web page the letter was copied from"));
            return true;
        }

        if (WebPageFurniture.IsPetitionCounter(text))
        {
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "a petition page's counter, or the title over its latest signers"));
            return true;
        }

        if (PictureWithoutName().IsMatch(text))
        {
            // "[logo]" over "Srebrenica Memorial Center": a logo whose alt text names nothing; the name is the next line.
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "a picture whose text names no one"));
            return true;
        }

        if (RowCount().IsMatch(text) || TotalCount().IsMatch(text))
        {
            // "27 rows" under a sheet's export, "(26 signatures)", "Total organisations: 28" under a sheet's last row:
            // how long the list is, not an entry of it.
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "a count of the list's rows"));
            return true;
        }

        return false;
    }

    /// <summary>Contact details, a note or sentence about the list, a date, the header row of a table of people.</summary>
    public static bool SkipsWhatIsSaidAboutTheList(BlockReading reading, BlockLine blockLine)
    {
        var (raw, text, line, _, _) = blockLine;
        // A row of a form export may print the contact's e-mail in a column of its own: the row is still a signatory.
        if ((IsContact(text) || IsPostalCodeUnderAddress(reading, text)) && !(reading.Columns is { Tabbed: true } && raw.Contains('\t', StringComparison.Ordinal)))
        {
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "contact details (e-mail, web address, phone or postal address)"));
            return true;
        }

        if ((Note().IsMatch(text) && !WrappedLines.BracketOnly().IsMatch(text)) || SignatureStart.IsProse(text) || SaysWhoDidNotSign(text))
        {
            // "(signing in a personal capacity; affiliations for identification only)", "Ainsi que quatre
            // organisations qui ont souhaité garder l'anonymat.": said about the list, not in it.
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "a note or a sentence about the list, not a name"));
            return true;
        }

        if (KeywordsLine().IsMatch(text.Trim()))
        {
            // "Tags: Kenya, elections, freedom of assembly": the web page's keywords under the list, not a name.
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "the page's keywords"));
            return true;
        }

        if (Slogan().IsMatch(text.Trim()) && !CampaignWithItsCry().IsMatch(text.Trim()))
        {
            // "¡Tierra para quien la trabaja!", "Free them all now!": a cry closing the letter; a name ends with "!"
            // only as a campaign's, its cry after its name and a dash.
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "a slogan"));
            return true;
        }

        if (PersonLine.IsPositionAlone(text))
        {
            // "La Présidente", "The Coordinator" under "For the signatory organizations,": the signer's position, alone.
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "a signer's position alone, not an organization"));
            return true;
        }

        if (IsHeaderRow(text))
        {
            // "N° Organisation — Pays / Country": the list's header row, printed with the rows' own separator.
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "the header row of the list"));
            return true;
        }

        if (PersonLine.SpeaksFor(text))
        {
            // "On behalf of the civil society delegation to the peace talks", under a signer's name: whom the signer
            // speaks for, said in words; an organization would be named ("On behalf of Lake Region Network").
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "whom the signer speaks for, said in words, not an organization's name"));
            return true;
        }

        if (WrittenDate.TryParse(text, out var date, out var note))
        {
            reading.Contents = reading.Contents with { Date = reading.Contents.Date ?? (date, line, note) };
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "a date"));
            return true;
        }

        if (reading.Mode == ListMode.People && PeopleHeader().IsMatch(text))
        {
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "the header row of a table of people"));
            return true;
        }

        if (reading.Mode == ListMode.People && text.EndsWith(':') && !PersonLine.HonorificFirst().IsMatch(text) && !PersonLine.IsPersonName(text.TrimEnd(':').Trim()))
        {
            // "Speaker notes:" under a slide's people: a label over the lines below, as among organizations; no one's name
            // ends with a colon.
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "a label over the lines below (it ends with a colon), not a person"));
            return true;
        }

        return false;
    }

    /// <summary>
    /// "N° Organisation — Pays / Country", "Organization | Country", "Nom – Ville – Pays": a line of column names only,
    /// separated as the rows are (a run of spaces, a tab, a bar or a spaced dash), each perhaps in two languages after a
    /// slash, with a name column and a place column, and perhaps a number column first. A cell that names one column
    /// with its slash ("País / sede", the country or the seat) is that column.
    /// </summary>
    public static bool IsHeaderRow(string text)
    {
        var columns = HeaderSeparator().Split(NumberColumn().Replace(text.Trim(), "")).Where(cell => cell.Length > 0)
            .Select(cell => ColumnRow.ColumnOf(cell) is { } whole ? [whole] : cell.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(ColumnRow.ColumnOf).Distinct().ToList())
            .ToList();
        return columns.Count >= 2 && columns.All(names => names is [{ }])
            && columns.Any(names => names[0] == ColumnRow.Column.Name) && columns.Any(names => names[0] is ColumnRow.Column.Country or ColumnRow.Column.City);
    }

    // A title of three words or more, then a dash, a bar or a comma and a date: "… arms embargo – December 2016".
    private static bool IsRunningTitle(string text) =>
        TitleThenDate().Match(text.Trim()) is { Success: true } m
        && m.Groups["title"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3
        && WrittenDate.TryParse(m.Groups["date"].Value, out _, out _);

    // A line without the list marker that the entries above and below it carry, and that no heading is (a heading in
    // capitals, a place's, one that ends with a colon): not an entry of the list.
    private static bool IsTitleOverMarkedList(BlockReading reading, string text)
    {
        var marked = reading.Lines.Count(l => SignatoryLine.StartsWithListMarker(l.Text));
        var next = reading.NextPrintedLine();
        return marked >= 5 && !SignatoryLine.StartsWithListMarker(text) && next is not null && SignatoryLine.StartsWithListMarker(next)
            && !text.EndsWith(':') && text.Any(char.IsLower) && PlaceHeading.TryRead(text) is null && !BlockBoundary.IsHeading(text, out _);
    }

    // The line before, blank lines aside, is a page's number.
    private static bool AfterPageNumber(BlockReading reading) =>
        reading.Lines.Take(reading.Index).Select(l => l.Text.Trim()).LastOrDefault(l => l.Length > 0) is { } before && IsPageNumber(before);

    private static bool AfterRule(BlockReading reading) =>
        reading.Lines.Take(reading.Index).Select(l => l.Text.Trim()).LastOrDefault(l => l.Length > 0) is { } before && IsRule(before);

    [GeneratedRegex(@"^(?<title>.*\S)\s*(?:\s[-–—|]\s|,)\s*(?<date>[^,–—|]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleThenDate();

    // The line next to the one being read, above (-1) or below (1), or null at the block's edge or a blank line.
    private static string? Neighbour(BlockReading reading, int step) =>
        reading.Index + step is var at && at >= 0 && at < reading.Lines.Count && reading.Lines[at].Text.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>
    /// "[Comment JT1]: …", "Comment [MR]: …": a comment one of a document's editors left in it, indented under the
    /// entry it is about as a shared document's export prints it; it goes on no entry.
    /// </summary>
    public static bool IsEditorComment(string text) => WordComment().IsMatch(text.Trim());

    /// <summary>
    /// "Markers: ¹ organisation of persons with disabilities (OPD); ² organisation of parents and families; * endorsed
    /// after 26 August": what the marks printed after names mean, each part opening with its mark, perhaps under a
    /// label ("Key:", "Légende :"). A name never opens with a superscript figure or a dagger.
    /// </summary>
    public static bool IsMarkLegend(string text)
    {
        var parts = LegendLabel().Replace(text.Trim(), "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && parts.All(p => LegendMark().IsMatch(p)) && (parts.Length >= 2 || LegendLabel().IsMatch(text.Trim()));
    }

    [GeneratedRegex(@"^(?:markers?|marks|key|legend|légende|leyenda|legenda|zeichenerklärung|notes?)\s*:\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LegendLabel();

    // A mark and what it means: "¹ organisation of …", "* endorsed after …", "† deceased".
    [GeneratedRegex(@"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3}|[†‡§])\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]\s*)*\s?\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex LegendMark();

    /// <summary>"---", "* * *", "______": a rule between parts of the page.</summary>
    public static bool IsRule(string text) => Rule().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:-{3,}|={3,}|_{3,}|~{3,})\s*\S.*?\S\s*(?:-{3,}|={3,}|_{3,}|~{3,})$", RegexOptions.CultureInvariant)]
    private static partial Regex FramedMark();

    /// <summary>"Page 2 of 3", "- 4 -", "12", "2 | Page" (a word processor's footer), "You're on page 2 of 3" (a document viewer's counter): a page's number left in text copied from a document.</summary>
    public static bool IsPageNumber(string text) =>
        PageNumber().IsMatch(text.Trim()) || RunningFooter().IsMatch(text.Trim())
        || (FramedLine().Match(text.Trim()) is { Success: true } framed && PageNumber().IsMatch(framed.Groups["inner"].Value));

    // "═══ Page 8 / 10 ═══", "=== 3 ===", "*** Page 2 ***": a line framed by runs of a mark on both sides.
    [GeneratedRegex(@"^[═=─━*#~]{2,}\s*(?<inner>.*?)\s*[═=─━*#~]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex FramedLine();

    /// <summary>An e-mail, a web address or a file offered for download, a phone number, a postal address.</summary>
    public static bool IsContact(string text) =>
        Email().IsMatch(text) || Web().IsMatch(text) || Phone().IsMatch(text) || Address().IsMatch(SignatoryLine.Clean(text));

    /// <summary>
    /// An e-mail or a web address, or a telephone anywhere on the line ("Tel. +44 (0)20 7000 0000 · secretariat@…",
    /// "Nairobi | +254 20 271 0443"): how to reach someone, which a postal address alone is not (an addressee has one).
    /// </summary>
    public static bool IsMeansOfContact(string text) =>
        Email().IsMatch(text) || Web().IsMatch(text) || Phone().IsMatch(text) || PhoneWithin().IsMatch(text);

    // "27 Galaxy Street, Matina" then "8000 Davao City, Philippines", "Rue de la Loi 42" then "1040 Bruxelles": a postal
    // code and a city under the street of a postal address go on with the address. Only under one, since a name may
    // start with a number too ("1000 Women for Peace").
    private static bool IsPostalCodeUnderAddress(BlockReading reading, string text) =>
        PostalCodeAndCity().IsMatch(text) && reading.Index > 0 && reading.Lines[reading.Index - 1].Text.Trim() is { Length: > 0 } above && Address().IsMatch(above);

    // "8000 Davao City", "2500 EB Den Haag", "D-10557 Berlin", "1040 Bruxelles, Belgique".
    [GeneratedRegex(@"^(?:[A-Z]{1,2}-)?\d{4,5}(?:\s?[A-Z]{2})?\s+\p{Lu}[\p{L}.'’ -]*(?:,\s*\p{Lu}[\p{L}.'’ -]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PostalCodeAndCity();

    // "-----", "_____", "=====", "* * *", and a rule of dashes or box-drawing lines ("————", "────"); a dash alone on its
    // line, as a web page sets its sections apart ("—").
    [GeneratedRegex(@"^(?:[-_=*~·•—–─━]\s*){3,}$|^[—–─━]$", RegexOptions.CultureInvariant)]
    private static partial Regex Rule();

    // "Sign-on form responses – exported 7/11/2023 23:58 (PKT)", "Responses (exported 2024-03-01)", "Réponses –
    // exportées le 03/11/2023 à 14:02", "Respuestas exportadas el 5.10.2023", "Antworten, exportiert am 12.03.2024":
    // the word for exported, then a date in figures (and maybe a time and its zone) to the end of the line, or to a
    // note in the same brackets on how the rows were kept ('SIGN-ONS (sheet "Responses", exported 16/12/2024 10:02;
    // duplicate rows removed)').
    [GeneratedRegex(@"\b(?:exported|export\s+(?:of|from)|export(?:é|ée|és|ées)|exportad[oa]s?|exportiert|esportat[oaie])\b[^\d]{0,20}" + WrittenDate.DateInFigures + @"(?:,?\s*(?:à|a\s+las|um|at)?\s*" + WrittenDate.TimeInFigures + @")?(?:\s*" + WrittenDate.TimeZone + @")?(?:\s*;[^()]*)?\)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExportStamp();

    // The word for a page and the word between a page's number and their count, in the languages letters come in:
    // "Page 2 of 3", "página 2 de 4", "страница 2 из 3", "صفحة 2 من 3".
    private const string PageWord = @"page|página|pagina|pag\.|pág\.|seite|strona|sayfa|страница|стр\.|صفحة";
    private const string OfPages = @"of|de|sur|di|von|van|z|из|من|/";

    // "You're on page 2 of 3", "Você está na página 2 de 2", "Vous êtes à la page 2 sur 3": a document viewer's counter;
    // "1 / 2 … 2 / 2": the counters of a document's pages, copied together.
    [GeneratedRegex(@"^(?:[-–—]\s*)?(?:(?:you['’]re\s+on|you\s+are\s+on|voc[êe]\s+est[áa]\s+na|est[áa]s?\s+en\s+la|vous\s+[êe]tes\s+(?:à|sur)\s+la|sie\s+sind\s+auf)\s+)?(?:" + PageWord + @"|p\.|pg\.?)?\s*\d{1,3}\s*(?:(?:" + OfPages + @")\s*\d{1,3})?(?:\s*[-–—])?$|^\d{1,3}\s*\|\s*(?:" + PageWord + @")$|^\d{1,3}\s*/\s*\d{1,3}(?:\s*(?:…|\.{3}|[-–—·|])\s*\d{1,3}\s*/\s*\d{1,3})+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    // "Joint letter on Ethiopia to HRC Member States          Page 2 of 3", "SALC – Joint letter | Page 2 of 2",
    // "Carta conjunta – Nicaragua – página 2 de 4" (a running title whose counter follows a dash), "Page 1 of 2 — To
    // sign, write to …", "Page 2 of 2        PBA review letter" (a footer that starts with the counter).
    // A page's running header or footer: "… | Page 2 of 3", "… · Annex I · page 2 of 3", "… · Página 1 de 2", "Amnesty International Public Statement    Index: ASA 37/4771/2021    2",
    // "Public Document".
    [GeneratedRegex(@"(?:\s{3,}|\|\s*)(?:(?:" + PageWord + @"|p\.)\s*)?\d{1,3}\s*(?:(?:" + OfPages + @")\s*\d{1,3})?$|\s[-–—·•]\s*(?:" + PageWord + @")\s*\d{1,3}\s*(?:" + OfPages + @")\s*\d{1,3}$|^(?:" + PageWord + @")\s*\d{1,3}\s*(?:" + OfPages + @")\s*\d{1,3}(?:\s*[-–—|]|\s{3,})\s*\S|^(?:public|internal)\s+document$|\bindex\s*:\s*[a-z]{2,4}\s*\d", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RunningFooter();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // A web address, or a file offered for download ("Download: letter_HRC20_Eritrea.pdf (62 KB)").
    // "Baixe a carta em PDF (95 KB)", "Download the letter (PDF, 1.2 MB)": a file offered with its size.
    [GeneratedRegex(@"(?:https?://|www\.)\S+|^(?:download|télécharger|descargar|baixar)\s*:|\S\.(?:pdf|docx?|odt|rtf)\b|\b(?:pdf|docx?|odt|rtf)\b[^()]*\(\s*(?:(?:pdf|docx?)\s*,\s*)?\d+(?:[.,]\d+)?\s*(?:kb|mb|ko|mo)\s*\)|\(\s*(?:pdf|docx?)\s*,\s*\d+(?:[.,]\d+)?\s*(?:kb|mb|ko|mo)\s*\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Web();

    // A number alone is a phone number when it has seven digits at least, as a local number has: "11.11.11" (a Belgian
    // coalition named after Armistice Day) has six, and is a name.
    [GeneratedRegex(@"^(?:" + TelephoneWords + @"|cell|skype|whatsapp|signal|telegram)\b\.?|^\+?(?=(?:\D*\d){7})[\d\s().\-/x]{7,}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Phone();

    // The labels of a telephone number, in the letters' languages: one list for a line that starts with one and a line of
    // contacts that holds one.
    private const string TelephoneWords = "phone|tel|telephone|téléphone|tél|teléfono|fax|mobile|mob";

    // A telephone after its label or an international prefix, within a line of contacts.
    [GeneratedRegex(@"(?<!\p{L})(?:" + TelephoneWords + @"|telefone|telefon)\.?\s*:?\s*\+?\(?\d|(?:^|[|·–]\s*)\+\d{1,3}[\s(]\(?\d", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PhoneWithin();

    [GeneratedRegex(@"^(?:sheet|tab|hoja|feuille|folha|planilha)\s+\d+(?:\s+(?:of|de|sur)\s+\d+)?\s*[:–-]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SheetLabel();

    [GeneratedRegex(@"\b(?:floor|street|avenue|ave|road|suite|boulevard|blvd|p\.?\s?o\.?\s+box|b\.?p\.?\s+\d+|rue|calle|apartado)\b.*\d|\d.*\b(?:floor|street|avenue|ave|road|suite|boulevard|rue|calle)\b|\b[A-Z]{2}\s+\d{5}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    // "[Comment AB3]: Can someone confirm …": a word processor's comment, pasted with the text it was left on.
    // "Reply [JB2]: agreed": a reply to such a comment, or a comment with its editor's initials after the word, as a
    // shared document exports them. "[Comment – Lake group: Please keep new sign-ons below this line]": a comment
    // with its author after a dash, a line of its own in brackets.
    [GeneratedRegex(@"^(?:\[(?:comment|commentaire|comentario|comentário)\s*[\p{L}]{0,4}\d*\]|(?:comment|commentaire|comentario|comentário|reply|réponse|respuesta|resposta|risposta|antwort)\s*\[\p{Lu}{1,4}\d*\])\s*:|^\[(?:comment|commentaire|comentario|comentário|reply|réponse|respuesta|resposta)\s*[-–—][^\[\]]*\]$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WordComment();

    // "Comment", "Comment · Resolved", "Commentaire · Résolu": the head of a comment a shared document prints where it
    // was left (its speech-bubble icon already set aside).
    [GeneratedRegex(@"^(?:comment|comentario|commentaire|comentário|kommentar|commento)(?:\s*[·•|–-]\s*(?:resolved|resuelto|résolu|resolvido|gelöst|risolto))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CommentThread();

    // "Open letter – …", "Carta abierta – …", "Lettre ouverte : …", "Joint statement on …": what the document is, first.
    [GeneratedRegex(@"^(?:open\s+letter|joint\s+(?:letter|statement)|carta\s+(?:abierta|aberta|aperta|conjunta)|lettre\s+(?:ouverte|conjointe)|déclaration\s+conjointe|declaración\s+conjunta|declaração\s+conjunta|offener\s+brief|gemeinsame\s+erklärung)\b\s*(?:[-–—:|]\s+\S.*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DocumentKindTitle();

    // "Tags: …", "Mots-clés : …", "Etiquetas: …", "Palavras-chave: …", "Schlagwörter: …": a page's keywords, as a list.
    [GeneratedRegex(@"^(?:tags?|tagged|keywords?|topics?|mots[-\s]clés|étiquettes|etiquetas|palabras\s+clave|palavras[-\s]chave|schlagwörter|stichwörter|parole\s+chiave)\s*:\s*\S.*,.*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KeywordsLine();

    // "¡Justicia ya!", "Free them all now!": a cry in a few words, opened with "¡" or of three words or more, ending "!".
    [GeneratedRegex(@"^(?:¡[^!]+|\p{L}+(?:\s+\S+){2,})!+$", RegexOptions.CultureInvariant)]
    private static partial Regex Slogan();

    // "Aktion Aufschrei – Stoppt den Waffenhandel!", "Campagne Zéro Expulsion – Stop aux renvois !": a campaign's name,
    // a few capitalized words, then its cry after a spaced dash; the cry is part of the name it signs with.
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}\s+[–—-]\s+\p{L}[^!]*\s[^!]*!+$", RegexOptions.CultureInvariant)]
    private static partial Regex CampaignWithItsCry();

    // "Horn Institute — WITHDRAWN 14/12, do not include": a row the drafters kept in the list but struck from it;
    // "Lake Forum – Kenya (signature removed at their request)", "(signature withdrawn)", "(signature retirée)".
    [GeneratedRegex(@"\s[-–—]\s*(?:withdrawn|retirée?s?|retirad[oa]s?)\b|\bdo\s+not\s+include\b|\bne\s+pas\s+inclure\b|\bno\s+incluir\b|\((?:signature|endorsement|firma|assinatura)\s+(?:removed|withdrawn|retirée|retirada|retirado)\b[^()]*\)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Withdrawn();

    // "(signed)", "(signé)          (signé)", "[signature illisible]     [signature]", "[firma ilegible]": the place of a
    // handwritten signature, once per signer on the line.
    [GeneratedRegex(@"^(?:[\(\[](?:signed|sgd|signé|signée|firmado|firmada|firmato|firmata|assinado|assinada|gez\.?|getekend|(?:illegible\s+|unreadable\s+)?signature(?:\s+(?:illisible|illegible|manuscrite|unreadable))?|firma(?:\s+(?:ilegible|illeggibile|manuscrita|autógrafa))?|assinatura(?:\s+(?:ilegível|manuscrita))?|unterschrift(?:\s+unleserlich)?|handtekening(?:\s+onleesbaar)?)[\)\]]\s*)+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SignedMark();

    // "[Show all signatories]", "[Hide]", "[Read more]": the buttons of a page copied from a browser.
    [GeneratedRegex(@"^\[(?:show|hide|view|see|expand|collapse|close|more|less|read\s+more|voir|afficher|masquer|ver|mostrar|ocultar)\b[^\[\]]*\]$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WebPageControl();

    // "[logo]", "[image]", "[Bild]": a picture copied as its placeholder alone ("[logo] Aegis Trust" names its body,
    // and SignatoryLine keeps the name).
    [GeneratedRegex(@"^\[(?:logo|logotype|logotipo|image|img|picture|photo|foto|icon|imagen|imagem|immagine|bild|afbeelding)\]$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PictureWithoutName();

    // "27 rows", "(26 signatures)", "30 réponses", "28 Einträge": a sheet's or a page's count of the list, a number and
    // the word for what it counts, alone on its line or with when it was edited ("27 rows · Last edited 06/01/2025 by …").
    [GeneratedRegex(@"^\(?\s*\d{1,5}\s+(?:rows?|records?|responses?|entries|entry|signatures?|signatories|signers|réponses?|lignes?|signataires|filas|respuestas|firmas|registros|linhas|respostas|assinaturas|zeilen|antworten|einträge|unterschriften|righe|risposte|firme|rijen|antwoorden|handtekeningen)(?:\s+(?:in\s+total|total|au\s+total|en\s+total|no\s+total|insgesamt|in\s+totale|totaal))?\s*\)?\.?(?:\s*[·•|]\s*(?:last\s+(?:edited|modified|updated)|updated|edited|exported|modifié|editado|exportado)\b.*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RowCount();

    // "Total organisations: 28", "Total: 28", "Nombre total de signataires : 28", "Total de organizaciones: 28": a
    // sheet's or a list's total, its word first.
    [GeneratedRegex(@"^(?:grand\s+)?(?:total|totals|nombre\s+total|número\s+total|total\s+number|gesamtzahl|insgesamt)(?:\s+(?:of\s+|de\s+|des\s+|der\s+)?(?:organi[sz]ations|organizaciones|organizações|signatories|signataires|signers|firmantes|signatários|entidades|individuals|personnes|personas|pessoas|rows|signatures|firmas|organisationen|unterzeichner))?\s*:?\s*\d{1,5}\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TotalCount();

    // "Caritas Internationalis and the ACT Alliance as networks have not signed this" (the sentence going on on the next
    // line): who did not sign, said in a sentence of at least six words, is no entry even before its full stop.
    private static bool SaysWhoDidNotSign(string text) =>
        NotSigned().IsMatch(text) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 6;

    [GeneratedRegex(@"\b(?:(?:have|has|had|did|do|does)\s+not|haven['’]t|hasn['’]t|didn['’]t)\s+(?:yet\s+)?(?:signed|sign|endorsed|endorse|joined)\b|\bn['’]ont\s+pas\s+(?:signé|adhéré)|\bn['’]a\s+pas\s+signé|\bno\s+(?:han|ha)\s+firmado|\bnão\s+(?:assinaram|assinou|subscreveram)|\bnon\s+(?:hanno|ha)\s+firmato|\bhaben\s+nicht\s+unterzeichnet|\bhebben\s+niet\s+(?:getekend|ondertekend)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotSigned();

    // "(signing in a personal capacity)", "[affiliations for identification only]", "* in alphabetical order"; and the
    // note a star marks under the list, glued to its words in small letters ("*signing as an observer"), which no
    // bulleted name is ("* medico international" has the bullet's space).
    [GeneratedRegex(@"^(?:\([^()]*\)|\[[^\[\]]*\]|\*\s*(?:in\s+alphabetical\s+order|affiliations?\b.*|organi[sz]ations?\s+(?:listed|marked)\b.*)|\*{1,3}(?-i:\p{Ll})[^*]*)\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Note();

    [GeneratedRegex(@"\s*(?:\t|\s{2,}|\||\s[-–—]\s)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderSeparator();

    // "N°", "No.", "#": the column of numbers, first, before the name's column with a space or a separator.
    [GeneratedRegex(@"^(?:n[°º]|no\.?|nr\.?|#|№|num\.?|número|numéro)(?:\s+|\s*(?:\t|\||\s[-–—]\s)\s*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberColumn();

    // "Name    Affiliation", "N°\tNombre\tAfiliación (solo a efectos de identificación)", "Nome\tFunção / instituição": a
    // table of people's header row,
    // perhaps after the column of the rows' numbers.
    [GeneratedRegex(@"^(?:(?:n°|nº|no\.?|nr\.?|#)(?:\s+|\t+))?(?:name|names|nom|nombre|nome|full\s+name)(?:\s{2,}|\t+)(?:affiliations?|title|position|role|organi[sz]ation|institution|fonction|titre|cargo|puesto|funci[óo]n|fun[çc][ãa]o|instituci[óo]n|institui[çc][ãa]o|afiliación|afiliacion|afiliação|filiação)\b.*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PeopleHeader();

    /// <summary>
    /// "- continued on next page -", "(cont.)", "SIGNATORIES (continued from page 2)", "suite page suivante",
    /// "continúa en la página siguiente", "(segue)"; an entry with its mark ("■ Réseau … – RAALAC (segue)", a network
    /// whose members go on over the page): where a list printed over several pages says it goes on.
    /// </summary>
    public static bool IsContinuationMark(string text) => ContinuationMark().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:[-–—*(\[\s]*(?:continued|cont\.|cont['’]d|continues)(?:\s+(?:on\s+(?:the\s+)?next\s+page|overleaf|below|on\s+page\s+\d+))?|(?:suite|à\s+suivre)(?:\s+(?:page\s+suivante|au\s+verso|à\s+la\s+page\s+suivante))?|contin[úu]a(?:\s+en\s+la\s+p[áa]gina\s+siguiente)?|continua(?:\s+na\s+p[áa]gina\s+seguinte)?|(?:fortsetzung|forts\.)(?:\s+(?:auf\s+der\s+)?nächste[rn]?\s+seite)?|fortsätter(?:\s+på\s+nästa\s+sida)?|segue(?:\s+(?:a|alla)\s+pagina\s+(?:seguente|successiva))?)[-–—*)\].\s]*$|^.{0,100}[(\[]\s*(?:continued|cont\.?|cont['’]d|suite|continuación|continuação|fortsetzung|forts\.|segue|seguito)(?:\s+from\s+(?:page\s+\d+|previous\s+page)|\s+de\s+la\s+page\s+\d+|\s+de\s+la\s+p[áa]gina\s+\d+|\s+da\s+p[áa]gina\s+\d+)?\s*[)\]]\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ContinuationMark();
}
