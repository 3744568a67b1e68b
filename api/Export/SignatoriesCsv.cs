using System.Text;
using Archive.Core.Content;
using Archive.Core.Json;

namespace Archive.Api.Export;

/// <summary>
/// Every signature as a CSV row (RFC 4180): letter id, letter date, name as printed, organization id, and the
/// countries it stands for joined with ';'. A cell that a spreadsheet would run as a formula (starting with =, +,
/// -, @, tab or carriage return) is prefixed with ' (OWASP "CSV injection").
/// </summary>
internal static class SignatoriesCsv
{
    /// <summary>Writes the rows one at a time, as UTF-8 without a byte order mark.</summary>
    public static void Write(ArchiveContent archive, Stream output)
    {
        using var csv = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        Row(csv, "letterId", "date", "name", "organizationId", "countries");
        foreach (var letter in archive.Letters)
        {
            var date = LetterJson.DateOf(letter.Date).Date;
            foreach (var signatory in letter.Signatories)
            {
                Row(csv, letter.Id, date, signatory.Name, signatory.OrganizationId, string.Join(';', archive.CountriesOf(signatory).Select(c => c.Value)));
            }
        }
    }

    private static void Row(StreamWriter csv, params string[] cells)
    {
        csv.Write(string.Join(',', cells.Select(Cell)));
        csv.Write("\r\n");
    }

    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
