using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// A signatory list laid out in columns, as tables pasted from a web page or a spreadsheet arrive: cells separated
/// by a tab, a run of spaces or a bar, usually under a header row ("Organization   Country", "Organisation\tVille\tPays",
/// "| Organización | País |"). The header says which cell is the name, the country and the city; without one, a row is
/// read only when its last cell is a place.
/// </summary>
internal static partial class ColumnRow
{
    internal enum Column
    {
        Name,
        Country,
        City,
        Other,

        // "¿Autoriza la publicación del nombre de su organización?", "Confirmed?", "Subscreve a carta?": a form's or a
        // spreadsheet's question whether the organization signs or may be named.
        Consent,

        // "Sigla", "Acronym": the organization's acronym in a cell of its own; the name is the name cell alone.
        Acronym,

        // "Signing as", "Tipo de adesão": whether the answer is an organization's or an individual's.
        Signing,

        // "Full name", "Nome completo": the name of an individual who answers a form (an organization's answer may
        // give one too: the contact who filled it in, who does not sign).
        Person,

        // "Name of representative", "Représentant", "Representante": the person who signs for the organization of
        // the row; the organization signs, and so do they.
        Representative,

        // "Cargo / afiliación", "Affiliation", "Fonction": what an individual does or where, typed after the name; a
        // table that asks it lists people, not organizations.
        Affiliation,
    }

    /// <summary>What a header row names: each column, and where it starts on the line (to place the cells of rows
    /// that leave one empty), and whether it is laid out with tabs.</summary>
    internal sealed record Header(IReadOnlyList<Column> Columns, IReadOnlyList<int> Starts, bool Tabbed);

    /// <summary>The column a header cell names ("Organisation name", "Pays", "Contact e-mail"), or null.</summary>
    public static Column? ColumnOf(string cell)
    {
        // "Organisation (continued)": the header repeated on the next page of the table.
        // "Signed by (name, position) – optional": a form's word that the answer may be left empty is no part of it.
        var word = Optional().Replace(Continued().Replace(cell, ""), "").TrimEnd(':', '.').Trim();
        // "Name of organisation (or your name if signing as an individual)", "Pays (où vous êtes basés)": a form's
        // question with a note in brackets after it names the column the question names.
        // "City / Ville", "Country / Pays": a bilingual letter's header names its column in each language.
        // "Name (personal capacity)": the names of people who sign as themselves.
        return Named(word) ?? (BracketedNote().Replace(word, "") is { Length: > 0 } asked && asked != word ? Named(asked) is Column.Name && PersonalCapacity().IsMatch(word) ? Column.Person : Named(asked) : null)
            ?? InEachLanguage(word);

        static Column? InEachLanguage(string word) =>
            word.Split('/', StringSplitOptions.TrimEntries) is { Length: 2 } parts && Named(parts[0]) is { } first && Named(parts[1]) == first ? first : null;

        static Column? Named(string word) =>
            NameHeader().IsMatch(word) ? Column.Name
            : RepresentativeHeader().IsMatch(word) ? Column.Representative
            : PersonHeader().IsMatch(word) ? Column.Person
            : CountryHeader().IsMatch(word) ? Column.Country
            : CityHeader().IsMatch(word) ? Column.City
            : OtherHeader().IsMatch(word) ? Column.Other
            : ConsentHeader().IsMatch(word) ? Column.Consent
            : AcronymHeader().IsMatch(word) ? Column.Acronym
            : SigningHeader().IsMatch(word) ? Column.Signing
            : AffiliationHeader().IsMatch(word) ? Column.Affiliation
            : null;
    }

    /// <summary>The columns a header row names, or null when the line is not a header row.</summary>
    public static Header? TryHeader(string line)
    {
        var cells = Spans(line);
        if (cells.Count < 2)
        {
            return null;
        }

        var columns = cells.Select(c => ColumnOf(c.Text)).ToList();
        if (columns.Any(c => c is null) && !(line.Contains('\t', StringComparison.Ordinal) && IsFormsOwnQuestion(cells, columns)))
        {
            return null;
        }

        // A table names who signs and where; one that names who signs for each ("Organisation | Representative") needs no
        // place, nor does one of individuals ("Nombre | Cargo / afiliación").
        var named = columns.Select(c => c ?? Column.Other).ToList();
        var person = cells.FindIndex(c => PersonsNameHeader().IsMatch(c.Text.Trim()));
        if (person >= 0 && named[person] == Column.Name && named.Count(c => c == Column.Name) == 2)
        {
            // "Name | Organisation | Country": the name of the person who signs for the organization beside it.
            named[person] = Column.Representative;
        }
        else if (person >= 0 && named[person] == Column.Name && named.Count(c => c == Column.Name) == 1 && named.Contains(Column.Affiliation))
        {
            // "No. | Name | Affiliation (for identification only) | Based in": names beside what each is affiliated with
            // are people's; an organization has no affiliation.
            named[person] = Column.Person;
        }

        return (named.Count(c => c == Column.Name) == 1 && named.Any(c => c is Column.Country or Column.City or Column.Representative)) || IsOfIndividuals(named)
            ? new Header(named, [.. cells.Select(c => c.Start)], line.Contains('\t', StringComparison.Ordinal))
            : null;
    }

    /// <summary>
    /// "How did you hear about the letter?" among "Organisation name", "City" and "Country": a form's own question in a
    /// row of cells apart by tabs (as a spreadsheet or an exported form lays out its header), which names no column the
    /// list needs. The row is still the header when the columns it does name are most of it, the name among them.
    /// </summary>
    private static bool IsFormsOwnQuestion(List<(string Text, int Start)> cells, List<Column?> columns) =>
        cells.Count >= 3 && columns.Contains(Column.Name) && columns.Count(c => c is null) * 2 < cells.Count
        && cells.Where((_, i) => columns[i] is null).All(c => c.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 10);

    /// <summary>
    /// Reads a row under <paramref name="header"/> (or under none): the organization with the places of its cells.
    /// Null when the line is not a row of cells, or, without a header, when its last cell is not a place.
    /// </summary>
    public static PrintedSignatory? TryRead(string line, int number, Header? header)
    {
        var spans = Spans(line);
        if (spans.Count < 2 && header is null)
        {
            return null;
        }

        var (cells, columns) = header is null ? (spans.Select(s => s.Text).ToList(), Guess(spans.Select(s => s.Text).ToList()))
            : Place(line, spans, header);
        if (columns is null)
        {
            return null;
        }

        // "28. Yemen Peace Forum␣␣Yemen": a numbered list whose country stands apart in a column of its own; the name
        // cell loses its list marker as any list entry does.
        var name = SignatoryLine.Clean(string.Join(" ", cells.Where((_, i) => columns[i] == Column.Name)));
        var places = PrintedPlaces.None;
        var notes = new List<string>();
        string? city = null;
        for (var i = 0; i < cells.Count; i++)
        {
            switch (columns[i])
            {
                case Column.Country when Places.TryReadTypedCell(cells[i]) is { } printed:
                    places = places.Plus(printed);
                    break;
                case Column.Country:
                    notes.Add($"'{cells[i]}' in the country column is no country or region known to the archive");
                    break;
                case Column.City when Places.TryRead(cells[i]) is { } placeCell:
                    // "Kenya" under "Location": a column of places gives a country where the row prints no city.
                    places = places.Plus(placeCell);
                    break;
                case Column.City when SignatoryLine.CityThenPlaces(cells[i]) is var (cityName, countryAfter):
                    // "Arusha, Tanzania" under "Location": the city, and its country printed after it.
                    notes.Add($"left out the city '{cityName}'");
                    (city, places) = (cityName, places.Plus(countryAfter));
                    break;
                case Column.City:
                    notes.Add($"left out the city '{cells[i]}'");
                    city = cells[i];
                    break;
                case Column.Representative:
                    notes.Add($"'{cells[i]}' signs for it");
                    break;
                case Column.Other:
                    notes.Add($"left out '{cells[i]}'");
                    break;
                case Column.Acronym:
                    notes.Add($"left out the acronym column's '{cells[i]}'");
                    break;
                case Column.Person:
                    notes.Add($"left out the contact '{cells[i]}', who answered for the organization");
                    break;
            }
        }

        if (name.Length == 0)
        {
            return null;
        }

        // The name cell may carry its own acronym or place: "Human Rights Network (HURINET)", "Aegis Trust (UK)". A
        // country read only from the name gives way to the country column: "Sudan Human Rights Hub | Kenya" is in Kenya.
        var named = SignatoryLine.One(name, number);
        if (named.FromName is { } fromName && places.Countries.Count > 0)
        {
            named = named with { Places = named.Places with { Countries = [.. named.Places.Countries.Where(c => c != fromName)] }, FromName = null };
        }

        if (city is not null && named.City is not null)
        {
            // "Peace Action (Pennsylvania) | Philadelphia, PA": where the row prints its city in a column of its own,
            // a place in the name cell is the name's (a chapter's), not the seat.
            var otherNotes = named.Note?.Split("; ").Where(n => !n.StartsWith("left out the city", StringComparison.Ordinal)).ToList() ?? [];
            named = named with { Name = name, City = null, Note = otherNotes.Count > 0 ? string.Join("; ", otherNotes) : null };
        }

        return named with
        {
            Places = places.Plus(named.Places),
            Note = string.Join("; ", new[] { named.Note }.Concat(notes).OfType<string>()) is { Length: > 0 } note ? note : null,
            Text = line.Trim(),
            City = city ?? named.City,
        };
    }

    /// <summary>
    /// Why a row of a form export or a spreadsheet is no signatory, or null when it is one: the organization answered
    /// no to signing or being named, or has not confirmed yet ("Pendente", "Pending": only a yes signs, and a list
    /// that keeps a column for it counts only the yeses in its total); the row is someone trying the form out
    /// ("prueba", "test"); or it is the table's totals row ("Total de adesões confirmadas:  27").
    /// </summary>
    public static string? NotSigned(string line, Header? header)
    {
        if (header is not { Tabbed: true } || !line.Contains('\t', StringComparison.Ordinal))
        {
            return null;
        }

        var cells = line.Trim().Split('\t').Select(c => c.Trim()).ToList();
        if (cells.FirstOrDefault(c => c.Length > 0) is { } first && TotalsRow().IsMatch(first) && cells.Any(c => c.All(char.IsDigit) && c.Length > 0))
        {
            return "the table's totals row, not a signatory";
        }

        if (cells.Count != header.Columns.Count)
        {
            return null;
        }

        var consent = header.Columns.ToList().IndexOf(Column.Consent);
        if (consent >= 0 && Refusal().IsMatch(cells[consent]))
        {
            return $"the organization did not agree to sign or be named ('{cells[consent]}')";
        }

        if (consent >= 0 && Pending().IsMatch(cells[consent]))
        {
            return $"the organization had not confirmed ('{cells[consent]}'): only a yes signs";
        }

        var name = header.Columns.ToList().IndexOf(Column.Name);
        return name >= 0 && TrialEntry().IsMatch(cells[name]) ? "a trial entry of the form, not a signatory" : null;
    }

    /// <summary>
    /// The individual who answers in a row of a form export, or null when the row is an organization's: its
    /// "Signing as" cell says an individual ("Individual (a título pessoal)", "À titre personnel", "Person"), or the
    /// table is one of individuals, each with the affiliation typed after the name ("Dr. Ana Ruiz, lawyer").
    /// </summary>
    public static string? Individual(string line, Header? header)
    {
        if (header is { Tabbed: true } && IsOfIndividuals(header.Columns) && line.Contains('\t', StringComparison.Ordinal))
        {
            var row = line.Trim().Split('\t').Select(c => c.Trim()).ToList();
            var person = header.Columns.ToList().FindIndex(c => c is Column.Name or Column.Person);
            var affiliation = header.Columns.ToList().IndexOf(Column.Affiliation);
            return row.Count <= header.Columns.Count && person < row.Count && row[person].Length > 0
                ? affiliation < row.Count && row[affiliation].Length > 0 ? $"{row[person]}, {row[affiliation]}" : row[person]
                : null;
        }

        if (header is { Tabbed: false } && IsOfIndividuals(header.Columns) && Place(line, Spans(line), header) is (var placed, { } columns))
        {
            // The same table laid out with runs of spaces or bars: each cell where its column's header starts.
            var person = columns.FindIndex(c => c is Column.Name or Column.Person);
            var affiliation = columns.IndexOf(Column.Affiliation);
            return person >= 0 && placed[person].Length > 0 ? affiliation >= 0 && placed[affiliation].Length > 0 ? $"{placed[person]}, {placed[affiliation]}" : placed[person] : null;
        }

        var signing = header?.Columns.ToList().IndexOf(Column.Signing) ?? -1;
        var name = header?.Columns.ToList().IndexOf(Column.Name) ?? -1;
        if (header is null || signing < 0 || name < 0)
        {
            return null;
        }

        if (!header.Tabbed)
        {
            // "10-4-2025 16:09:03 | Persoon | Prof. dr. Marieke de Groot | Nederland": the same form laid out with runs of
            // spaces or bars, each cell where its column's header starts.
            return Place(line, Spans(line), header) is (var rowCells, { } placedColumns) && placedColumns.IndexOf(Column.Signing) is var answer and >= 0
                && placedColumns.IndexOf(Column.Name) is var named and >= 0 && IsIndividualAnswer(rowCells[answer]) && rowCells[named].Length > 0
                ? rowCells[named]
                : null;
        }

        var cells = line.Trim().Split('\t').Select(c => c.Trim()).ToList();
        return line.Contains('\t', StringComparison.Ordinal) && cells.Count == header.Columns.Count && IsIndividualAnswer(cells[signing]) && cells[name].Length > 0 ? cells[name] : null;
    }

    /// <summary>
    /// The person who signs for the organization of a row, in the column a header names so ("Name of representative",
    /// "Représentant"), or null when the table has no such column or the row leaves it empty.
    /// </summary>
    public static string? Representative(string line, Header? header)
    {
        if (header is null || !header.Columns.Contains(Column.Representative))
        {
            return null;
        }

        var (cells, columns) = Place(line, Spans(line), header);
        return columns?.IndexOf(Column.Representative) is >= 0 and var at ? cells[at] : null;
    }

    // "Marca temporal | Nombre | Cargo / afiliación": one column of names and one of what each does, and no place;
    // "# | Name (personal capacity) | Affiliation | Country": people's names said to be so, with where each is.
    private static bool IsOfIndividuals(IReadOnlyList<Column> columns) =>
        columns.Count(c => c is Column.Name or Column.Person) == 1 && columns.Contains(Column.Affiliation) && !columns.Any(c => c is Column.Representative or Column.Signing)
        && (columns.Contains(Column.Person) || !columns.Any(c => c is Column.Country or Column.City));

    /// <summary>Whether a form's "Signing as" answer is an individual's ("Individual (a título pessoal)", "Pessoa física").</summary>
    public static bool IsIndividualAnswer(string answer) => IndividualAnswer().IsMatch(answer.Trim());

    /// <summary>
    /// The fields of a line of comma-separated values ("2019/08/28 9:41 a. m.,\"Espacio Público, A.C.\",Venezuela"),
    /// quotes taken off; null when a quoted field is left open (it goes on on the next line).
    /// </summary>
    public static List<string>? CsvFields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"' && (quoted || field.ToString().Trim().Length == 0))
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString().Trim());
        return quoted ? null : fields;
    }

    /// <summary>What a row of a tabbed table prints in its country column, or null when it prints nothing there.</summary>
    public static string? CountryCell(string line, Header? header)
    {
        if (header is not { Tabbed: true } || !line.Contains('\t', StringComparison.Ordinal))
        {
            return null;
        }

        var cells = line.Trim().Split('\t').Select(c => c.Trim()).ToList();
        var column = header.Columns.ToList().IndexOf(Column.Country);
        return column >= 0 && column < cells.Count && cells[column].Length > 0 ? cells[column] : null;
    }

    /// <summary>The cells of a line, split at tabs, runs of two or more spaces, or bars; one cell when there is no such split.</summary>
    public static IReadOnlyList<string> Cells(string text) => [.. Spans(text).Select(s => s.Text)];

    /// <summary>Each cell with where it starts on the line.</summary>
    public static List<(string Text, int Start)> Spans(string line)
    {
        var spans = new List<(string Text, int Start)>();
        var start = 0;
        foreach (var separator in CellSeparator().EnumerateMatches(line))
        {
            Add(start, separator.Index);
            start = separator.Index + separator.Length;
        }

        Add(start, line.Length);
        return spans;

        void Add(int from, int to)
        {
            var text = line[from..to];
            var trimmed = text.Trim().Trim('|').Trim();
            if (trimmed.Length > 0)
            {
                spans.Add((trimmed, from + (text.Length - text.TrimStart().Length)));
            }
        }
    }

    /// <summary>
    /// The cells of a row in the header's columns: by tab for a tabbed table (an empty cell is two tabs), else by
    /// where each cell starts, so that a row with its city left empty still has its country in the country column.
    /// </summary>
    private static (List<string> Cells, List<Column>? Columns) Place(string line, List<(string Text, int Start)> spans, Header header)
    {
        if (line.Contains('\t', StringComparison.Ordinal))
        {
            // Tabs have no width to measure: a row with one tab per column is read column by column; one padded
            // with extra tabs ("FEMNET\t\tMali") has its name first and its last column last.
            var tabbed = line.Trim().Split('\t').Select(c => c.Trim()).ToList();
            if (tabbed.Count == header.Columns.Count)
            {
                return ([.. tabbed.Where(c => c.Length > 0)], [.. header.Columns.Where((_, i) => tabbed[i].Length > 0)]);
            }

            if (tabbed.Count < header.Columns.Count)
            {
                // "3\tCommission Justice et Paix" under "N°\tOrganisation\tPays": the empty cells at the end of
                // the row were cut with its trailing tabs; the cells there are the first columns.
                return ([.. tabbed.Where(c => c.Length > 0)], [.. header.Columns.Take(tabbed.Count).Where((_, i) => tabbed[i].Length > 0)]);
            }

            var filled = tabbed.Where(c => c.Length > 0).ToList();
            if (filled.Count == header.Columns.Count)
            {
                // "Kenya\t\tKituo cha Sheria" under "Country\t\tOrganisation": tabs repeated to line the cells up
                // under their headers; a cell in every column is read column by column, in the header's order.
                return (filled, [.. header.Columns]);
            }

            var byOrder = filled.Select(_ => Column.Name).ToList();
            if (filled.Count >= 2)
            {
                byOrder[^1] = header.Columns[^1];
            }

            return (filled, byOrder);
        }

        if (spans.Count == header.Columns.Count && line.Contains(" | ", StringComparison.Ordinal))
        {
            // Cells between bars ("2020/03/02 10:15:07 AM GMT+1 | Conectas Direitos Humanos | Brasil") are not aligned: read them in order.
            return ([.. spans.Select(s => s.Text)], [.. header.Columns]);
        }

        var columns = new List<Column>();
        foreach (var (_, start) in spans)
        {
            // The last column that starts at or before the cell (a cell may start a little before its heading).
            var index = 0;
            for (var c = 0; c < header.Starts.Count; c++)
            {
                if (header.Starts[c] <= start + 2)
                {
                    index = c;
                }
            }

            // A table typed in a word processor lines its cells up only roughly under the headings once pasted as
            // text ("Caritas Jordan      Amman" a few characters left of "City / Country"): a cell after another
            // of the same column that starts just short of the next heading is that heading's.
            if (columns.Count > 0 && columns[^1] == header.Columns[index] && index + 1 < header.Starts.Count && header.Starts[index + 1] - start <= 5)
            {
                index++;
            }

            columns.Add(header.Columns[index]);
        }

        if (spans.Count == header.Columns.Count && header.Columns[^1] is Column.City or Column.Country && columns[^1] != header.Columns[^1]
            && (Places.TryReadTypedCell(spans[^1].Text) is not null || SignatoryLine.IsCityName(spans[^1].Text.Split(',', '/')[0].Trim())))
        {
            // "Human Rights Watch␣␣␣␣New York, USA" well left of "City / Ville": a row with a cell for each column and a
            // place in its last was typed out of line with the header; its cells are read in order.
            return ([.. spans.Select(s => s.Text)], [.. header.Columns]);
        }

        // A name printed with a double space in it is two cells in the name column: they are one name.
        return ([.. spans.Select(s => s.Text)], columns);
    }

    // Without a header: the last cell is the country; a cell before it that reads like a city is the city; every
    // other cell is part of the name (a name printed with a double space in it stays whole).
    private static List<Column>? Guess(List<string> cells)
    {
        if (Places.TryRead(cells[^1]) is null)
        {
            return null;
        }

        var columns = cells.Select(_ => Column.Name).ToList();
        columns[^1] = Column.Country;
        if (cells.Count >= 3 && SignatoryLine.IsCityName(cells[^2]))
        {
            columns[^2] = Column.City;
        }

        return columns;
    }

    /// <summary>"Organisation", "Country", "Pays": a word that heads a table's name or country column, alone on its line.</summary>
    public static bool IsHeaderCell(string text) => NameHeader().IsMatch(text.Trim()) || CountryHeader().IsMatch(text.Trim());

    [GeneratedRegex(@"\t+|\s{2,}|\s+\|\s+", RegexOptions.CultureInvariant)]
    private static partial Regex CellSeparator();

    // "– optional", "(optioneel)", "facultatif": at the end of a form's question.
    [GeneratedRegex(@"\s*[-–—(]?\s*(?:optional|optioneel|facultatif|facultative|facultativo|opcional|facoltativo|freiwillig|fakultativ)\)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Optional();

    // "(or your name if signing as an individual)": a note in brackets at the end of a header cell.
    [GeneratedRegex(@"\s*\([^()]*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedNote();

    [GeneratedRegex(@"\((?:in\s+(?:their|a)\s+)?(?:personal\s+capacity|individuals?|à\s+titre\s+personnel|a\s+título\s+(?:personal|pessoal|individual))\)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PersonalCapacity();

    [GeneratedRegex(@"^(?:name|names|nom|nombre|nome|signatory|signer|signed\s+by)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PersonsNameHeader();

    [GeneratedRegex(@"\s*[\(\[](?:continued|cont\.?|cont['’]d|suite|continuación|continuacion|continuação|continuacao|cont\.)[\)\]]\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Continued();

    // "Name of organisation or individual", "Organización / persona": a form's column for whoever answers, read as
    // the name column (a "Signing as" column, if any, tells the individuals apart).
    [GeneratedRegex(@"^(?:(?:name|names|организаци[яи]|(?:название|наименование)(?:\s+организации)?|organi[sz]ations?|organi[sz]ation\s+name|name\s+of\s+(?:the\s+)?organi[sz]ation|signator(?:y|ies)|signing\s+organi[sz]ations?|signataires?|nom|nom\s+de\s+l'organisation|organisations?\s+signataires|organización|organizacion|organizaciones|nombre|nombre\s+de\s+la\s+organización|firmantes?|entidad|institution|institución|nome|nome\s+da\s+organiza[çc][ãa]o|organiza[çc][ãa]o|organiza[çc][õo]es|entidade|organi[sz]ation\s*/\s*organi[sz]ation|organisatie|organisaties|naam\s+(?:van\s+de\s+)?organisatie|organisatienaam|organizzazione|nome\s+(?:dell['’])?organizzazione|organisasjon|organisationen|name\s+der\s+organisation|organisationsname)(?:\s*(?:/|\bor\b|\bou\b|\bo\b)\s*(?:(?:an\s+|de\s+la\s+|la\s+)?(?:individual|person|persona|personne|pessoa|indivíduo|individuo)|your\s+name|de\s+la\s+personne))?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NameHeader();

    // "Region (if not one country)", "Scope": a form's column for an organization that works in no one country, read
    // as the country column is ("Global" in it is international).
    [GeneratedRegex(@"^(?:country|countries|страна|страны|region|regions|région|región|regi[ãa]o|scope|geographic(?:al)?\s+scope|country\s*/\s*region|(?:país|pais|pays|country)\s*/\s*(?:ámbito|ambito|región|region|scope)|country\s+or\s+region|country\s+of\s+origin|based\s+in|pays|país|pais|países|paises|land|staat|paese|landen|länder|(?:countr(?:y|ies)|country\s*\(ies\)|pa[íi]s(?:\(es\))?|pa[íi]ses|pays)\s+(?:de\s+atua[çc][ãa]o|de\s+actuaci[óo]n|de\s+trabalho|de\s+trabajo|of\s+(?:operation|operations|work|activity)|where\s+you\s+work|d['’]intervention|d['’]activit[ée]s?))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountryHeader();

    // A question ("Do you sign the letter?", "Subscreve a carta?", "¿Confirmó?", "Signez-vous ?"), or a box to tick
    // ("I agree", "J'accepte", "Concordo", "We sign the letter").
    [GeneratedRegex(@"^¿?(?:autoriza|autorizan|autoriza\s+usted|do\s+you\s+(?:agree|consent|sign|endorse|support|want\s+to\s+sign)|will\s+you\s+sign|does\s+your\s+organi[sz]ation\s+(?:sign|endorse)|may\s+we\s+(?:publish|list)|can\s+we\s+(?:publish|list)|acceptez-vous|autorisez-vous|signez-vous|souhaitez-vous\s+signer|subscreve|subscrevem|assina|assinam|deseja\s+(?:assinar|subscrever)|firma|firman|suscribe|suscriben|adhiere|adhieren|desea\s+firmar|confirm(?:ed|s|ou|aram|ado|ada|ó|o|é|ée)?|signed|signing|assinou|firmó|a\s+sign[ée])\b.*\?$|^(?:i\s+agree|i\s+consent|(?:we|i)\s+(?:sign|endorse|support|join|agree|consent)|nous\s+signons|je\s+signe|firmamos|assinamos|wir\s+unterzeichnen|agreed|concordo|j['’]accepte|acepto|estoy\s+de\s+acuerdo|consent|consentement|consentimento|consentimiento|confirmed|confirmado|confirmada|confirmé|confirmée)\b[^?]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConsentHeader();

    // "No", "Não – apoiamos, mas não subscrevemos", "Non (par courriel)": an answer that starts with no.
    [GeneratedRegex(@"^(?:no|não|nao|non|nein|nej|nee|declined|refused|recusou|rechazó|refusé)\b\.?(?:\s*[-–—(,.:;].*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Refusal();

    // "Pendente", "Pending", "En attente", "Por confirmar", "TBC", "?": asked and not yet answered.
    [GeneratedRegex(@"^(?:pendente|pending|pendiente|en\s+attente|awaiting(?:\s+\w+)?|to\s+be\s+confirmed|tbc|à\s+confirmer|a\s+confirmar|por\s+confirmar|sem\s+resposta|sin\s+respuesta|no\s+(?:answer|reply)|pas\s+de\s+réponse|not\s+yet|ainda\s+não|todavía\s+no|pas\s+encore|\?+)(?:\s*[-–—(,.:;].*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pending();

    // "Total", "Total de adesões confirmadas:", "Totaal", "Gesamt": a spreadsheet's row that counts the rows above.
    [GeneratedRegex(@"^(?:grand\s+)?(?:total|totals|totaal|gesamt|insgesamt|summe|totale)\b.*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TotalsRow();

    [GeneratedRegex(@"^(?:sigla|siglas|acronym|acronyms|acronyme|sigle|acrónimo|acronimo|abbreviation|abréviation|short\s+name|kürzel|abkürzung|akronym)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AcronymHeader();

    // "Signing as", "Tipo de adesão", "Type d'adhésion", "Tipo de firma": whether an organization or a person answers.
    [GeneratedRegex(@"^(?:(?:i\s+am\s+)?signing\s+as|sign(?:s)?\s+as|type\s+of\s+(?:signature|signatory|signer|endorsement|endorser|membership)|signatory\s+type|tipo\s+de\s+(?:ades[ãa]o|adhesi[óo]n|firma|assinatura|signat[áa]rio|firmante)|type\s+d['’](?:adh[ée]sion|signataire)|type\s+de\s+signat(?:aire|ure)|assina\s+como|firma\s+como|signe\s+en\s+tant\s+que|je\s+signe\s+en\s+tant\s+que|(?:ik\s+)?teken\s+als|ondertekent\s+als|(?:io\s+)?firmo\s+come|ich\s+unterzeichne\s+als|unterzeichnet\s+als)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SigningHeader();

    // "Individual (a título pessoal)", "À titre personnel", "Person", "Pessoa física": an individual's answer.
    [GeneratedRegex(@"^(?:individual|individuals|individuel(?:le)?|indivíduo|individuo|person|personal|private\s+person|pessoal|pessoa(?:\s+f[íi]sica)?|particular|persona(?:\s+f[íi]sica|\s+natural)?|personne(?:\s+physique)?|privatperson|einzelperson|persoon|privépersoon|privato|à\s+titre\s+(?:personnel|individuel)|a\s+t[íi]tulo\s+(?:pessoal|personal|individual)|in\s+(?:my|a|their)\s+personal\s+capacity)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IndividualAnswer();

    // "Name of representative", "Représentant(e)", "Nombre del representante", "Vertegenwoordigd door", "Signed by":
    // the column of the person who signs for each organization, in the languages letters print tables in.
    [GeneratedRegex(@"^(?:(?:(?:full\s+)?name\s+of\s+(?:the\s+)?|authori[sz]ed\s+)?representatives?|representative['’]?s?\s+name|represented\s+by|signed\s+by|name\s+of\s+(?:the\s+)?person\s+signing|(?:nom\s+(?:du|de\s+la)\s+)?repr[ée]sentant(?:e|\(e\))?s?|repr[ée]sent[ée](?:e|\(e\))?\s+par|sign[ée](?:e)?\s+par|(?:(?:nombre|nome)\s+d(?:el|e\s+la|o|a)\s+)?representantes?|representad[oa](?:\(a\))?\s+por|firmad[oa]\s+por|assinad[oa]\s+por|(?:naam\s+(?:van\s+de\s+)?)?vertegenwoordiger|vertegenwoordigd\s+door|ondertekend\s+door|(?:name\s+de[sr]\s+)?vertreter(?:in|s)?|vertreten\s+durch|unterzeichnet\s+von|(?:nome\s+del\s+)?rappresentante|rappresentat[oa]\s+da|firmato\s+da)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RepresentativeHeader();

    [GeneratedRegex(@"^(?:full\s+name|your\s+name|name\s+of\s+(?:the\s+)?(?:signatory|signer|individual)|first\s+and\s+last\s+name|nome\s+completo|seu\s+nome|nombre\s+completo|nombre\s+y\s+apellidos?|su\s+nombre|nom\s+complet|nom\s+et\s+pr[ée]nom|pr[ée]nom\s+et\s+nom|votre\s+nom|vollständiger\s+name)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PersonHeader();

    // "Cargo / afiliación", "Affiliation", "Title / organisation", "Fonction", "Cargo e instituição": an individual's
    // capacity, alone or with the body it is held at.
    [GeneratedRegex(@"^(?:affiliation|title|position|role|job\s+title|fonction|titre|qualité|cargo|afiliaci[óo]n|filiaci[óo]n|afilia[çc][ãa]o|puesto|ocupaci[óo]n|profess?i[óo]n|profiss[ãa]o)(?:\s*(?:/|,|&|and|y|e|et)\s*(?:affiliation|organi[sz]ation|institution|afiliaci[óo]n|instituci[óo]n|organizaci[óo]n|afilia[çc][ãa]o|institui[çc][ãa]o|organiza[çc][ãa]o|organisme|institution|cargo|title|fonction))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AffiliationHeader();

    [GeneratedRegex(@"^(?:test|testing|prueba|teste|essai|asdf|xxx)\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrialEntry();

    // "City / Province", "City, State", "Ciudad / Provincia": a city column whose cells print the city with its province.
    // "City / Country", "Ville / Pays", "Stadt / Land": one column for where each signs, a city or, where the city is
    // left out, the country; a cell that is a country is read as one, a city gives its country. "Address" is such a
    // column in a list: where each is, its town and district ("Dhangadhi, Kailali").
    [GeneratedRegex(@"^(?:(?:country|pays|pa[íi]s|land|paese)\s*/\s*(?:city|ville|ciudad|stadt|by|città|cidade|sede|siège|seat)$|city|town|place|address|adresse|dirección|direccion|endereço|endereco|indirizzo|anschrift|город|ville|localisation|ciudad|localidad|lugar|ubicaci[óo]n|location|lieu|local|localiza[çc][ãa]o|luogo|località|locatie|vestigingsplaats|standort|sitz|cidade|localidade|città|citta|stadt|ort|stad|plaats|by|cidade[\s-]sede|sede|ciudad(?:\s+|-)sede|headquarters|city\s+of\s+(?:the\s+)?headquarters|head\s+office|siège|ville\s+du\s+siège)(?:\s*[/,]\s*(?:province|state|territory|region|provincia|estado|région|état|bundesland|country|pays|pa[íi]s|land|paese))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CityHeader();

    // "S. No.", "Sl. No.", "Sr. No.", "S/N", "S.N.": the serial number column of South Asian and East African tables. "Type of
    // organisation", "Tipo de organización", "Catégorie": a form's question what kind of organization answers.
    [GeneratedRegex(@"^(?:#|№|no|nr\.?|n°|nº|num|number|(?:s|sl|sr)\.?\s*no|s\.\s?n\.?|s/no?|numéro|número|n\.º|website|web|site|type|sector|secteur|(?:type|kind|category)\s+of\s+(?:organi[sz]ation|group|entity)|organi[sz]ation(?:al)?\s+(?:type|category)|category|catégorie|categoría|categoria|type\s+d['’]organisation|tipo\s+de\s+(?:organizaci[óo]n|organiza[çc][ãa]o|entidad|entidade)|contact|e-?mail|e-?mail\s+address|contact\s+e-?mail(?:\s+address)?|e-?mail\s+de\s+contact|correo\s+de\s+contacto|e-?mail\s+de\s+contato|timestamp|time|date|data|fecha|horodatage|tijdstempel|zeitstempel|submitted(?:\s+(?:at|on))?|date\s+signed|contact\s+person|контактное\s+лицо|контакт|persona\s+de\s+contacto|pessoa\s+de\s+contato|personne\s+de\s+contact|correo(?:\s+electrónico)?|adresse\s+e-?mail|carimbo\s+de\s+data/hora|marca\s+temporal|status|statut)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OtherHeader();
}
