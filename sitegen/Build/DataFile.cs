using Archive.Core.Export;

namespace Archive.SiteGen.Build;

/// <summary>
/// One file of <c>/data/</c> (issue 19): where it is, what it is for the <c>/data/</c> page and the data package, and
/// its size.
/// </summary>
/// <param name="Name">Its name in the data package: <c>organizations</c>.</param>
/// <param name="Address">Its site-relative address: <c>data/organizations.csv</c>.</param>
/// <param name="Title">What it holds, in a few words.</param>
/// <param name="Format">Its format as the data package names it: <c>csv</c>, <c>jsonl</c>, <c>xml</c>.</param>
/// <param name="MediaType">Its media type.</param>
/// <param name="Row">What one row (line, element) of it is.</param>
/// <param name="Written">Its size in bytes, and whether this build wrote it (not when the file there held the same bytes).</param>
/// <param name="Table">The columns of a CSV file, else null.</param>
/// <param name="Licence">A licence of its own that the format requires (CMIF's CC BY 4.0), else null for the archive's.</param>
internal sealed record DataFile(string Name, string Address, string Title, string Format, string MediaType, string Row, StreamedFile Written, DataTable? Table = null, DataFileLicence? Licence = null);

/// <summary>A licence in the data package: its Open Definition identifier when it has one, its title, its text's address.</summary>
internal sealed record DataFileLicence(string? Id, string Title, string? Url);
