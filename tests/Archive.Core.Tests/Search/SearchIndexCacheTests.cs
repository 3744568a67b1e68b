using Archive.Core.Content;
using Archive.Core.Search;
using Archive.Testing;

namespace Archive.Core.Tests.Search;

/// <summary>
/// The API keeps its search index on disk between runs, one per version of the content: a restart on the same
/// content reads it instead of indexing again, and anything else (edited content, a damaged index) indexes again.
/// </summary>
public sealed class SearchIndexCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "archive-index-cache-test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_same_content_is_indexed_once_and_then_read_with_the_same_answers()
    {
        using var content = Letters();
        var archive = Load(content);
        var cache = new SearchIndexCache(_folder);

        var (first, firstReused) = cache.Open(archive, content.Root);
        var again = Load(content);
        var (second, secondReused) = cache.Open(again, content.Root);

        Assert.False(firstReused);
        Assert.True(secondReused);
        Assert.Equal(Search(first, "pillar"), Search(second, "pillar"));
        Assert.Equal(["b"], Search(second, "pillar"));
        Assert.Equal(["a", "b"], Search(second, ""));
        Assert.True(second.TryParse("pillar", out var query, out _));
        Assert.Contains(second.SnippetsOf(query, again.FindLetter("b")!), s => s.Html.Contains("pillar", StringComparison.Ordinal) && s.Field == "body");
        first.Dispose();
        second.Dispose();
    }

    [Fact]
    public void An_edited_letter_is_a_new_version_and_is_indexed_again()
    {
        using var content = Letters();
        var cache = new SearchIndexCache(_folder);
        cache.Open(Load(content), content.Root).Index.Dispose();
        var before = SearchIndexCache.VersionOf(content.Root);

        content.Letter("a", "title: A\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Org", "Now about the third pillar too.\n");
        var (index, reused) = cache.Open(Load(content), content.Root);

        Assert.NotEqual(before, SearchIndexCache.VersionOf(content.Root));
        Assert.False(reused);
        Assert.Equal(["a", "b"], Search(index, "pillar"));
        index.Dispose();
    }

    [Fact]
    public void A_damaged_index_is_indexed_again_instead_of_failing()
    {
        using var content = Letters();
        var cache = new SearchIndexCache(_folder);
        cache.Open(Load(content), content.Root).Index.Dispose();
        var version = Path.Combine(_folder, SearchIndexCache.VersionOf(content.Root));
        foreach (var file in Directory.GetFiles(version))
        {
            File.WriteAllText(file, "not an index");
        }

        var (index, reused) = cache.Open(Load(content), content.Root);

        Assert.False(reused);
        Assert.Equal(["b"], Search(index, "pillar"));
        index.Dispose();
    }

    [Fact]
    public void An_index_of_other_letters_is_never_used_for_this_archive()
    {
        using var content = Letters();
        using var other = new TemporaryContent()
            .Organization("org", "name: Org")
            .Letter("c", "title: C\ndate: 2003\nsource: https://example.org/\nsignatories:\n  - name: Org");
        var cache = new SearchIndexCache(_folder);
        cache.Open(Load(other), other.Root).Index.Dispose();
        // As if the other content's index had been left under this content's version.
        Directory.Move(Path.Combine(_folder, SearchIndexCache.VersionOf(other.Root)), Path.Combine(_folder, SearchIndexCache.VersionOf(content.Root)));

        var (index, reused) = cache.Open(Load(content), content.Root);

        Assert.False(reused);
        Assert.Equal(["a", "b"], Search(index, ""));
        index.Dispose();
    }

    [Fact]
    public void Only_the_newest_versions_are_kept()
    {
        using var content = Letters();
        var cache = new SearchIndexCache(_folder);
        for (var edit = 0; edit < 5; edit++)
        {
            content.Letter("a", $"title: A {edit}\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Org");
            cache.Open(Load(content), content.Root).Index.Dispose();
        }

        Assert.Equal(3, Directory.GetDirectories(_folder).Length);
        Assert.Contains(Path.Combine(_folder, SearchIndexCache.VersionOf(content.Root)), Directory.GetDirectories(_folder));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static TemporaryContent Letters() => new TemporaryContent()
        .Organization("org", "name: Org")
        .Letter("a", "title: A\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Org")
        .Letter("b", "title: B\ndate: 2002\nsource: https://example.org/\nsignatories:\n  - name: Org", "On the third pillar.\n");

    private static ArchiveContent Load(TemporaryContent content) => LoadContent.FromFolder(content.Root).Content!;

    private static List<string> Search(SearchIndex index, string text)
    {
        Assert.True(index.TryParse(text, out var query, out var problem), problem);
        return [.. index.Search(query, LetterFilter.None).Select(h => h.Letter.Id).Order(StringComparer.Ordinal)];
    }
}
