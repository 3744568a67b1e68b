using System.Text;

namespace Archive.Core.Export;

/// <summary>
/// The rules every CSV download follows (issue 19): UTF-8, RFC 4180 (cells with a comma, a quote or a line break
/// quoted, rows ending in CRLF), a list in one cell joined with <c>;</c>, and a cell that a spreadsheet would run as a
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

    /// <summary>A list in one cell: its items joined with <c>;</c>.</summary>
    public static string List(IEnumerable<string> items) => string.Join(';', items);

    /// <summary>One value as a cell: guarded against running as a formula, and quoted when it must be.</summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
