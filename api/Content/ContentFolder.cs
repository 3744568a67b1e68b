namespace Archive.Api.Content;

/// <summary>Where the content folder is: the configured path, else the repository's <c>content/</c>.</summary>
internal static class ContentFolder
{
    /// <summary>
    /// A configured path is taken relative to the current directory. Without one, <c>./content</c> is used when it
    /// exists (running from the repository root), else the <c>content/</c> beside <c>Archive.sln</c> found by walking
    /// up from the app's own folder (running from <c>bin/</c> or a test).
    /// </summary>
    public static string Resolve(string configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var besideCurrent = Path.GetFullPath("content");
        if (Directory.Exists(besideCurrent))
        {
            return besideCurrent;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Archive.sln")))
            {
                return Path.Combine(directory.FullName, "content");
            }
        }

        return besideCurrent;
    }
}
