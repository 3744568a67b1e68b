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
