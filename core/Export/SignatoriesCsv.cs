using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Json;

namespace Archive.Core.Export;

/// <summary>
/// <c>signatories.csv</c>: every signature as a CSV row (<see cref="Csv"/>), a letter's organizations in printed order,
/// then its people: letter id, letter date, name as printed, organization id, the countries it stands for (printed,
/// else its organization's: what the <c>country</c> filter and the counts read), who signed (<c>organization</c> or
/// <c>person</c>), and the countries printed with it. A person has no organization id and no countries here (their
/// affiliations are in letters.jsonl), so a letter signed only by people is there too (issue 18). The site's
/// <c>/data/signatories.csv</c> and the API's export are these bytes (issue 19).
/// </summary>
public static class SignatoriesCsv
{
    /// <summary>The columns, as the header and the data package give them.</summary>
    public static DataTable Table { get; } = new(
        "signatories",
        "signatories.csv",
        "one signature: a letter and one organization or person that signed it",
        [
            new DataField("letterId", "string", "The letter's id (its address is /letters/{id}/; its line in letters.jsonl has this id).", Required: true),
            new DataField("date", "string", "The letter's date to its precision: YYYY-MM-DD, YYYY-MM or YYYY.", Required: true, Pattern: DatePattern),
            new DataField("name", "string", "The signer's name as the letter prints it.", Required: true),
            new DataField("organizationId", "string", "The organization that signed (a row of organizations.csv); empty for a person."),
            new DataField("countries", "string", "The ISO 3166-1 codes the signature stands for (printed with it, else its organization's), joined with ';'; each a row of countries.csv. Empty for a person.", Pattern: CountryListPattern),
            new DataField("signer", "string", "organization or person.", Required: true, Pattern: "organization|person"),
            new DataField("printedCountries", "string", "The ISO 3166-1 codes the letter printed with the signature, joined with ';'.", Pattern: CountryListPattern),
        ],
        [],
        [new DataForeignKey("organizationId", "organizations", "id")]);

    /// <summary>A letter's date to its precision.</summary>
    public const string DatePattern = @"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";

    /// <summary>ISO 3166-1 codes joined with ';'.</summary>
    public const string CountryListPattern = "[A-Z]{2}(;[A-Z]{2})*";

    /// <summary>
    /// Writes the rows one at a time, as UTF-8, with the byte order mark when <paramref name="byteOrderMark"/> (which
    /// tells Excel on Windows the file is UTF-8 rather than the system's code page).
    /// </summary>
    public static void Write(ArchiveContent archive, Stream output, bool byteOrderMark)
    {
        ArgumentNullException.ThrowIfNull(archive);
        using var csv = Csv.Open(output, byteOrderMark);
        Table.WriteHeader(csv);
        foreach (var letter in archive.Letters)
        {
            var date = LetterJson.DateOf(letter.Date).Date;
            foreach (var signatory in letter.Signatories)
            {
                Csv.Row(csv, letter.Id, date, signatory.Name, signatory.OrganizationId, Codes(archive.CountriesOf(signatory)), "organization", Codes(signatory.Countries));
            }

            foreach (var person in letter.People)
            {
                Csv.Row(csv, letter.Id, date, person.Name, "", "", "person", "");
            }
        }
    }

    internal static string Codes(IEnumerable<CountryCode> codes) => Csv.List(codes.Select(c => c.Value));
}
