using System.Globalization;
using Archive.Core.Addresses;
using Archive.Core.Content;

namespace Archive.Core.Export;

/// <summary>
/// <c>countries.csv</c>: every country of the archive (an organization there, or a signature that stands for it),
/// A–Z by name, one row each (issue 19): its ISO 3166-1 code, its name, how many organizations work from it, how many
/// letters were signed for it (as the <c>country</c> filter counts them), and its page. The site's
/// <c>/data/countries.csv</c> and the API's export are these bytes.
/// </summary>
public static class CountriesCsv
{
    /// <summary>The columns, as the header and the data package give them.</summary>
    public static DataTable Table { get; } = new(
        "countries",
        "countries.csv",
        "one country",
        [
            new DataField("code", "string", "Its ISO 3166-1 alpha-2 code (its page is /countries/{code in lower case}/).", Required: true, Pattern: "[A-Z]{2}"),
            new DataField("name", "string", "Its English short name.", Required: true),
            new DataField("organizations", "integer", "How many organizations work from it.", Required: true),
            new DataField("letters", "integer", "How many letters have a signature that stands for it.", Required: true),
            new DataField("url", "string", "Its page in the archive.", Required: true, Format: "uri"),
        ],
        ["code"],
        []);

    /// <summary>Writes the rows, A–Z by name, as UTF-8.</summary>
    public static void Write(ArchiveContent archive, Stream output)
    {
        ArgumentNullException.ThrowIfNull(archive);
        using var csv = Csv.Open(output);
        Table.WriteHeader(csv);
        foreach (var profile in archive.Countries)
        {
            Csv.Row(
                csv,
                profile.Country.Code.Value,
                profile.Country.Name,
                profile.Organizations.Count.ToString(CultureInfo.InvariantCulture),
                profile.Letters.Count.ToString(CultureInfo.InvariantCulture),
                archive.Urls.Absolute(SiteUrls.Country(profile.Country.Code)));
        }
    }
}
