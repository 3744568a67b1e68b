namespace Archive.Testing;

/// <summary>Where the repository's own files are, found from the test binaries upwards.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The archive's live content, which editors change: for tests of the repository's own content.</summary>
    public static string Content => Path.Combine(Root, "content");

    /// <summary>
    /// A frozen copy of <see cref="Content"/> owned by the API tests, so an edit to the archive cannot break them
    /// (issue 15); see its README.md.
    /// </summary>
    public static string ApiFixtureContent => Path.Combine(Root, "tests", "fixtures", "api-content");

    /// <summary>
    /// Letters written for the search tests (issue 18): each has the words one kind of query must find, or must
    /// miss; see <see cref="SearchQueryTable"/> and the folder's README.md.
    /// </summary>
    public static string SearchFixtureContent => Path.Combine(Root, "tests", "fixtures", "search-content");

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
