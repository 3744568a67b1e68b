using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Export;
using Archive.Core.Letters;

namespace Archive.SiteGen.Build;

/// <summary>
/// The data step: every file of <c>/data/</c> (issue 19), written once per build, before the pages, since the
/// <c>/data/</c> page lists their sizes; and each letter's JSON beside its page, the same bytes as its line of
/// <c>letters.jsonl</c>, written as that line is. The letters, signatures, organizations, countries and co-signatures come from
/// the writers the API's exports use (<c>Archive.Core.Export</c>), so the two serve the same bytes; the co-signature
/// pairs are worked out once, for the co-signatures CSV and the network both; the data package describing them all
/// comes last. Each file is streamed to its place in the output as it is made: at 10,000 generated letters they
/// come to a gigabyte, which memory never holds (only their sizes are kept, for the page and the data package).
/// </summary>
internal static class DataFiles
{
    public static IReadOnlyList<DataFile> Write(ArchiveContent content, SiteOutput output)
    {
        var urls = content.Urls;
        var pairs = content.CoSignaturePairs();
        List<DataFile> files =
        [
            new("letters", SiteUrls.DataFile(LettersJsonLines.File), "Every letter", "jsonl", "application/x-ndjson",
                "one whole letter as a JSON object, newest first, as the API answers for it", output.Write(SiteUrls.DataFile(LettersJsonLines.File), stream => LettersJsonLines.Write(content, stream, (letter, json) => output.Write(LetterJsonAddress(letter), json)))),
            Table(output, SignatoriesCsv.Table, "Every signature", stream => SignatoriesCsv.Write(content, stream, byteOrderMark: false)),
            Table(output, OrganizationsCsv.Table, "Every organization", stream => OrganizationsCsv.Write(content, stream)),
            Table(output, CountriesCsv.Table, "Every country", stream => CountriesCsv.Write(content, stream)),
            Table(output, CoSignaturesCsv.Table, "Who signed with whom", stream => CoSignaturesCsv.Write(pairs, stream)),
            new("cmif", SiteUrls.Cmif, "Every letter in CMIF, for correspSearch", "xml", "application/tei+xml",
                "one letter (a TEI correspDesc): its senders, addressees, date and address", output.Write(SiteUrls.Cmif, stream => CmifXml.Write(content, urls, stream)),
                Licence: new DataFileLicence("CC-BY-4.0", "Creative Commons Attribution 4.0 (CMIF requires it)", CmifXml.Licence)),
            new("network", SiteUrls.Network, "The co-signature network, for Gephi", "gexf", "application/gexf+xml",
                "a node for each organization and an edge for each pair in co-signatures.csv, weighted by their letters", output.Write(SiteUrls.Network, stream => NetworkGexf.Write(content, urls, pairs, stream))),
        ];
        files.Add(new DataFile("datapackage", SiteUrls.DataPackage, "This list as a Frictionless Data Package", "json", "application/json",
            "a description of every file above: its columns, their types and keys, and the licence", output.Write(SiteUrls.DataPackage, stream => DataPackageJson.Write(content, files, stream))));
        return files;
    }

    /// <summary>
    /// Where a letter's JSON is, beside its page (<see cref="SiteUrls.JsonBeside"/>). It is written here, with
    /// <c>letters.jsonl</c>, from the same bytes, rather than by the pages step as the organizations' and countries'
    /// are: each letter is serialized once per build for both files.
    /// </summary>
    public static string LetterJsonAddress(Letter letter) => SiteUrls.JsonBeside(SiteUrls.Letter(letter.Id));

    private static DataFile Table(SiteOutput output, DataTable table, string title, Action<Stream> write) =>
        new(table.Name, SiteUrls.DataFile(table.File), title, "csv", "text/csv", table.Row, output.Write(SiteUrls.DataFile(table.File), write), table);
}
