using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// The rows of a table inside the block: its header row, rows that say the organization did not sign, a row read
/// cell by cell, and the line under a row that finishes its name or its country cell.
/// </summary>
internal static partial class TableRows
{
    /// <summary>A table's header row, which says what each column holds until the next heading, a row that did not sign, or an individual's row.</summary>
    public static bool TryHeader(BlockReading reading, BlockLine blockLine)
    {
        var (raw, text, line, _, _) = blockLine;
        // Before the notes and sentences: a form's header row may ask a question ("¿Autoriza la publicación …?").
        if (ColumnRow.TryHeader(raw) is { } header)
        {
            reading.Columns = header;
            reading.Contents.Skipped.Add(new SkippedLine(line, text, $"the header row of a table: {string.Join(", ", header.Columns).ToLowerInvariant()}"));
            return true;
        }

        if (reading.Columns is not null && ColumnRow.NotSigned(raw, reading.Columns) is { } notSigned)
        {
            reading.Contents.Skipped.Add(new SkippedLine(line, text, notSigned));
            return true;
        }

        if (reading.Columns is not null && ColumnRow.Individual(raw, reading.Columns) is { } individual)
        {
            // A form's answer "Signing as: Individual": a person who signs, not an organization, with the affiliation
            // or the title typed after the name ("Dr. Ana Ruiz (University of Lima)", "Ana Ruiz, lawyer").
            reading.Contents.People.Add(PersonLine.PersonWithAffiliations(individual, line));
            return true;
        }

        return false;
    }

    /// <summary>
    /// The places of the row above, for a row whose first cell is blank in a table whose first column is the country:
    /// the cell is merged over the rows under it. Null otherwise.
    /// </summary>
    private static PrintedPlaces? MergedCountryCell(BlockReading reading, string raw, PrintedSignatory row) =>
        !row.Places.Any && reading.Columns is { Columns: [ColumnRow.Column.Country, ..] } && raw.Length > 0 && char.IsWhiteSpace(raw[0])
        && reading.LastRow is { } above && above.Line == reading.Lines[reading.Index - 1].Line && above.Row.Places.Any
            ? above.Row.Places : null;

    /// <summary>A row of a table, or the line under a row that finishes its name or its country cell.</summary>
    public static bool TryRead(BlockReading reading, BlockLine blockLine)
    {
        var (raw, text, line, _, cleaned) = blockLine;
        var cells = ColumnRow.Cells(text);
        if (reading.Columns is { Tabbed: true, Columns: [ColumnRow.Column.Other, ..] } numberedTable && reading.LastRow is { } rowAbove && rowAbove.Line == reading.Lines[reading.Index - 1].Line
            && !LeadingNumber().IsMatch(text) && !FillsEveryColumn(raw, numberedTable) && !StartsWithTimestamp(raw))
        {
            // In a numbered table pasted from a word processor, a line that starts with no number is the rest of
            // the row above, cell by cell: "2\tAssociation … Fondamentales au\tRépublique"
            // then "Tchad (APLFT)\tcentrafricaine".
            var parts = raw.TrimEnd().Split('	').Select(c => c.Trim()).ToList();
            var from = parts[0].Length == 0 ? 0 : 1;
            var above = reading.Contents.Signatories[^1];
            var (name, rowPlaces) = (above.Name, above.Places);
            for (var c = 0; c < parts.Count && from + c < numberedTable.Columns.Count; c++)
            {
                switch (numberedTable.Columns[from + c])
                {
                    case ColumnRow.Column.Name when parts[c].Length > 0 && !(parts.Count == 1 && reading.PendingCountry.Length > 0):
                        name = SignatoryLine.One(name + " " + parts[c], line).Name;
                        break;
                    case ColumnRow.Column.Name when parts[c].Length > 0:
                    case ColumnRow.Column.Country when parts[c].Length > 0:
                        reading.PendingCountry = (reading.PendingCountry + " " + parts[c]).Trim();
                        if (Places.TryRead(reading.PendingCountry) is { } country)
                        {
                            (rowPlaces, reading.PendingCountry) = (rowPlaces.Plus(country), "");
                            if (reading.TabbedRows is [.., var (index, cell)] && index == reading.Contents.Signatories.Count - 1)
                            {
                                reading.TabbedRows[^1] = (index, cell.Plus(country));
                            }
                        }

                        break;
                }
            }

            reading.Contents.Signatories[^1] = above with { Name = name, Places = rowPlaces };
            reading.Contents.Skipped.Add(new SkippedLine(line, text, $"the rest of the table row above ('{name}')"));
            reading.LastRow = (line, reading.Contents.Signatories[^1]);
            return true;
        }

        if (cells.Count == 2 && reading.LastRow is { } continued && continued.Line == reading.Lines[reading.Index - 1].Line
            && ColumnRow.Cells(reading.Lines[reading.Index - 1].Text) is [.., var lastCell] && ContinuesOnNextLine().IsMatch(lastCell))
        {
            // "World Federalist Movement – Institute for Global | United States," then "Policy | Netherlands": both
            // cells of the row go on.
            var whole = SignatoryLine.One(reading.Contents.Signatories[^1].Name + " " + cells[0], line);
            var more = Places.TryRead(cells[1]) ?? PrintedPlaces.None;
            reading.Contents.Signatories[^1] = reading.Contents.Signatories[^1] with { Name = whole.Name, Places = reading.Contents.Signatories[^1].Places.Plus(more) };
            reading.Contents.Skipped.Add(new SkippedLine(line, text, $"the end of the table row above ('{whole.Name}')"));
            reading.LastRow = null;
            return true;
        }

        if (cells.Count == 1 && reading.LastRow is { } wrapped && wrapped.Line == reading.Lines[reading.Index - 1].Line && WrappedLines.IsRestOfName(reading.Contents.Signatories[^1].Name, cleaned, shortEndWithAcronym: true))
        {
            // A name too long for its cell, finished on the next line: "Coalition Ivoirienne pour la Cour Pénale
            // | Abidjan | Côte d'Ivoire" then "Internationale (CI-CPI)".
            var whole = SignatoryLine.One(reading.Contents.Signatories[^1].Name + " " + cleaned, line);
            reading.Contents.Signatories[^1] = reading.Contents.Signatories[^1] with { Name = whole.Name, Places = reading.Contents.Signatories[^1].Places.Plus(whole.Places) };
            reading.Contents.Skipped.Add(new SkippedLine(line, text, $"the end of the name in the table row above ('{whole.Name}')"));
            reading.LastRow = null;
            return true;
        }

        // A row that starts with a titled person ("Dr. Jane Doe	…") is a person's, unless the table has a column of
        // those who sign for each organization ("Name | Organisation | Country").
        var signsFor = reading.Columns?.Columns.Contains(ColumnRow.Column.Representative) == true;
        if ((reading.Columns is not null || cells.Count > 1) && !OrganizationEntries.IsBanner(cleaned)
            && (signsFor || !(PersonLine.HonorificFirst().IsMatch(cells[0]) && PersonLine.IsPersonName(PersonLine.HonorificFirst().Match(cells[0]).Groups["name"].Value)))
            && ColumnRow.TryRead(raw, line, reading.Columns) is { } row)
        {
            // A row of a table: "Justice Africa    London / Kampala    UK / Uganda" is an organization, not a
            // person named Justice Africa London.
            if (MergedCountryCell(reading, raw, row) is { } merged)
            {
                // "Australia     Medical Association …" then "              Centre for Peace …": a table that prints the
                // country first, once for all its organizations, leaves the cell blank under it.
                row = row with { Places = merged, Note = row.Note is { } earlier ? $"{earlier}; the country of the merged cell above" : "the country of the merged cell above" };
            }

            (reading.Current, reading.AwaitingAffiliation, reading.LastRow, reading.PendingCountry) = (null, false, (line, row), ColumnRow.CountryCell(raw, reading.Columns) is { } cell && Places.TryReadTypedCell(cell) is null ? cell : "");
            reading.Contents.Signatories.Add(GroupPlaces.UnderHeading(row, reading.Group));
            if (ColumnRow.Representative(raw, reading.Columns) is { } representative)
            {
                // "Name of representative": the organization signs through the person in that column.
                reading.Contents.People.Add(Signers.SigningFor(representative, row.Name, line));
            }

            if (reading.Columns is { Tabbed: true })
            {
                reading.TabbedRows.Add((reading.Contents.Signatories.Count - 1, ColumnRow.CountryCell(raw, reading.Columns) is { } countryCell ? Places.TryReadTypedCell(countryCell) ?? PrintedPlaces.None : PrintedPlaces.None));
            }

            return true;
        }

        return false;
    }

    // "2019/08/28 9:41:12 a. m.\tProvea\tVenezuela": a line with a first cell and one in every column is a row of its
    // own, even when its first cell is no number (a form's timestamp).
    private static bool FillsEveryColumn(string raw, ColumnRow.Header header) =>
        raw.Trim().Split('\t') is var parts && parts.Length == header.Columns.Count && parts[0].Trim().Length > 0;

    // "1/7/2024 12:18:47\tRed Andina\targentina\t": a form's answer starts with when it was sent, even when a cell at
    // its end is left empty and its trailing tab lost; the rest of a row wrapped in a word processor starts with none.
    private static bool StartsWithTimestamp(string raw) => Timestamp().IsMatch(raw.Trim().Split('\t')[0].Trim());

    // "1/7/2024 9:14:02", "2019/08/28 9:41:12 a. m.", "2024-07-01 18:05", "12.05.2019": a date, perhaps with its time.
    [GeneratedRegex("^" + WrittenDate.DateInFigures + "(?:[ T,]+" + WrittenDate.TimeInFigures + ")?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Timestamp();

    // A cell that goes on on the next line: "United States," "Uganda /", "Kenya and".
    [GeneratedRegex(@"(?:[,/&]|\band|\bet|\by)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ContinuesOnNextLine();

    [GeneratedRegex(@"^\d{1,4}[.)]?(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNumber();
}
