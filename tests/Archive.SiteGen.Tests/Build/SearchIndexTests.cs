using System.IO.Compression;
using System.Text;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// The one slow test: a real build with Pagefind (installed from the repository's package.json on first use),
/// which must index exactly the letters, with their titles, dates and filters.
/// </summary>
public class SearchIndexTests
{
    [Fact]
    public void A_build_with_search_indexes_every_letter_with_its_filters()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content, search: true);

        Assert.True(site.ExitCode == 0, site.Log);
        Assert.Contains("3 letters indexed for search", site.Log, StringComparison.Ordinal);
        Assert.True(site.Exists("pagefind/pagefind.js"));
        Assert.True(site.Resolves(ReadPagefindAddress(site)));
        var fragments = Directory.GetFiles(Path.Combine(site.Output, "pagefind", "fragment")).Select(ReadFragment).ToList();
        Assert.Equal(3, fragments.Count);
        var first = Assert.Single(fragments, f => f.Contains("\"url\":\"/letters/2009-07-20-first/\"", StringComparison.Ordinal));
        Assert.Contains("\"title\":\"A Letter on the Responsibility to Protect\"", first, StringComparison.Ordinal);
        Assert.Contains("\"date\":\"2009-07-20\"", first, StringComparison.Ordinal);
        Assert.Contains("\"when\":\"20 July 2009\"", first, StringComparison.Ordinal);
        Assert.Contains("\"organization\":[\"Gay & Lesbian Network\",\"Human Rights Watch\",\"Forum pour le Renforcement de la Société Civile\"]", first, StringComparison.Ordinal);
        Assert.Contains("\"year\":[\"2009\"]", first, StringComparison.Ordinal);
        Assert.Contains("responsibility to protect", first, StringComparison.Ordinal);
        // The citation and source block are beside the letter, not in the indexed text.
        Assert.DoesNotContain("@misc", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexing_again_replaces_the_index_whole_and_a_build_without_search_removes_it()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content, search: true);
        Assert.True(site.ExitCode == 0, site.Log);
        // Pagefind only ever adds files: a fragment of a letter that has since changed would stay for good.
        var stale = Path.Combine(site.Output, "pagefind", "fragment", "en_stale.pf_fragment");
        File.WriteAllText(stale, "stale");

        var indexed = Archive.SiteGen.Build.IndexSearch.Run(site.Output, content.Root, TextWriter.Null);

        Assert.Equal(3, indexed);
        Assert.False(File.Exists(stale));
        Assert.True(site.Exists("pagefind/pagefind.js"));
        Assert.Equal(["_site"], Directory.GetFileSystemEntries(site.Parent).Select(Path.GetFileName));

        // Two builds without search: the second writes into the site the first replaced, which had an index.
        Assert.Equal(0, BuiltSite.Build(content.Root, site.Output).ExitCode);
        var (exitCode, log) = BuiltSite.Build(content.Root, site.Output);
        Assert.True(exitCode == 0, log);
        Assert.Matches(@"updated from an earlier build: 0 files rewritten, [1-9]\d* removed", log);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "pagefind")));
    }

    private static string ReadPagefindAddress(BuiltSite site)
    {
        var search = site.Read("search/index.html");
        const string attribute = "data-pagefind=\"";
        var start = search.IndexOf(attribute, StringComparison.Ordinal) + attribute.Length;
        return search[start..search.IndexOf('"', start)];
    }

    // A Pagefind fragment is gzip'd JSON after a short signature.
    private static string ReadFragment(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var text = reader.ReadToEnd();
        return text[text.IndexOf('{', StringComparison.Ordinal)..];
    }
}
