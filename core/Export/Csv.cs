using System.Text;

namespace Archive.Core.Export;

/// <summary>
/// The rules every CSV download follows (issue 19): UTF-8, RFC 4180 (cells with a comma, a quote or a line break
/// quoted, rows ending in CRLF), a list in one cell joined with <c>;</c> (a <c>;</c> or <c>\</c> inside an item written
/// <c>\;</c> or <c>\\</c>, so the cell splits back into its items), and a cell that a spreadsheet would run as a
/// formula (starting with =, +, -, @, tab or carriage return) prefixed with ' (OWASP "CSV injection").
/// </summary>
public static class Csv
{
    /// <summary>A writer of UTF-8 text on <paramref name="output"/>, which it leaves open; with the byte order mark when asked (Excel on Windows reads the file as UTF-8 then).</summary>
    public static StreamWriter Open(Stream output, bool byteOrderMark = false) => new(output, new UTF8Encoding(byteOrderMark), 1 << 16, leaveOpen: true);

    /// <summary>Writes one row: each value as a cell, then CRLF.</summary>
    public static void Row(TextWriter csv, params ReadOnlySpan<string> values)
    {
        ArgumentNullException.ThrowIfNull(csv);
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                csv.Write(',');
            }

            csv.Write(Cell(values[i]));
        }

        csv.Write("\r\n");
    }

    /// <summary>A list in one cell: its items joined with <c>;</c>, each <c>;</c> or <c>\</c> inside an item escaped with <c>\</c>.</summary>
    public static string List(IEnumerable<string> items) => string.Join(';', items.Select(Item));

    /// <summary>How a reader splits a list cell back into its items (the reverse of <see cref="List"/>): in the data package's descriptions.</summary>
    public const string ListRule = "joined with ';' (a ';' or '\\' inside one is written '\\;' or '\\\\')";

    // Letter ids and country codes never hold either: only a name can.
    private static string Item(string item) =>
        item.AsSpan().IndexOfAny(';', '\\') < 0 ? item : item.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal);

    /// <summary>One value as a cell: guarded against running as a formula, and quoted when it must be.</summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (RunsAsFormula(value))
        {
            value = "'" + value;
        }

        return MustBeQuoted(value) ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>
    /// Writes a list as one cell, exactly as <c>Cell(List(items))</c> gives it, without joining the items into one
    /// string first (<paramref name="items"/> is read twice): the 2.1 million pairs of <c>co-signatures.csv</c> at
    /// 10,000 generated letters list 7.8 million letters.
    /// </summary>
    public static void ListCell(TextWriter csv, IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(items);
        var quoted = items.Any(MustBeQuoted);
        if (quoted)
        {
            csv.Write('"');
        }

        var first = true;
        foreach (var item in items)
        {
            if (first && RunsAsFormula(item))
            {
                csv.Write('\'');
            }
            else if (!first)
            {
                csv.Write(';');
            }

            var text = Item(item);
            csv.Write(quoted ? text.Replace("\"", "\"\"", StringComparison.Ordinal) : text);
            first = false;
        }

        if (quoted)
        {
            csv.Write('"');
        }
    }

    private static bool RunsAsFormula(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static bool MustBeQuoted(string value) => value.AsSpan().IndexOfAny(",\"\r\n") >= 0;
}
