namespace Archive.Api.Hosting;

/// <summary><c>Archive:Export</c>: where the export files are written (<see cref="Export.ExportFiles"/>).</summary>
internal sealed class ExportSettings
{
    /// <summary>Empty: <c>archive-api-exports</c> in the system's temporary folder.</summary>
    public string Folder { get; init; } = "";

    public string FolderPath => Folder.Length > 0 ? Path.GetFullPath(Folder) : Path.Combine(Path.GetTempPath(), "archive-api-exports");
}
