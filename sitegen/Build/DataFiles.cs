using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Export;

namespace Archive.SiteGen.Build;

/// <summary>
/// The data step: every file of <c>/data/</c> (issue 19), written once per build, before the pages, since the
/// <c>/data/</c> page lists their sizes. The letters, signatures, organizations, countries and co-signatures come from
/// the writers the API's exports use (<c>Archive.Core.Export</c>), so the two serve the same bytes; the co-signature
/// pairs are worked out once, for the co-signatures CSV and the network both; the data package describing them all
/// comes last.
/// </summary>
internal static class DataFiles
{
    public static IReadOnlyList<DataFile> Write(ArchiveContent content)
    {
        var urls = content.Urls;
        var pairs = content.CoSignaturePairs();
        List<DataFile> files =
        [
            new("letters", SiteUrls.DataFile(LettersJsonLines.File), "Every letter", "jsonl", "application/x-ndjson",
                "one whole letter as a JSON object, newest first, as the API answers for it", Bytes(output => LettersJsonLines.Write(content, output))),
            Table(SignatoriesCsv.Table, "Every signature", output => SignatoriesCsv.Write(content, output, byteOrderMark: false)),
            Table(OrganizationsCsv.Table, "Every organization", output => OrganizationsCsv.Write(content, output)),
            Table(CountriesCsv.Table, "Every country", output => CountriesCsv.Write(content, output)),
            Table(CoSignaturesCsv.Table, "Who signed with whom", output => CoSignaturesCsv.Write(pairs, output)),
            new("cmif", SiteUrls.Cmif, "Every letter in CMIF, for correspSearch", "xml", "application/tei+xml",
                "one letter (a TEI correspDesc): its senders, addressees, date and address", CmifXml.Write(content, urls),
                Licence: new DataFileLicence("CC-BY-4.0", "Creative Commons Attribution 4.0 (CMIF requires it)", CmifXml.Licence)),
            new("network", SiteUrls.Network, "The co-signature network, for Gephi", "gexf", "application/gexf+xml",
                "a node for each organization and an edge for each pair in co-signatures.csv, weighted by their letters", NetworkGexf.Write(content, urls, pairs)),
        ];
        files.Add(new DataFile("datapackage", SiteUrls.DataPackage, "This list as a Frictionless Data Package", "json", "application/json",
            "a description of every file above: its columns, their types and keys, and the licence", DataPackageJson.Write(content, files)));
        return files;
    }

    private static DataFile Table(DataTable table, string title, Action<Stream> write) =>
        new(table.Name, SiteUrls.DataFile(table.File), title, "csv", "text/csv", table.Row, Bytes(write), table);

    private static byte[] Bytes(Action<Stream> write)
    {
        var bytes = new MemoryStream();
        write(bytes);
        return bytes.ToArray();
    }
}
