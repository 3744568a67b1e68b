namespace Archive.SiteGen.Import;

/// <summary>
/// Lists that print each entry's place on a line of its own under the name, as a PDF signature page prints them: in a
/// grid of cells side by side, or in one column of name and place on alternate lines. A long name wraps onto a
/// second line there without any mark, so only the place line ends an entry: the lines above it are one name.
/// </summary>
internal static class NameOverPlace
{
    /// <summary>
    /// A grid of cells two to a row band, the bands apart by blank lines, each cell a name over its place
    /// ("Aegis Trust          Fortify Rights" / "United Kingdom       International"), a name wrapped inside its column
    /// so the two cells of a band may be of different heights: laid out one cell after the other, left then right in
    /// each band (the order the list is printed in), each as its name on one line with its place on the next.
    /// </summary>
    public static List<(string Text, int Line)> Grid(List<(string Text, int Line)> lines)
    {
        var result = new List<(string Text, int Line)>();
        for (var i = 0; i < lines.Count;)
        {
            if (GridFrom(lines, i) is not { } grid)
            {
                result.Add(lines[i]);
                i++;
                continue;
            }

            foreach (var band in grid.Bands)
            {
                foreach (var cell in band)
                {
                    result.Add((string.Join(" ", cell.Name.Select(n => n.Text)), cell.Name[0].Line));
                    result.Add(cell.Place);
                }
            }

            // A blank line after the grid, as after any paragraph of entries.
            result.Add(("", lines[grid.End - 1].Line));
            i = grid.End;
        }

        return result;
    }

    /// <summary>
    /// Name and place on alternate lines with no blank line between entries ("Aegis Trust" / "United Kingdom"),
    /// where a long name wraps onto a second line ("Asia-Pacific Centre for the Responsibility" / "to Protect" /
    /// "Australia"): each name's lines since the last place line are joined into one. It is that list when a
    /// paragraph of three entries or more alternates so from its first line to its last, most entries on one line.
    /// </summary>
    public static List<(string Text, int Line)> AlternateLines(List<(string Text, int Line)> lines)
    {
        var result = new List<(string Text, int Line)>();
        for (var i = 0; i < lines.Count;)
        {
            var end = i;
            while (end < lines.Count && lines[end].Text.Trim().Length > 0)
            {
                end++;
            }

            var paragraph = lines[i..Math.Max(end, i + 1)];
            result.AddRange(EntriesOverPlaces(paragraph) is { } entries ? entries : paragraph);
            i = Math.Max(end, i + 1);
        }

        return result;
    }

    /// <summary>The paragraph with each wrapped name joined, or null when it is not names over places throughout.</summary>
    private static List<(string Text, int Line)>? EntriesOverPlaces(List<(string Text, int Line)> paragraph)
    {
        var entries = new List<(List<(string Text, int Line)> Name, (string Text, int Line) Place)>();
        var name = new List<(string Text, int Line)>();
        foreach (var line in paragraph)
        {
            if (!IsNamePart(line.Text) && !IsPlaceLine(line.Text))
            {
                return null;
            }

            if (IsPlaceLine(line.Text) && name.Count > 0)
            {
                entries.Add((name, line));
                name = [];
            }
            else if (IsPlaceLine(line.Text) || name.Count == 3)
            {
                // Two places running, or a name of four lines: not a name over its place.
                return null;
            }
            else
            {
                name.Add(line);
            }
        }

        if (name.Count > 0 || entries.Count < 3 || entries.All(e => e.Name.Count == 1) || entries.Count(e => e.Name.Count == 1) < 0.5 * entries.Count)
        {
            return null;
        }

        return [.. entries.SelectMany(e => new[] { (string.Join(" ", e.Name.Select(n => n.Text.Trim())), e.Name[0].Line), e.Place })];
    }

    /// <summary>A grid of name-over-place cells starting at <paramref name="from"/>, with where it ends, or null.</summary>
    private static (List<List<(List<(string Text, int Line)> Name, (string Text, int Line) Place)>> Bands, int End)? GridFrom(List<(string Text, int Line)> lines, int from)
    {
        var first = ColumnRow.Spans(lines[from].Text);
        if (first.Count != 2 || first[0].Start > 2 || first[1].Start < 16 || ColumnRow.TryHeader(lines[from].Text) is not null)
        {
            return null;
        }

        var right = first[1].Start;
        var bands = new List<List<(List<(string Text, int Line)> Name, (string Text, int Line) Place)>>();
        var i = from;
        var end = from;
        while (i < lines.Count && lines[i].Text.Trim().Length > 0)
        {
            var bandEnd = i;
            while (bandEnd < lines.Count && lines[bandEnd].Text.Trim().Length > 0)
            {
                bandEnd++;
            }

            if (Band(lines[i..bandEnd], right) is not { } band)
            {
                break;
            }

            bands.Add(band);
            end = bandEnd;
            i = bandEnd;
            while (i < lines.Count && lines[i].Text.Trim().Length == 0 && i - bandEnd < 2)
            {
                i++;
            }
        }

        // Three bands of two cells at least: a grid, not two signers side by side with their titles.
        return bands.Count(b => b.Count == 2) >= 3 ? (bands, end) : null;
    }

    /// <summary>The cells of one row band, left then right, each a name of one to three lines over a place line; null when a cell is not so.</summary>
    private static List<(List<(string Text, int Line)> Name, (string Text, int Line) Place)>? Band(List<(string Text, int Line)> band, int right)
    {
        if (band.Count > 4)
        {
            return null;
        }

        var columns = new[] { new List<(string Text, int Line)>(), new List<(string Text, int Line)>() };
        foreach (var (text, line) in band)
        {
            foreach (var (cell, start) in ColumnRow.Spans(text))
            {
                if (start <= 2)
                {
                    columns[0].Add((cell, line));
                }
                else if (Math.Abs(start - right) <= 4)
                {
                    columns[1].Add((cell, line));
                }
                else
                {
                    return null;
                }
            }
        }

        var cells = new List<(List<(string Text, int Line)> Name, (string Text, int Line) Place)>();
        foreach (var column in columns.Where(c => c.Count > 0))
        {
            if (column.Count < 2 || !IsPlaceLine(column[^1].Text) || column.SkipLast(1).Any(c => IsPlaceLine(c.Text) || !IsNamePart(c.Text)))
            {
                return null;
            }

            cells.Add((column[..^1], column[^1]));
        }

        return cells.Count > 0 ? cells : null;
    }

    // A line that is nothing but a place: "Sri Lanka", "International", "United States".
    private static bool IsPlaceLine(string text) => Places.TryRead(SignatoryLine.Clean(text)) is not null;

    // A line that can be (part of) a name: not a heading, a closing, a label ending in a colon, a rule or a page number.
    private static bool IsNamePart(string text) =>
        text.Trim() is { Length: > 0 } trimmed && !trimmed.EndsWith(':') && !BlockBoundary.IsStart(trimmed) && !BlockBoundary.IsTrailer(trimmed)
        && !NotAnEntry.IsRule(trimmed) && !NotAnEntry.IsPageNumber(trimmed) && trimmed.Count(char.IsLetter) >= 2;
}
