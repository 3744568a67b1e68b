using System.Globalization;
using Archive.Core.Addresses;
using Archive.Core.Text;

namespace Archive.SiteGen.Build.Pages;

/// <summary>
/// The downloads page, <c>/data/</c> (issue 19): every data file with its size, format and what a row of it is, the
/// columns of each CSV file, and the licence. Every change to the content changes the files, so it is redone with any.
/// </summary>
internal sealed class DataKind() : PageKind<DataPage>("data")
{
    public override IEnumerable<PagePlan> Plan(SiteData site) => [new(SiteUrls.Data, () => Data(site))];

    public override IEnumerable<string> Affected(ContentChange change) => change.Any ? [SiteUrls.Data] : [];

    private SitePage Data(SiteData site)
    {
        var urls = site.Urls;
        var licence = site.Content.Site.Licence;
        var files = site.Data.Select(f => new DataFileEntry(
            f.Title,
            Path.GetFileName(f.Address),
            urls.Link(f.Address),
            Size(f.Written.Size),
            f.Row,
            f.Table is { } table ? [.. table.Fields.Select(c => new DataColumn(c.Name, c.Description))] : [])).ToList();
        return Page(
            SiteUrls.Data,
            site.Head(SiteUrls.Data, "Data", $"Every letter, signature, organization and country of {site.Content.Site.Title} as files to download, with a Frictionless data package describing them.", "data"),
            new DataPage(files, urls.Link(SiteUrls.DataPackage), licence?.Name, licence?.Url?.AbsoluteUri));
    }

    /// <summary>A file's size as readers read it: "812 bytes", "4.2 kB", "55.1 MB" (powers of 1,000).</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1_000 => $"{ReadableNumber.Of(bytes)} bytes",
        < 1_000_000 => (bytes / 1e3).ToString("0.#", CultureInfo.InvariantCulture) + " kB",
        < 1_000_000_000 => (bytes / 1e6).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        _ => (bytes / 1e9).ToString("#,0.#", CultureInfo.InvariantCulture) + " GB",
    };
}

/// <summary>The data of <c>/data/</c>: every file, the data package's address, and the licence <c>site.yml</c> names (null when none).</summary>
internal sealed record DataPage(IReadOnlyList<DataFileEntry> Files, string DataPackage, string? Licence, string? LicenceUrl);

/// <summary>A file of <c>/data/</c> as the page lists it.</summary>
internal sealed record DataFileEntry(string Title, string FileName, string Url, string Size, string Row, IReadOnlyList<DataColumn> Columns);

/// <summary>A column of a CSV file, and what it holds.</summary>
internal sealed record DataColumn(string Name, string Description);
