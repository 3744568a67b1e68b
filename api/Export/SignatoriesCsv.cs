using System.Text;
using Archive.Core.Content;
using Archive.Core.Json;

namespace Archive.Api.Export;

/// <summary>
/// Every signature as a CSV row (RFC 4180), a letter's organizations in printed order, then its people: letter id,
/// letter date, name as printed, organization id, the countries it stands for (printed, else its organization's: what
/// the <c>country</c> filter and the counts read) joined with ';', who signed (<c>organization</c> or <c>person</c>),
/// and the countries printed with it. A person has no organization id and no countries here (their affiliations are
/// in letters.jsonl), so a letter signed only by people is there too (issue 18). A cell that a spreadsheet would run as
/// a formula (starting with =, +, -, @, tab or carriage return) is prefixed with ' (OWASP "CSV injection").
/// </summary>
internal static class SignatoriesCsv
{
    public const string Header = "letterId,date,name,organizationId,countries,signer,printedCountries";

    /// <summary>
    /// Writes the rows one at a time, as UTF-8, with the byte order mark when <paramref name="byteOrderMark"/> (which
    /// tells Excel on Windows the file is UTF-8 rather than the system's code page).
    /// </summary>
    public static void Write(ArchiveContent archive, Stream output, bool byteOrderMark)
    {
        using var csv = new StreamWriter(output, new UTF8Encoding(byteOrderMark), leaveOpen: true);
        csv.Write(Header);
        csv.Write("\r\n");
        foreach (var letter in archive.Letters)
        {
            var date = LetterJson.DateOf(letter.Date).Date;
            foreach (var signatory in letter.Signatories)
            {
                Row(csv, letter.Id, date, signatory.Name, signatory.OrganizationId, Codes(archive.CountriesOf(signatory)), "organization", Codes(signatory.Countries));
            }

            foreach (var person in letter.People)
            {
                Row(csv, letter.Id, date, person.Name, "", "", "person", "");
            }
        }
    }

    private static string Codes(IEnumerable<Core.Countries.CountryCode> codes) => string.Join(';', codes.Select(c => c.Value));

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
