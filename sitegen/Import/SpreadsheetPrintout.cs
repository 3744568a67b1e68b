using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// A spreadsheet printed with its headings ("     |  A   |  B") and saved as text: each row is printed after its
/// number in a gutter ("  12 |  10  |  Forum Réfugiés  |  France"), under the letters of the columns and a rule. The
/// gutter and the columns' letters are the program's, not the sheet's: the rows are read as the sheet holds them, a
/// letter in one column as its lines, a list in several as a table whose cells a bar separates. Line numbers are kept.
/// </summary>
internal static partial class SpreadsheetPrintout
{
    public static List<string> Read(List<string> lines)
    {
        if (!lines.Any(l => ColumnLetters().IsMatch(l)) || lines.Count(l => NumberedRow().IsMatch(l)) < 5)
        {
            return lines;
        }

        return [.. lines.Select(l => ColumnLetters().IsMatch(l) || GutterRule().IsMatch(l) ? "" : NumberedRow().Match(l) is { Success: true } row ? row.Groups["cells"].Value : l)];
    }

    // "     |  A", "     |  A   |  B   |  C": the letters over the columns, after the gutter's empty cell.
    [GeneratedRegex(@"^\s*\|\s*A(?:\s+\|\s*[B-Z])*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnLetters();

    // "-----+------+------": the rule under the letters, crossed where the gutter ends and each column.
    [GeneratedRegex(@"^\s*-{3,}(?:\+-{3,})+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex GutterRule();

    // "   1 |  JOINT LETTER – …", "  30 |": a row's number in the gutter, then its cells (perhaps none).
    [GeneratedRegex(@"^\s*\d{1,5}\s+\|(?:\s{1,2}(?<cells>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedRow();
}
