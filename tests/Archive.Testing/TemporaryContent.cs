namespace Archive.Testing;

/// <summary>
/// A content folder in a temporary directory, written from text visible in the test, deleted on dispose.
/// Starts with a valid <c>site.yml</c> and empty <c>letters/</c> and <c>organizations/</c> folders.
/// </summary>
public sealed class TemporaryContent : IDisposable
{
    public const string DefaultSite = """
        title: Test Archive
        description: Letters for a test.
        base_url: https://archive.example.org/
        """;

    public TemporaryContent(string site = DefaultSite)
    {
        Root = Path.Combine(Path.GetTempPath(), "archive-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "letters"));
        Directory.CreateDirectory(Path.Combine(Root, "organizations"));
        Directory.CreateDirectory(Path.Combine(Root, "sources"));
        if (site.Length > 0)
        {
            Write("site.yml", site);
        }
    }

    public string Root { get; }

    /// <summary>Writes a file (path relative to the content folder) and returns this, so fixtures read as a list.</summary>
    public TemporaryContent Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return this;
    }

    public TemporaryContent WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>Deletes a file (path relative to the content folder) and returns this.</summary>
    public TemporaryContent Delete(string relativePath)
    {
        File.Delete(Path.Combine(Root, relativePath));
        return this;
    }

    /// <summary>Writes <c>organizations/{id}.yml</c>.</summary>
    public TemporaryContent Organization(string id, string yaml) => Write($"organizations/{id}.yml", yaml);

    /// <summary>Writes <c>letters/{id}.md</c> from its front matter and body.</summary>
    public TemporaryContent Letter(string id, string frontMatter, string body = "Dear Excellency,\n\nThe text of the letter.\n") =>
        Write($"letters/{id}.md", $"---\n{frontMatter.TrimEnd()}\n---\n\n{body}");

    /// <summary>Sets a file's modification time (path relative to the content folder) and returns this.</summary>
    public TemporaryContent Touch(string relativePath, DateTime utc)
    {
        File.SetLastWriteTimeUtc(Path.Combine(Root, relativePath), utc);
        return this;
    }

    /// <summary>
    /// Commits everything in the content folder to a git repository there (made by the first commit), with
    /// <paramref name="date"/> (<c>2024-05-01T10:00:00Z</c>) as its author and committer date: content with a history
    /// the test controls. Whoever runs the test, their git configuration plays no part (no signing, no hooks).
    /// </summary>
    public TemporaryContent Commit(string date, string message = "Content")
    {
        if (!Directory.Exists(Path.Combine(Root, ".git")))
        {
            Git(date, "init", "-q");
        }

        Git(date, "add", "-A");
        Git(date, "commit", "-q", "--allow-empty", "-m", message);
        return this;
    }

    /// <summary>Runs git in the content folder with the given author and committer date; fails the test when git does.</summary>
    public string Git(string date, params string[] arguments)
    {
        var environment = new Dictionary<string, string>
        {
            ["GIT_AUTHOR_DATE"] = date,
            ["GIT_COMMITTER_DATE"] = date,
            ["GIT_AUTHOR_NAME"] = "Test",
            ["GIT_AUTHOR_EMAIL"] = "test@example.org",
            ["GIT_COMMITTER_NAME"] = "Test",
            ["GIT_COMMITTER_EMAIL"] = "test@example.org",
        };
        string[] settings = ["-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null", "-c", "init.defaultBranch=main"];
        var (exitCode, stdout, stderr) = ExternalProgram.Run("git", [.. settings, .. arguments], environment, Root);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed with {exitCode}: {stderr}");
        }

        return stdout;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
