namespace Archive.SiteGen.Import;

/// <summary>
/// A list of names printed in two columns side by side, or in three or more as a PDF prints a long list: laid out
/// one entry a line, read down each column in turn, a name wrapped inside its column joined back. A table of names
/// and places is left alone: its right cells are places, read by <see cref="ColumnRow"/>.
/// </summary>
internal static class ColumnLayout
{
    /// <summary>
    /// A list laid out in two columns of names side by side ("Amnesty International        Human Rights Watch"),
    /// read down the left column and then down the right, as people read it; a name wrapped onto an indented line in
    /// its column is joined back. A table of names and countries is left alone: its right cells are places.
    /// </summary>
    public static List<(string Text, int Line)> SideBySide(List<(string Text, int Line)> lines)
    {
        var result = new List<(string Text, int Line)>();
        int? columnsAbove = null;
        for (var i = 0; i < lines.Count;)
        {
            var run = ColumnsFrom(lines, i);
            if (run is not { } found)
            {
                if (columnsAbove is { } anchor && ColumnRow.Spans(lines[i].Text) is [var leftCell, var rightCell] && Math.Abs(rightCell.Start - anchor) <= 4
                    && !IsPlace(rightCell.Text) && PersonLine.TryRole(rightCell.Text) is null)
                {
                    // "MOÇAMBIQUE" over one row, "Justiça Ambiental (JA!)      Mulheres e Direito …": a group too short
                    // to show its columns, laid out as the columns above it; two names.
                    result.Add((leftCell.Text, lines[i].Line));
                    result.Add((rightCell.Text, lines[i].Line));
                }
                else
                {
                    result.Add(lines[i]);
                }

                i++;
                continue;
            }

            var (end, right) = found;
            columnsAbove = right;
            var left = new List<(string Text, int Line, int Start)>();
            var rightCells = new List<(string Text, int Line, int Start)>();
            for (var j = i; j < end; j++)
            {
                foreach (var (text, start) in ColumnRow.Spans(lines[j].Text))
                {
                    (start >= right - 4 ? rightCells : left).Add((text, lines[j].Line, start));
                }
            }

            // A blank line between the columns: each is read as a paragraph of its own (a signer and their titles).
            result.AddRange(Joined(left));
            result.Add(("", lines[end - 1].Line));
            result.AddRange(Joined(rightCells));
            i = end;
        }

        return result;
    }

    /// <summary>
    /// A list laid out in three columns or more, as a PDF prints a long alphabetical list ("Aegis Trust (UK)
    /// Equal Rights Trust (UK)        Refugees International (USA)"): read down the first column, then the second,
    /// and so on, each entry that wraps inside its column onto an indented line joined back. It is a list of names
    /// only when no column is one of places: a table of name, city and country is left alone.
    /// </summary>
    public static List<(string Text, int Line)> ManyColumns(List<(string Text, int Line)> lines)
    {
        var result = new List<(string Text, int Line)>();
        for (var i = 0; i < lines.Count;)
        {
            var first = ColumnRow.Spans(lines[i].Text);
            var anchors = first.Select(s => s.Start).ToList();
            if (first.Count < 3 || anchors.Zip(anchors.Skip(1)).Any(p => p.Second - p.First < 16) || ColumnRow.TryHeader(lines[i].Text) is not null)
            {
                result.Add(lines[i]);
                i++;
                continue;
            }

            // Each cell belongs to the last column that starts at or before it (a wrapped part is indented a little).
            int ColumnOf(int start) => anchors.FindLastIndex(a => a <= start + 1);
            var columns = anchors.Select(_ => new List<(string Text, int Line, int Start)>()).ToList();
            var end = i;
            for (; end < lines.Count && lines[end].Text.Trim().Length > 0; end++)
            {
                var spans = ColumnRow.Spans(lines[end].Text);
                var placed = spans.Select(s => (Span: s, Column: ColumnOf(s.Start))).ToList();
                if (placed.Any(p => p.Column < 0 || p.Span.Start > anchors[p.Column] + 6) || placed.Select(p => p.Column).Distinct().Count() != placed.Count)
                {
                    break;
                }

                foreach (var (span, column) in placed)
                {
                    columns[column].Add((span.Text, lines[end].Line, span.Start));
                }
            }

            var entries = columns.Select((column, c) =>
            {
                var joined = new List<(string Text, int Line)>();
                foreach (var (text, line, start) in column)
                {
                    if (joined.Count > 0 && (start > anchors[c] + 1 || WrappedLines.Opens(joined[^1].Text) || WrappedLines.IsRestOfName(joined[^1].Text, text)))
                    {
                        joined[^1] = (joined[^1].Text + " " + text, joined[^1].Line);
                    }
                    else
                    {
                        joined.Add((text, line));
                    }
                }

                return joined;
            }).ToList();
            var rows = Enumerable.Range(i, end - i).Count(r => ColumnRow.Spans(lines[r].Text).Count == anchors.Count);
            var names = entries.All(c => c.Count(e => e.Text.Count(char.IsLetter) >= 2 && !IsPlace(e.Text)) >= 0.8 * c.Count);
            if (rows < 3 || !names)
            {
                result.Add(lines[i]);
                i++;
                continue;
            }

            foreach (var (column, c) in entries.Select((column, c) => (column, c)))
            {
                if (c > 0)
                {
                    result.Add(("", column.Count > 0 ? column[0].Line : lines[i].Line));
                }

                result.AddRange(column);
            }

            i = end;
        }

        return result;
    }

    /// <summary>
    /// A list in columns that a copy from a PDF ran together: each line holds two or three names apart by runs of
    /// spaces, but the names no longer stand under one another ("Access Now␣␣␣ALTSEAN-Burma␣␣␣Asia Centre", then
    /// "Asia-Pacific Centre for the Responsibility to Protect␣␣␣Athan"). Such a list is read as printed, line by line
    /// and left to right, each name an entry. A paragraph is taken only when none of its cells is a place, an address
    /// or a table's header, and most of its lines hold three names or more: a table of names and places, and columns
    /// that still line up (<see cref="ManyColumns"/>), are left alone.
    /// </summary>
    public static List<(string Text, int Line)> RunTogether(List<(string Text, int Line)> lines)
    {
        var result = new List<(string Text, int Line)>();
        for (var i = 0; i < lines.Count;)
        {
            var end = i;
            while (end < lines.Count && lines[end].Text.Trim().Length > 0)
            {
                end++;
            }

            if (end == i)
            {
                result.Add(lines[i]);
                i++;
                continue;
            }

            var paragraph = lines.GetRange(i, end - i);
            if (IsRunTogether(paragraph))
            {
                result.AddRange(paragraph.SelectMany(l => ColumnRow.Spans(l.Text).Select(s => (s.Text, l.Line))));
            }
            else
            {
                result.AddRange(paragraph);
            }

            i = end;
        }

        return result;
    }

    // Names side by side on every line but the last, three or more on most lines, and out of line with the first
    // line's, or too few lines for columns that line up: those are read down each column by their own step.
    private static bool IsRunTogether(List<(string Text, int Line)> paragraph)
    {
        var rows = paragraph.Select(l => ColumnRow.Spans(l.Text)).ToList();
        if (rows.Count < 2 || paragraph.Any(l => l.Text.Contains('\t', StringComparison.Ordinal) || ColumnRow.TryHeader(l.Text) is not null)
            || rows.SkipLast(1).Any(r => r.Count < 2) || rows.Count(r => r.Count >= 3) * 2 < rows.Count
            || !rows.SelectMany(r => r).All(s => IsNameCell(s.Text)))
        {
            return false;
        }

        var anchors = rows[0].Select(s => s.Start).ToList();
        return rows.Skip(1).Any(r => r.Any(s => !anchors.Any(a => Math.Abs(a - s.Start) <= 6))) || rows.Count(r => r.Count == anchors.Count) < 3;
    }

    // A cell that can be a signer's name: it starts with a letter, and is no place, address or number; a name may end
    // with a number of its own ("ARTICLE 19").
    private static bool IsNameCell(string cell) =>
        char.IsLetter(cell[0]) && cell.Count(char.IsLetter) >= 2 && !IsPlace(cell)
        && !cell.Contains('@', StringComparison.Ordinal) && !cell.Contains("://", StringComparison.Ordinal)
        && (!cell.Any(char.IsDigit) || (cell.LastIndexOf(' ') is > 0 and var space && cell[(space + 1)..] is { Length: <= 2 } number && number.All(char.IsDigit) && !cell[..space].Any(char.IsDigit)));

    /// <summary>Where a run of side-by-side names starting at <paramref name="from"/> ends, and where its right column starts.</summary>
    private static (int End, int RightStart)? ColumnsFrom(List<(string Text, int Line)> lines, int from)
    {
        var first = ColumnRow.Spans(lines[from].Text);
        if (first.Count != 2 || first[1].Start < 16 || ColumnRow.TryHeader(lines[from].Text) is not null || IsUnderHeaderRow(lines, from))
        {
            return null;
        }

        var right = first[1].Start;
        var end = from;
        var pairs = 0;
        var names = 0;
        var headings = 0;
        var unplacedPairs = 0;
        for (; end < lines.Count; end++)
        {
            if (lines[end].Text.Trim().Length == 0)
            {
                // "DR CONGO" under a blank line in the left column, "ZAMBIA" in the right: columns headed by
                // countries go on past a blank line while a line just below it still has a cell in the right column.
                if (headings > 0 && lines.Skip(end + 1).Where(l => l.Text.Trim().Length > 0).Take(2).Any(l => ColumnRow.Spans(l.Text).Any(s => Math.Abs(s.Start - right) <= 4)))
                {
                    continue;
                }

                break;
            }

            var spans = ColumnRow.Spans(lines[end].Text);
            var fits = spans.Count switch
            {
                2 => Math.Abs(spans[1].Start - right) <= 4,
                1 => spans[0].Start <= 4 || Math.Abs(spans[0].Start - right) <= 4,
                _ => false,
            };
            if (!fits)
            {
                break;
            }

            if (spans.Count == 2 && (IsColumnHeading(lines, end, spans[0].Start, spans[0].Text) || IsColumnHeading(lines, end, right, spans[1].Text)))
            {
                headings++;
            }
            else if (spans.Count == 2)
            {
                pairs++;
                var unplaced = !IsPlace(spans[1].Text) && PersonLine.TryRole(spans[1].Text) is null;
                names += unplaced && !PersonLine.IsPersonName(spans[0].Text) ? 1 : 0;
                unplacedPairs += unplaced ? 1 : 0;
            }
        }

        // Trailing blank lines are not part of the columns.
        while (end > from && lines[end - 1].Text.Trim().Length == 0)
        {
            end--;
        }

        // Two signers side by side ("Aïcha Benali          Jean-Marc Delorme", then their titles) are two columns too.
        var signers = PersonLine.IsPersonName(first[0].Text) && PersonLine.IsPersonName(first[1].Text) && end - from >= 2;
        // Under country headings in both columns, a name that reads like a person's ("Héritiers de la Justice") is
        // still a name: what tells the columns from a table is that the right cells are no places.
        var headed = headings > 0 && unplacedPairs >= 3 && unplacedPairs >= 0.8 * pairs;
        return (pairs >= 3 && names >= 0.8 * pairs) || headed || signers ? (end, right) : null;
    }

    // "Country               Organisation" over a rule, then "Kazakhstan   Center for …": the rows of a table, whose
    // header says what each column holds.
    private static bool IsUnderHeaderRow(List<(string Text, int Line)> lines, int from) =>
        lines.Take(from).LastOrDefault(l => l.Text.Trim().Length > 0 && !NotAnEntry.IsRule(l.Text.Trim()) && !ColumnRow.Spans(l.Text).All(s => NotAnEntry.IsRule(s.Text))).Text is { } above
        && ColumnRow.TryHeader(above) is not null;

    /// <summary>
    /// Whether a cell is a place, as the cells of a table's place column are: a country or region, a city the archive
    /// knows, or such a city with its state or country after a comma ("Winnipeg, MB", "Toronto, ON", "Arusha, Tanzania").
    /// Names side by side are no places.
    /// </summary>
    private static bool IsPlace(string cell) =>
        Places.TryRead(cell) is not null || KnownCities.Contains(cell) || (cell.Split(',') is [var city, _] && KnownCities.Contains(city));

    /// <summary>
    /// A country heading in one column of a two-column list ("RWANDA" above "Haguruka"): a place in capitals
    /// with a name, not another place, below it in its column. A column of countries ("UK", "USA") is no heading.
    /// </summary>
    private static bool IsColumnHeading(List<(string Text, int Line)> lines, int index, int start, string cell)
    {
        if (!GroupPlaces.IsCapitals(cell) || PlaceHeading.TryRead(cell) is null || index + 1 >= lines.Count)
        {
            return false;
        }

        var below = ColumnRow.Spans(lines[index + 1].Text).FirstOrDefault(s => Math.Abs(s.Start - start) <= 4);
        return below.Text is { Length: > 0 } name && PlaceHeading.TryRead(name) is null;
    }

    // A column's cells in order, each cell indented past the column's start (or finishing the name above) joined to the one above.
    private static List<(string Text, int Line)> Joined(List<(string Text, int Line, int Start)> cells)
    {
        var column = cells.Count == 0 ? 0 : cells.Min(c => c.Start);
        var joined = new List<(string Text, int Line)>();
        foreach (var (text, line, start) in cells)
        {
            if (joined.Count > 0 && (start > column + 2 || WrappedLines.IsRestOfName(joined[^1].Text, text)))
            {
                joined[^1] = (joined[^1].Text + " " + text, joined[^1].Line);
            }
            else
            {
                joined.Add((text, line));
            }
        }

        return joined;
    }
}
