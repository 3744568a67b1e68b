using System.Text;
using System.Text.RegularExpressions;
using Archive.Core.Countries;
using Archive.Core.Organizations;

namespace Archive.SiteGen.Import;

/// <summary>
/// Lays a signatory block out one entry a line before it is read: the steps of layout in the order they must run
/// (a list printed as a note in <see cref="ListInANote"/>, tables and columns in <see cref="TableLayout"/> and
/// <see cref="ColumnLayout"/>, grids of names over places in <see cref="NameOverPlace"/>, wrapped lines in
/// <see cref="WrappedLines"/>), and the small ones that take from a line what it carries besides its entry: logos'
/// alt text, a link's "(link is external)", an address after the name, a country printed first.
/// </summary>
internal static partial class BlockLayout
{
    /// <summary>
    /// The block's lines laid out one entry a line, each step of layout in the order it must run: a list printed as a
    /// note, logos, form exports and drawn tables first, then grids and columns, then what wraps, then what a line
    /// carries besides its entry.
    /// </summary>
    public static List<(string Text, int Line)> OneEntryALine(IReadOnlyList<(string Text, int Line)> printed)
    {
        List<(string Text, int Line)> lines = [.. printed.Select(p => (WithoutHandles(WithoutPictographs(WithoutLinkText(SuggestedInsertion(p.Text)))), p.Line))];
        lines = ListInANote.Unfolded(lines);
        lines = LogosOnALine(lines);
        lines = TableLayout.CsvRows(lines);
        lines = TableLayout.KeyValueRecords(lines);
        lines = TableLayout.GridRows(lines);
        lines = NameOverPlace.Grid(lines);
        lines = CityAndCountryUnderNames(lines);
        lines = ItemsBetweenBars(lines);
        lines = ItemsBetweenDots(lines);
        lines = ColumnLayout.RunTogether(lines);
        lines = ColumnLayout.ManyColumns(lines);
        lines = ColumnLayout.SideBySide(lines);
        lines = TableLayout.CellsWrappedInPlace(lines);
        lines = NameOverPlace.AlternateLines(lines);
        lines = PlacesOnIndentedLines(lines);
        lines = WrappedLines.InANarrowColumn(lines);
        lines = WrappedLines.Unwrapped(lines);
        lines = WithoutAddressesAfterNames(lines);
        lines = NamesBrokenAcrossLines(lines);
        return CountryFirst(lines);
    }

    /// <summary>
    /// A list copied from a social-media post: a flag before a name is its country ("🇸🇩 Darfur Bar Association" reads
    /// "Darfur Bar Association (Sudan)"), a globe its scope beyond any one country ("🌍 Human Rights Watch" reads
    /// "Human Rights Watch (International)"), and other pictographs at either end of a line only decorate it
    /// ("👇 Signed by 👇", "🙋 Individuals:").
    /// </summary>
    private static string WithoutPictographs(string text)
    {
        var runes = text.Trim().EnumerateRunes().ToList();
        if (runes.Count == 0 || !(IsPictograph(runes[0]) || IsPictograph(runes[^1])))
        {
            return text;
        }

        string? place = null;
        var start = 0;
        for (; start < runes.Count && (IsPictograph(runes[start]) || Rune.IsWhiteSpace(runes[start])); start++)
        {
            if (start + 1 < runes.Count && IsRegionalIndicator(runes[start]) && IsRegionalIndicator(runes[start + 1])
                && CountryTable.TryGetByCode($"{Letter(runes[start])}{Letter(runes[start + 1])}", out var country))
            {
                place ??= country.Name;
                start++;
            }
            else if (runes[start].Value is >= 0x1F30D and <= 0x1F310)
            {
                place ??= "International";
            }
        }

        var end = runes.Count;
        while (end > start && (IsPictograph(runes[end - 1]) || Rune.IsWhiteSpace(runes[end - 1])))
        {
            end--;
        }

        // "🇦🇺 Australia — Act for Peace", "🌐 Global — Humanity & Inclusion": the flag over a place printed first,
        // read with the list that prints its places so (CountryFirst).
        var rest = string.Concat(runes[start..end].Select(r => r.ToString()));
        var placePrinted = PlaceFirst().Match(rest) is { Success: true } first && Places.TryRead(first.Groups["place"].Value) is not null;
        return place is null || rest.Length == 0 || placePrinted ? rest : $"{rest} ({place})";

        static char Letter(Rune indicator) => (char)('A' + indicator.Value - 0x1F1E6);
    }

    // Emoji and pictographs (the supplementary planes' symbols, dingbats such as ✅, arrows), with the joiner and the
    // selector that shape them.
    private static bool IsPictograph(Rune rune) =>
        rune.Value is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) or (>= 0x2B00 and <= 0x2BFF) or 0xFE0F or 0x200D;

    private static bool IsRegionalIndicator(Rune rune) => rune.Value is >= 0x1F1E6 and <= 0x1F1FF;

    /// <summary>
    /// Logos copied from an e-mail or a web page as their alt text, several to a line ("[image: Aegis Trust]   [image:
    /// Enough Project]"): each names an organization, one line each. One that starts in small letters ("[Image: hands
    /// of different ages holding a paper chain]") describes a picture, and names none.
    /// </summary>
    private static List<(string Text, int Line)> LogosOnALine(List<(string Text, int Line)> lines) =>
        [.. lines.SelectMany(l => AltText().IsMatch(l.Text) && AltText().Replace(l.Text, "").Trim().Length == 0
            ? AltText().Matches(l.Text).Select(m => (Text: m.Groups["name"].Value.Trim(), l.Line)).Where(logo => !char.IsLower(logo.Text[0]))
            : [l])];

    /// <summary>
    /// Several entries to a line between bars, each with its place in brackets ("Aegis Trust (United Kingdom) |
    /// Genocide Alert (Germany) | …"): one line each. A table drawn with bars starts and ends its rows with one, and
    /// a row of cells has a place or a title alone in a cell ("Aegis Trust | UK"): those are left to the table.
    /// </summary>
    private static List<(string Text, int Line)> ItemsBetweenBars(List<(string Text, int Line)> lines) =>
        [.. lines.SelectMany(l => BarItems(l.Text) is { } items ? items.Select(item => (item, l.Line)) : [l])];

    private static List<string>? BarItems(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('|') || trimmed.EndsWith('|') || !trimmed.Contains(" | ", StringComparison.Ordinal))
        {
            return null;
        }

        var items = trimmed.Split(" | ", StringSplitOptions.TrimEntries);
        return items.Length >= 2 && items.All(item => Places.TryRead(item) is null && !PersonLine.IsRole(item)
            && PlaceInBrackets().Match(item) is { Success: true } place && Places.TryRead(place.Groups["place"].Value) is not null)
            ? [.. items]
            : null;
    }

    /// <summary>
    /// A paragraph of entries separated by middle dots or bullets, wrapped where each line was full, even inside a name
    /// ("Comisión Intereclesial de Justicia y Paz (Colombia) · Fundación Ideas para la" / "Paz (Colombia) · CEJIL"): one
    /// line each, at the line where it starts. Three entries or more, most of them no place: "San José · Costa Rica" is
    /// a city and its country.
    /// </summary>
    private static List<(string Text, int Line)> ItemsBetweenDots(List<(string Text, int Line)> lines)
    {
        var result = new List<(string Text, int Line)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var end = i;
            while (end < lines.Count && lines[end].Text.Trim().Length > 0)
            {
                end++;
            }

            var paragraph = lines[i..end];
            if (SignersInRows(paragraph) is { } rows)
            {
                result.AddRange(rows);
                i = end - 1;
                continue;
            }

            // A page's number under a running footer ("… · 14 May 2025" over "- 2 -") is no part of a list, nor are a
            // post's counts and buttons between dots ("👍 1.4K · 212 comments · 689 shares") or a form's counters
            // ("Sign-on form responses: 31 · Confirmed: 29").
            if (paragraph.Count == 0 || !paragraph.SkipLast(1).All(l => DotSeparator().IsMatch(l.Text.Trim())) || paragraph.Any(l => NotAnEntry.IsPageNumber(l.Text) || WebPageFurniture.IsAfterTheText(l.Text) || WebPageFurniture.IsPetitionCounter(l.Text))
                || DottedItems(paragraph) is not { } items)
            {
                result.Add(lines[i]);
                continue;
            }

            result.AddRange(items);
            i = end - 1;
        }

        return result;
    }

    /// <summary>
    /// A petition page's list of who signed, one signer a row with its facts between dots ("Omna Tigray · Washington,
    /// DC, United States · signed 2 weeks ago", "Prof. Mirjam van Reisen, Tilburg University · Leiden, Netherlands"):
    /// each row one entry, its place after a dash; when it signed, and its web address ("… · Accra, Ghana ·
    /// wamdc.example.org"), are no part of it. Null unless every line of the paragraph is such a row: its name, then one
    /// place and nothing but when it signed or where it is on the web.
    /// </summary>
    private static List<(string Text, int Line)>? SignersInRows(List<(string Text, int Line)> paragraph)
    {
        if (paragraph.Count < 2)
        {
            return null;
        }

        var rows = new List<(string Text, int Line)>();
        foreach (var (text, line) in paragraph)
        {
            var facts = DotSeparator().Split(text.Trim());
            var places = facts.Skip(1).Where(IsPlaceFact).ToList();
            if (facts.Length < 2 || places.Count != 1 || !facts.Skip(1).All(fact => IsPlaceFact(fact) || WebPageFurniture.IsSigningStamp(fact) || WebAddress().IsMatch(fact)))
            {
                return null;
            }

            rows.Add(($"{facts[0]} – {places[0]}", line));
        }

        return rows;

        // "Global", "Toronto, Canada", "Seattle, WA, United States", "Frankfurt am Main, Germany", "Brussels".
        static bool IsPlaceFact(string fact) =>
            Places.TryRead(fact) is not null || SignatoryLine.IsCityName(fact)
            || (fact.LastIndexOf(',') is > 0 and var comma && Places.TryRead(fact[(comma + 1)..]) is not null && !fact[..comma].Any(char.IsDigit));
    }

    // "wamdc.example.org", "https://www.cemesp.example.org/": a site's address alone.
    [GeneratedRegex(@"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?:/\S*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();

    private static List<(string Text, int Line)>? DottedItems(List<(string Text, int Line)> paragraph)
    {
        var items = new List<(string Text, int Line)>();
        var (current, start) = ("", paragraph[0].Line);
        foreach (var (text, line) in paragraph)
        {
            var parts = DotSeparator().Split(text.Trim());
            for (var p = 0; p < parts.Length; p++)
            {
                if (p > 0)
                {
                    items.Add((current.Trim(), start));
                    (current, start) = ("", line);
                }

                (current, start) = (current.Length == 0 ? parts[p] : current + " " + parts[p], current.Trim().Length == 0 ? line : start);
            }
        }

        items.Add((current.Trim(), start));
        items.RemoveAll(item => item.Text.Length == 0);

        // "Global Centre … · Joint letter on veto restraint · Annex I · page 2 of 3": a page's running footer, whose
        // parts are its publisher, its title and its page, stays one line (and is passed over as a footer).
        // So does a page's running header that prints the letter's date ("… · Letter to the Foreign Secretary · 14 May 2025").
        return items.Count >= 3 && !items.Any(item => NotAnEntry.IsPageNumber(item.Text) || WrittenDate.TryParse(item.Text, out _, out _)) && items.Count(item => Places.TryRead(item.Text) is null && !SignatoryLine.IsCityName(item.Text)) >= 0.5 * items.Count
            ? items
            : null;
    }

    /// <summary>
    /// An entry printed as a block: its name, then its city and its country each on an indented line under it
    /// ("Genocide Alert e.V." / "    Köln" / "    Deutschland"): one line, the places in brackets after the name.
    /// The last indented line is a place and any other a short one; a name that leaves a bracket open or stops on a
    /// small word goes on on the indented line instead (<see cref="WrappedLines"/>).
    /// </summary>
    private static List<(string Text, int Line)> PlacesOnIndentedLines(List<(string Text, int Line)> lines)
    {
        static bool IsIndented(string text) => text.Length > 0 && char.IsWhiteSpace(text[0]) && text.Trim().Length > 0;
        var result = new List<(string Text, int Line)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var (text, line) = lines[i];
            var under = lines.Skip(i + 1).TakeWhile(l => IsIndented(l.Text)).Select(l => l.Text.Trim()).ToList();
            if (under.Count is 1 or 2 && text.Trim() is { Length: > 0 } name && !IsIndented(text) && !name.EndsWith(':')
                && !BlockBoundary.IsHeading(name, out _) && !GoesOn(name, under[0])
                && Places.TryRead(under[^1]) is not null && under.SkipLast(1).All(IsShortPlace))
            {
                result.Add(($"{name} ({string.Join(", ", under)})", line));
                i += under.Count;
                continue;
            }

            result.Add(lines[i]);
        }

        return result;
    }

    /// <summary>
    /// Names over an indented line of city and country joined by a mark ("CENTRO DE ESTUDIOS" / "    Quito · Ecuador",
    /// "    Lyon • France", "    Accra | Ghana", "    Durban – South Africa", two places apart by " / "), perhaps with
    /// the person who signs for it on an indented line below ("    Dr. Ana Ruiz, Directora"): each entry becomes its
    /// name with its countries in brackets, and the person a line of their own under it. It is that list when three
    /// names or more are so placed; the cities give no country of their own and are left out.
    /// </summary>
    private static List<(string Text, int Line)> CityAndCountryUnderNames(List<(string Text, int Line)> lines)
    {
        static bool IsIndented(string text) => text.Length > 0 && char.IsWhiteSpace(text[0]) && text.Trim().Length > 0;
        bool IsEntryAt(int i) => i + 1 < lines.Count && lines[i].Text.Trim() is { Length: > 0 } name && !IsIndented(lines[i].Text) && !name.EndsWith(':')
            && !BlockBoundary.IsHeading(name, out _) && IsIndented(lines[i + 1].Text) && CountriesOfPlaceLine(lines[i + 1].Text) is not null;
        if (Enumerable.Range(0, lines.Count).Count(IsEntryAt) < 3)
        {
            return lines;
        }

        var result = new List<(string Text, int Line)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsEntryAt(i))
            {
                result.Add(lines[i]);
                continue;
            }

            result.Add(($"{lines[i].Text.Trim()} ({string.Join(" / ", CountriesOfPlaceLine(lines[i + 1].Text)!)})", lines[i].Line));
            i++;
            // The people who sign for it, each on an indented line under the place.
            while (i + 1 < lines.Count && IsIndented(lines[i + 1].Text) && IsSignerLine(lines[i + 1].Text.Trim()))
            {
                result.Add((lines[i + 1].Text.Trim(), lines[i + 1].Line));
                i++;
            }
        }

        return result;

        static bool IsSignerLine(string text) =>
            PersonLine.TryPersonOnOneLine(text, 0) is not null
            || (PersonLine.HonorificFirst().Match(text) is { Success: true } titled && PersonLine.IsPersonName(titled.Groups["name"].Value.Trim()));
    }

    /// <summary>
    /// The countries of a place line that joins a city to its country with a mark ("Quito · Ecuador", "San Cristóbal,
    /// Chiapas • México", "Lyon · France / Genève · Suisse"), as printed; null when a part does not end with a country
    /// or has no city before it.
    /// </summary>
    public static List<string>? CountriesOfPlaceLine(string text)
    {
        var countries = new List<string>();
        foreach (var part in text.Trim().Split(" / ", StringSplitOptions.TrimEntries))
        {
            var pieces = CityCountryMark().Split(part).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            if (pieces.Count < 2 || Places.TryRead(pieces[^1]) is null || !pieces.SkipLast(1).All(IsCityOrState))
            {
                return null;
            }

            countries.Add(pieces[^1]);
        }

        return countries;

        // "Quito", "San Cristóbal de las Casas", "Washington D.C.", "Chiapas": a city or a state, no bullet, no name.
        static bool IsCityOrState(string piece) =>
            piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 && char.IsUpper(piece[0]) && !piece.Any(c => char.IsDigit(c) || c is '@' or ':' or '(')
            && !OrganizationWords.AnyIn(piece) && Places.TryRead(piece) is null;
    }

    // "Quito · Ecuador", "Lyon • France", "Accra | Ghana", "Durban – South Africa", "San Cristóbal, Chiapas · México".
    [GeneratedRegex(@"\s+[·•|–—]\s+|\s*[·•]\s*|,\s+", RegexOptions.CultureInvariant)]
    private static partial Regex CityCountryMark();

    // "Human Rights Network of" then "    Uganda", "Centre (Thailand and" then "    Myanmar)": the name goes on. The
    // word is the printed one: a legal form such as "e.V." is no small word of a name.
    private static bool GoesOn(string name, string under) =>
        WrappedLines.Opens(name) || char.IsLower(under[0])
        || NameVariant.IsSmallWord(name.Split(' ')[^1].Trim(',', ';').ToLowerInvariant());

    // "Köln", "New York", "Den Haag": a city on its own line has a few words, no digits and no punctuation of an address.
    private static bool IsShortPlace(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && !text.Any(c => char.IsDigit(c) || c is ':' or '@' or ',' or '(')
        && !PersonLine.IsRole(text);

    /// <summary>
    /// A list sorted by country that prints the country first on each line ("Germany — Genocide Alert",
    /// "International — Amnesty International"): each line is read as the name with its place after it. It is that
    /// list when three lines or more start so, and they are most of the lines with a dash: a name may start with a
    /// country ("Sudan – Darfur Bar Association" among names that do not) without being placed by it.
    /// </summary>
    private static List<(string Text, int Line)> CountryFirst(List<(string Text, int Line)> lines)
    {
        var dashed = lines.Count(l => SpacedDash().IsMatch(l.Text));
        var first = lines.Select(l => PlaceFirst().Match(SignatoryLine.Clean(l.Text)) is { Success: true } m && Places.TryRead(m.Groups["place"].Value) is not null
            && Places.TryRead(m.Groups["name"].Value) is null ? m : null).ToList();
        var count = first.Count(m => m is not null);
        return count < 3 || count < 0.6 * dashed
            ? lines
            : [.. lines.Select((l, i) => first[i] is { } m ? ($"{m.Groups["name"].Value.Trim()} ({m.Groups["place"].Value.Trim()})", l.Line) : l)];
    }

    /// <summary>
    /// "Aegis Trust, United Kingdom – www.aegistrust.org", "Syrian Network (SNHR), UK – info@sn4hr.org": an entry
    /// that ends with its website or e-mail address is the entry without it; only a line that is nothing but contact
    /// details is contact details.
    /// </summary>
    private static List<(string Text, int Line)> WithoutAddressesAfterNames(List<(string Text, int Line)> lines) =>
        [.. lines.Select(l => AddressAfterName().Match(l.Text.Trim()) is { Success: true } m && !NotAnEntry.IsContact(m.Groups["name"].Value) && !m.Groups["name"].Value.TrimEnd().EndsWith(':')
            && m.Groups["name"].Value.Count(char.IsLetter) >= 2 ? (m.Groups["name"].Value, l.Line) : l)];

    /// <summary>
    /// In a list where nearly every entry prints its place ("Oxfam Italia – Italia"), a line with no place that
    /// cannot end a name, followed by one with a place, is a name broken across two lines without indentation, as a
    /// PDF copy breaks it ("Platform for International Cooperation on" then "Undocumented Migrants (PICUM) – Belgio"):
    /// the first line stops on a small word, or the second starts in lower case, with a bracket, or is one word.
    /// A place alone under a name without one ("(Belgium)") is that name's place. Whether nearly every entry prints its
    /// place is counted on the entries rejoined: in a narrow column where many names wrap, the first halves would
    /// otherwise count as entries without a place.
    /// </summary>
    private static List<(string Text, int Line)> NamesBrokenAcrossLines(List<(string Text, int Line)> lines)
    {
        var rejoined = NamesRejoined(lines);
        var entries = rejoined.Where(l => IsListEntry(l.Text)).ToList();
        return entries.Count < 5 || entries.Count(l => AsListEntry(l.Text).Places.Any) < 0.7 * entries.Count ? lines : rejoined;
    }

    private static bool IsListEntry(string text) => text.Trim().Length > 0 && !text.TrimEnd().EndsWith(':') && !BlockBoundary.IsHeading(text, out _) && !BlockBoundary.IsClosing(text) && !BlockBoundary.IsTrailer(text) && !NotAnEntry.IsPageNumber(text) && !NotAnEntry.IsRule(text) && !NotAnEntry.IsContinuationMark(text);

    private static PrintedSignatory AsListEntry(string text) => SignatoryLine.One(OrganizationEntries.AsComma(SignatoryLine.Clean(text)), 0);

    private static List<(string Text, int Line)> NamesRejoined(List<(string Text, int Line)> lines)
    {
        var result = new List<(string Text, int Line)>();
        foreach (var (text, line) in lines)
        {
            // "Syrian Network for Human" at the foot of a page and "Rights – SNHR (UK/Syria)" on the next, with the
            // page's furniture between ("- continued on next page -", "SIGNATORIES (continued)"): one name too.
            var at = result.Count - 1;
            while (at >= 0 && !IsListEntry(result[at].Text))
            {
                at--;
            }

            var pageBreak = result.Skip(at + 1).Any(l => l.Text.Trim().Length > 0 && IsPageFurniture(l.Text));
            if (at >= 0 && (at == result.Count - 1 || pageBreak) && result[at].Text is var above && IsListEntry(text) && !HasPlace(AsListEntry(above)) && !SignatoryLine.EndsWithMark(above)
                && AsListEntry(text) is { Places.Any: true } below && !SignatoryLine.StartsWithListMarker(text) && !PersonLine.IsPersonName(SignatoryLine.Clean(above))
                && (below.Name.Length == 0 || WrappedLines.IsRestOfName(SignatoryLine.Clean(above), below.Name) || (!below.Name.Contains(' ', StringComparison.Ordinal) && below.Name.Any(char.IsLower))))
            {
                result[at] = (above.TrimEnd() + " " + text.Trim(), result[at].Line);
                continue;
            }

            result.Add((text, line));
        }

        return result;

        // "International Crisis Group (Brussels)": a name that prints its city has its place, as one that prints its
        // country does, and is not the first half of the name below.
        static bool HasPlace(PrintedSignatory entry) => entry.Places.Any || entry.City is not null;

        // What a page break leaves between two lines of the list: a continuation mark (a heading such as "SIGNATORIES
        // (continued)" is one too), a page number.
        static bool IsPageFurniture(string text) =>
            NotAnEntry.IsContinuationMark(text) || NotAnEntry.IsPageNumber(text);
    }

    // "Aegis Trust (link is external) – United Kingdom": what a web page prints after a link, copied with the name.
    // "[suggested insertion: "Fòs Feminista (Global)"]": a shared document's suggested edit, copied with its mark; a
    // name suggested for the list is a signer asking to be on it, as typed.
    private static string SuggestedInsertion(string text) =>
        text.Contains('[', StringComparison.Ordinal) && SuggestedInsertionMark().Match(text) is { Success: true } suggested ? suggested.Groups["text"].Value : text;

    [GeneratedRegex(@"^\s*\[(?:suggested\s+(?:insertion|addition|edit)|suggestion|insertion|addition|added)\s*:\s*[""“]?(?<text>[^\[\]""“”]+?)[""”]?\s*\]\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SuggestedInsertionMark();

    private static string WithoutLinkText(string text) => text.Contains('(', StringComparison.Ordinal) || text.Contains('[', StringComparison.Ordinal) ? LinkText().Replace(text, "") : text;

    // "Progressive Voice @ProgVoiceMM – Myanmar", "Prof. Ana Ruiz (@anaruiz)": a social-media handle after a name is
    // how to reach it, not part of it, and so is the dash that sets it apart ("Human Rights Watch, Brussels — @hrw —
    // https://www.hrw.org"). An e-mail address has its "@" inside a word, and stays.
    private static string WithoutHandles(string text) => text.Contains('@', StringComparison.Ordinal) ? Handle().Replace(text, "") : text;

    [GeneratedRegex(@"(?:\s+[-–—|·])?\s+[\(\[]?@[A-Za-z0-9_]{1,30}[\)\]]?(?=\s|$|[,;])", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    [GeneratedRegex(@"\[(?:image|logo|img|imagen|imagem|immagine|bild|obraz|resim)\s*:\s*(?<name>[^\[\]]+)\]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AltText();

    [GeneratedRegex(@"\s*[\(\[](?:link\s+is\s+external|external\s+link|opens\s+in\s+(?:a\s+)?new\s+(?:window|tab)|lien\s+externe|enlace\s+externo|link\s+externo)[\)\]]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LinkText();

    // "… – www.example.org", "…, info@example.org", "… | https://example.org/": an address after a separator at the end;
    // "… – Yemen <info@example.org>": one in angle brackets needs none.
    [GeneratedRegex(@"^(?<name>.*?\S)\s*(?:(?:\s[-–—|]|[,;]|\t)\s*(?:(?:https?://|www\.)[^\s,;]+|[\w.+-]+@[\w-]+\.[\w.-]+)/?|\s<(?:mailto:)?(?:(?:https?://|www\.)[^\s<>]+|[\w.+-]+@[\w-]+\.[\w.-]+)>)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex AddressAfterName();

    [GeneratedRegex(@"\((?<place>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceInBrackets();

    [GeneratedRegex(@"\s[–—-]\s", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedDash();

    // " · ", " • " between two entries, or at the end of a line the next entry starts under.
    [GeneratedRegex(@"\s+[·•∙]\s+|\s+[·•∙]$", RegexOptions.CultureInvariant)]
    private static partial Regex DotSeparator();

    [GeneratedRegex(@"^(?<place>[^–—:(),]{2,40}?)\s+[–—-]\s+(?<name>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceFirst();
}
