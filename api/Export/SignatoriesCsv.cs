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
    public static string Write(ArchiveContent archive)
    {
        var csv = new StringBuilder();
        Row(csv, "letterId", "date", "name", "organizationId", "countries");
        foreach (var letter in archive.Letters)
        {
            var date = LetterJson.DateOf(letter.Date).Date;
            foreach (var signatory in letter.Signatories)
            {
                Row(csv, letter.Id, date, signatory.Name, signatory.OrganizationId, string.Join(';', archive.CountriesOf(signatory).Select(c => c.Value)));
            }
        }

        return csv.ToString();
    }

    private static void Row(StringBuilder csv, params string[] cells)
    {
        csv.AppendJoin(',', cells.Select(Cell));
        csv.Append("\r\n");
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
