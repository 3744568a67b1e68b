namespace Archive.Core.Export;

/// <summary>
/// A CSV download described once, for its header, the data package's Table Schema and the <c>/data/</c> page alike
/// (issue 19): its name in the data package, its file, what one row is, its columns in order, its primary key and
/// its foreign keys.
/// </summary>
/// <param name="Name">Its name in the data package: <c>organizations</c>.</param>
/// <param name="File">Its file name: <c>organizations.csv</c>.</param>
/// <param name="Row">What one row is, in words.</param>
/// <param name="Fields">Its columns, in order.</param>
/// <param name="PrimaryKey">The columns that together name one row, or none when no columns do.</param>
/// <param name="ForeignKeys">The columns that name rows of other tables.</param>
public sealed record DataTable(string Name, string File, string Row, IReadOnlyList<DataField> Fields, IReadOnlyList<string> PrimaryKey, IReadOnlyList<DataForeignKey> ForeignKeys)
{
    /// <summary>The header row's cells joined with commas.</summary>
    public string Header => string.Join(',', Fields.Select(f => f.Name));

    /// <summary>Writes the header row.</summary>
    public void WriteHeader(TextWriter csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        csv.Write(Header);
        csv.Write("\r\n");
    }
}
