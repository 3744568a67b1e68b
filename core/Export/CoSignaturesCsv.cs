using System.Globalization;
using Archive.Core.Content;

namespace Archive.Core.Export;

/// <summary>
/// <c>co-signatures.csv</c>: one row per pair of organizations that signed a letter together (issue 19), in the order
/// of <see cref="CoSignaturePairs"/>: both ids (the first before the second A–Z), how many letters they both signed,
/// and those letters' ids, oldest first. The network file's edges are these pairs, weighted by these counts. The site's
/// <c>/data/co-signatures.csv</c> and the API's export are these bytes.
/// </summary>
public static class CoSignaturesCsv
{
    /// <summary>The columns, as the header and the data package give them.</summary>
    public static DataTable Table { get; } = new(
        "co-signatures",
        "co-signatures.csv",
        "one pair of organizations that signed at least one letter together",
        [
            new DataField("organizationId", "string", "One organization of the pair (a row of organizations.csv): of the two, the one that comes first in organizations.csv.", Required: true),
            new DataField("coSignerId", "string", "The other organization of the pair (a row of organizations.csv).", Required: true),
            new DataField("letters", "integer", "How many letters both signed.", Required: true),
            new DataField("letterIds", "string", "The ids of those letters, oldest first, joined with ';'.", Required: true),
        ],
        ["organizationId", "coSignerId"],
        [new DataForeignKey("organizationId", "organizations", "id"), new DataForeignKey("coSignerId", "organizations", "id")]);

    /// <summary>Writes the rows of the archive's pairs, worked out here.</summary>
    public static void Write(ArchiveContent archive, Stream output)
    {
        ArgumentNullException.ThrowIfNull(archive);
        Write(archive.CoSignaturePairs(), output);
    }

    /// <summary>Writes a row for each pair, as UTF-8: the pairs are worked out once for this file and the network both.</summary>
    public static void Write(CoSignaturePairs pairs, Stream output)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        using var csv = Csv.Open(output);
        Table.WriteHeader(csv);
        foreach (var pair in pairs)
        {
            csv.Write(Csv.Cell(pair.First.Id));
            csv.Write(',');
            csv.Write(Csv.Cell(pair.Second.Id));
            csv.Write(',');
            csv.Write(pair.Letters.Count.ToString(CultureInfo.InvariantCulture));
            csv.Write(',');
            Csv.ListCell(csv, pair.Letters.Select(l => l.Id));
            csv.Write("\r\n");
        }
    }
}
