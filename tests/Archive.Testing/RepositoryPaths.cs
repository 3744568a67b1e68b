namespace Archive.Testing;

/// <summary>Where the repository's own files are, found from the test binaries upwards.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Archive.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Archive.sln not found above " + AppContext.BaseDirectory);
    }
}
