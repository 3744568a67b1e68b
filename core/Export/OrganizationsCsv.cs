using System.Globalization;
using Archive.Core.Addresses;
using Archive.Core.Content;

namespace Archive.Core.Export;

/// <summary>
/// <c>organizations.csv</c>: every organization, A–Z, one row each (issue 19): its id, canonical name, acronym, the
/// other names letters print for it, its countries, its website, how many letters it signed and published, and its
/// page. The site's <c>/data/organizations.csv</c> and the API's export are these bytes.
/// </summary>
public static class OrganizationsCsv
{
    /// <summary>The columns, as the header and the data package give them.</summary>
    public static DataTable Table { get; } = new(
        "organizations",
        "organizations.csv",
        "one organization",
        [
            new DataField("id", "string", "Its stable id (its page is /organizations/{id}/).", Required: true),
            new DataField("name", "string", "Its canonical name.", Required: true),
            new DataField("acronym", "string", "The acronym it goes by, if any."),
            new DataField("aliases", "string", "Every other name letters print for it, " + Csv.ListRule + "."),
            new DataField("countries", "string", "The ISO 3166-1 codes of the countries it works from, joined with ';'; each a row of countries.csv.", Pattern: SignatoriesCsv.CountryListPattern),
            new DataField("website", "string", "Its website, if known.", Format: "uri"),
            new DataField("lettersSigned", "integer", "How many letters it signed.", Required: true),
            new DataField("lettersPublished", "integer", "How many letters it published.", Required: true),
            new DataField("url", "string", "Its page in the archive.", Required: true, Format: "uri"),
        ],
        ["id"],
        []);

    /// <summary>Writes the rows, A–Z by name, as UTF-8.</summary>
    public static void Write(ArchiveContent archive, Stream output)
    {
        ArgumentNullException.ThrowIfNull(archive);
        using var csv = Csv.Open(output);
        Table.WriteHeader(csv);
        foreach (var organization in archive.Organizations)
        {
            Csv.Row(
                csv,
                organization.Id,
                organization.Name,
                organization.Acronym ?? "",
                Csv.List(organization.Aliases),
                SignatoriesCsv.Codes(organization.Countries),
                organization.Website?.AbsoluteUri ?? "",
                archive.LettersSignedBy(organization.Id).Count.ToString(CultureInfo.InvariantCulture),
                archive.LettersPublishedBy(organization.Id).Count.ToString(CultureInfo.InvariantCulture),
                archive.Urls.Absolute(SiteUrls.Organization(organization.Id)));
        }
    }
}
