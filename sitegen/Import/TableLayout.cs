using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// Tables a signatory list arrives in, laid out one row a line of tab-separated cells before the block is read: a
/// form exported as comma-separated values, a table drawn with bars and rules (or a Markdown table), and a table laid
/// out with spaces whose cells wrap in place. Reading the rows is <see cref="ColumnRow"/>'s and <see cref="TableRows"/>'.
/// </summary>
internal static partial class TableLayout
{
    /// <summary>
    /// A form exported as comma-separated values, under a header row that names its columns ("Marca temporal,Nombre
    /// de la organización,País"): each record becomes one line of tab-separated cells, a quoted field that goes on
    /// over two lines joined back. The table ends at the first line that is no record of as many fields.
    /// </summary>
    public static List<(string Text, int Line)> CsvRows(List<(string Text, int Line)> lines)
    {
        var result = new List<(string Text, int Line)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var header = lines[i].Text.Contains(',', StringComparison.Ordinal) && !lines[i].Text.Contains('\t', StringComparison.Ordinal) ? ColumnRow.CsvFields(lines[i].Text) : null;
            if (header is not { Count: >= 3 } || ColumnRow.TryHeader(string.Join('\t', header)) is null)
            {
                result.Add(lines[i]);
                continue;
            }

            result.Add((string.Join('\t', header), lines[i].Line));
            while (i + 1 < lines.Count && Record(lines, i + 1, header.Count) is var (fields, used))
            {
                result.Add((string.Join('\t', fields), lines[i + 1].Line));
                i += used;
            }
        }

        return result;

        // The fields of the record starting at line `from` and how many lines it takes, when it has `count` of them.
        static (List<string> Fields, int Lines)? Record(List<(string Text, int Line)> lines, int from, int count)
        {
            var text = lines[from].Text.Trim();
            for (var used = 1; text.Length > 0 && used <= 3; used++)
            {
                if (ColumnRow.CsvFields(text) is { } fields)
                {
                    return fields.Count == count ? (fields, used) : null;
                }

                if (from + used >= lines.Count)
                {
                    break;
                }

                text += " " + lines[from + used].Text.Trim();
            }

            return null;
        }
    }

    /// <summary>The key of a "Key: value" line of a form ("Country: Haïti" → "Country", "Signs the letter? Yes" → "Signs the letter?"), or null.</summary>
    public static string? FieldKey(string line) => Field(line)?.Key;

    /// <summary>
    /// A form's submissions exported as records of "Key: value" lines ("Organisation name: Défenseurs Plus",
    /// "Country: Haïti", "Type: NGO"), one record after another between separators or record headings: each record
    /// becomes one line of tab-separated cells under a header row made of the keys, so that it is read as a table.
    /// It is that export when three records or more name an organization (or an individual) and a country or city;
    /// lines of the form that say nothing of a signatory ("Submission #12", "-----", "Type: NGO") are left out. What
    /// decides whether a record signs is kept as a column: "Signing as: Individual" (a person, not an organization),
    /// "Do you sign the letter? No" (no signatory), asked with a colon or only with the question mark.
    /// </summary>
    public static List<(string Text, int Line)> KeyValueRecords(List<(string Text, int Line)> lines)
    {
        var records = new List<(int First, int Last, Dictionary<ColumnRow.Column, string> Cells)>();
        Dictionary<ColumnRow.Column, string>? record = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (Field(lines[i].Text) is not var (key, value))
            {
                record = null;
                continue;
            }

            // "Type: NGO", "Affiliation: …", "Sigla: …": keys that say nothing of who signs or where.
            if (ColumnRow.ColumnOf(key) is not ({ } column and (ColumnRow.Column.Name or ColumnRow.Column.Person or ColumnRow.Column.Country or ColumnRow.Column.City or ColumnRow.Column.Signing or ColumnRow.Column.Consent)))
            {
                continue;
            }

            if (record is null || record.ContainsKey(column))
            {
                record = [];
                records.Add((i, i, record));
            }

            record.TryAdd(column, value);
            records[^1] = records[^1] with { Last = i };
        }

        var full = records.Where(r => (r.Cells.ContainsKey(ColumnRow.Column.Name) || r.Cells.ContainsKey(ColumnRow.Column.Person)) && (r.Cells.ContainsKey(ColumnRow.Column.Country) || r.Cells.ContainsKey(ColumnRow.Column.City))).ToList();
        if (full.Count < 3)
        {
            return lines;
        }

        // The export runs from its first record to its last; what stands between records is the form's own, and so is
        // a line before the first or after the last of the same shape ("Submission #1", "Contact e-mail: …").
        var between = Enumerable.Range(full[0].First, full[^1].Last - full[0].First + 1)
            .Where(i => !full.Any(r => r.First <= i && i <= r.Last)).Select(i => Shape(lines[i].Text)).ToHashSet(StringComparer.Ordinal);
        var (start, end) = (full[0].First, full[^1].Last);
        // Blank lines are the form's own only when they stand between its records too (a field blanked as a running
        // header, "Signing as: Organisation" the same in every record, leaves one).
        while (start > 0 && between.Contains(Shape(lines[start - 1].Text)))
        {
            start--;
        }

        while (end + 1 < lines.Count && between.Contains(Shape(lines[end + 1].Text)))
        {
            end++;
        }

        // An individual's record ("Signing as: Individual", or a full name and no organization) gives the person in
        // the name cell and says so in the signing cell; an organization's contact person is left out.
        static bool IsIndividual(Dictionary<ColumnRow.Column, string> cells) =>
            cells.TryGetValue(ColumnRow.Column.Signing, out var signing) && ColumnRow.IsIndividualAnswer(signing)
            || (cells.GetValueOrDefault(ColumnRow.Column.Name, "").Length == 0 && cells.GetValueOrDefault(ColumnRow.Column.Person, "").Length > 0);
        static string Cell(Dictionary<ColumnRow.Column, string> cells, ColumnRow.Column column) => column switch
        {
            ColumnRow.Column.Name when IsIndividual(cells) => cells.GetValueOrDefault(ColumnRow.Column.Person, "") is { Length: > 0 } person ? person : cells.GetValueOrDefault(ColumnRow.Column.Name, ""),
            ColumnRow.Column.Signing when IsIndividual(cells) => "Individual",
            _ => cells.GetValueOrDefault(column, ""),
        };

        ColumnRow.Column[] columns = [ColumnRow.Column.Name, .. new[] { ColumnRow.Column.City, ColumnRow.Column.Country, ColumnRow.Column.Signing, ColumnRow.Column.Consent }
            .Where(c => full.Any(r => r.Cells.ContainsKey(c) || (c == ColumnRow.Column.Signing && IsIndividual(r.Cells))))];
        var header = string.Join('\t', columns.Select(c => c switch
        {
            ColumnRow.Column.Name => "Name",
            ColumnRow.Column.City => "City",
            ColumnRow.Column.Country => "Country",
            ColumnRow.Column.Signing => "Signing as",
            _ => "Do you agree?",
        }));
        return
        [
            .. lines.Take(start),
            (header, lines[start].Line),
            .. full.Select(r => (string.Join('\t', columns.Select(c => Cell(r.Cells, c))), lines[r.First].Line)),
            .. lines.Skip(end + 1),
        ];
    }

    /// <summary>
    /// A table drawn with bars and rules ("+-----+------+", "| 1. | Name … | Country |"), whose cells may wrap over
    /// several lines between two rules: each row becomes one line of tab-separated cells, its wrapped parts joined.
    /// A Markdown table ("| Organization | Location |" over "|---|---|") has no rules between its rows: there each
    /// line is a row of its own.
    /// </summary>
    public static List<(string Text, int Line)> GridRows(IReadOnlyList<(string Text, int Line)> lines)
    {
        var result = new List<(string Text, int Line)>();
        List<string>? row = null;
        var rowLine = 0;
        var markdown = false;
        void EndRow()
        {
            if (row is not null && row.Any(c => c.Length > 0))
            {
                result.Add((string.Join('\t', row), rowLine));
            }

            row = null;
        }

        foreach (var (text, line) in lines)
        {
            var trimmed = text.Trim();
            if (GridRule().IsMatch(trimmed))
            {
                EndRow();
                continue;
            }

            if (MarkdownRule().IsMatch(trimmed))
            {
                // The rule under a Markdown table's header row: the header is a row, and so is every line below it.
                EndRow();
                markdown = true;
                continue;
            }

            if (trimmed.Length > 1 && trimmed[0] == '|' && trimmed[^1] == '|')
            {
                var cells = trimmed[1..^1].Split('|').Select(c => c.Trim()).ToList();
                // A numbered table: a number starts a row, a line with its number cell empty goes on with the row
                // above, whether the rows are ruled apart or not ("|  2 | Centro de … de la Universidad |" then
                // "|    | Católica Andrés Bello (CDH-UCAB) |").
                var numbered = row is not null && row.Count == cells.Count && RowNumber().IsMatch(row[0]);
                // Rows ruled only above and below the table, each on one line: a line with every cell filled under a
                // row with every cell filled is a row of its own, as a cell's wrapped part leaves the others empty.
                var whole = row is not null && row.Count == cells.Count && cells.Count >= 2 && cells.All(c => c.Length > 0) && row.All(c => c.Length > 0);
                var newRow = numbered ? cells[0].Length > 0 : markdown || whole;
                if (row is null || row.Count != cells.Count || newRow)
                {
                    EndRow();
                    (row, rowLine) = (cells, line);
                }
                else
                {
                    row = [.. row.Zip(cells, (a, b) => b.Length == 0 ? a : a.Length == 0 ? b : a + " " + b)];
                }

                continue;
            }

            EndRow();
            markdown = false;
            result.Add((text, line));
        }

        EndRow();
        return result;
    }

    /// <summary>
    /// The rows of a table laid out with spaces, each cell wrapped onto the next line finished where it stands: a line
    /// that prints one cell alone, starting where a cell of the row above starts (and not the row's last cell), is the
    /// rest of that cell ("1.   Coastal Fishers' Union of the Northern    Ghana" then "     Region (CFUNR)"), not the
    /// end of the row after its country, when it can only finish a name or the cell above had no room for it.
    /// Otherwise it is a row of its own whose last cells are empty ("Aegis Trust   Royaume-Uni", then "Human Rights
    /// Watch" with no country, then "International Crisis Group   Belgique").
    /// </summary>
    public static List<(string Text, int Line)> CellsWrappedInPlace(List<(string Text, int Line)> lines)
    {
        var widths = ColumnWidths(lines);
        var joined = new List<(string Text, int Line)>();
        // Once a cell has wrapped, the row is no longer as printed: where the cell's last printed line ends.
        int? printedEnd = null;
        foreach (var (text, line) in lines)
        {
            if (joined.Count > 0 && IsWrappedCell(joined[^1].Text, text) is { } cell)
            {
                var rest = text.Trim();
                if (FinishesCell(joined[^1].Text[cell.Start..cell.End], rest, printedEnd ?? cell.End, Math.Max(cell.End, widths.GetValueOrDefault(cell.Start))))
                {
                    var row = joined[^1].Text;
                    var after = row[cell.End..];
                    var gap = after.Length - after.TrimStart().Length;
                    // The next cells keep their place when the gap after the cell leaves room, else move along.
                    var kept = gap - rest.Length - 1 >= 2 ? after[(rest.Length + 1)..] : "  " + after.TrimStart();
                    joined[^1] = (row[..cell.End] + " " + rest + kept, joined[^1].Line);
                    printedEnd = text.TrimEnd().Length;
                    continue;
                }
            }

            joined.Add((text, line));
            printedEnd = null;
        }

        return joined;

        static (int Start, int End)? IsWrappedCell(string row, string next)
        {
            if (next.Contains('\t', StringComparison.Ordinal) || row.Contains('\t', StringComparison.Ordinal) || next.Contains('|', StringComparison.Ordinal) || row.Contains('|', StringComparison.Ordinal)
                || next.Length == 0 || !char.IsWhiteSpace(next[0]) || ColumnRow.Spans(next) is not [var alone] || SignatoryLine.StartsWithListMarker(alone.Text))
            {
                return null;
            }

            var cells = ColumnRow.Spans(row);
            var at = cells.FindIndex(c => c.Start == alone.Start);
            return at >= 0 && at < cells.Count - 1 ? (cells[at].Start, cells[at].Start + cells[at].Text.Length) : null;
        }
    }

    // How wide each column of cells laid out with spaces is printed, by where it starts: where its longest cell with
    // another cell after it ends.
    private static Dictionary<int, int> ColumnWidths(List<(string Text, int Line)> lines)
    {
        var widths = new Dictionary<int, int>();
        foreach (var (text, _) in lines)
        {
            var cells = ColumnRow.Spans(text);
            foreach (var (cell, start) in cells.SkipLast(1))
            {
                widths[start] = Math.Max(widths.GetValueOrDefault(start), start + cell.Length);
            }
        }

        return widths;
    }

    /// <summary>
    /// Whether <paramref name="rest"/>, printed alone under <paramref name="cell"/>, finishes it: it is a short name in
    /// brackets ("(FEMNET)") or can only be the end of a name (<see cref="WrappedLines.IsRestOfName"/>); or the cell
    /// above, which does not end with its acronym, was full: the first word of the line would not have fitted between
    /// where the cell's last line ends (<paramref name="end"/>) and where the column's longest cell ends
    /// (<paramref name="width"/>).
    /// </summary>
    private static bool FinishesCell(string cell, string rest, int end, int width)
    {
        if (WrappedLines.BracketOnly().IsMatch(rest) || WrappedLines.IsRestOfName(cell, rest))
        {
            return true;
        }

        // "Action des chrétiens pour l'abolition de la torture (ACAT-France)" is a whole name, however long.
        if (Archive.Core.Organizations.PrintedOrganizationName.Parse(cell).Acronym is not null)
        {
            return false;
        }

        var firstWord = rest.Split(' ', 2)[0];
        return end + 1 + firstWord.Length > width;
    }

    [GeneratedRegex(@"^\+[-=+:]+\+$", RegexOptions.CultureInvariant)]
    private static partial Regex GridRule();

    // "|---|---|", "| :--- | ---: |": the line between a Markdown table's header and its rows.
    [GeneratedRegex(@"^\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownRule();

    // "12", "12.", "3)": the number of a table's row.
    [GeneratedRegex(@"^\d{1,4}[.)]?$", RegexOptions.CultureInvariant)]
    private static partial Regex RowNumber();

    // "Submission #12   (2023-09-29 13:17)" and "Submission #1   (2023-09-26 10:00)" have one shape: the line up to its
    // first digit, or its key.
    private static string Shape(string line)
    {
        var text = line.Trim();
        var cut = text.IndexOfAny(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':']);
        return cut < 0 ? text : text[..cut];
    }

    // A form's field as a key and its value: "Country: Haïti", or a question answered after its question mark
    // ("Subscreve a carta? Sim"), which is a field only when it asks whether the organization signs.
    private static (string Key, string Value)? Field(string line) =>
        KeyValue().Match(line.Trim()) is { Success: true } pair ? (pair.Groups["key"].Value.Trim(), pair.Groups["value"].Value.Trim())
        : QuestionAnswer().Match(line.Trim()) is { Success: true } answered && ColumnRow.ColumnOf(answered.Groups["key"].Value) == ColumnRow.Column.Consent
            ? (answered.Groups["key"].Value.Trim(), answered.Groups["value"].Value.Trim())
            : null;

    // "Organisation name: Défenseurs Plus", "País(es) de atuação: Angola": a key of a few words (perhaps with its
    // plural in brackets), a colon, its value (perhaps empty).
    [GeneratedRegex(@"^(?<key>\p{L}[\p{L} '’/.-]{0,40}?(?:\((?:s|es|ies)\)[\p{L} '’/.-]{0,30}?)?)\s*:\s*(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyValue();

    // "Subscreve a carta? Não – …", "¿Firma la carta? Sí": a question of a few words and its answer.
    [GeneratedRegex(@"^(?<key>¿?\p{L}[\p{L} '’/.-]{0,60}?\?)\s*(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionAnswer();
}
