using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// The slow tests: real builds with Pagefind (installed from the repository's package.json on first use), which must
/// index exactly the letters, with their titles, dates and filters, from the letters' records (issue 21), and keep the
/// index when the records did not change.
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

        var (indexedAgain, log) = BuiltSite.Build(content.Root, site.Output, search: true, reuseSearch: false);

        Assert.True(indexedAgain == 0, log);
        Assert.Contains("3 letters indexed for search", log, StringComparison.Ordinal);
        Assert.DoesNotContain("search index kept", log, StringComparison.Ordinal);
        Assert.False(File.Exists(stale));
        Assert.True(site.Exists("pagefind/pagefind.js"));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(site.Parent), e => Path.GetFileName(e).StartsWith(".site-search", StringComparison.Ordinal));

        // Two builds without search: the second writes into the site the first replaced, which had an index.
        Assert.Equal(0, BuiltSite.Build(content.Root, site.Output).ExitCode);
        var (exitCode, withoutSearch) = BuiltSite.Build(content.Root, site.Output);
        Assert.True(exitCode == 0, withoutSearch);
        Assert.Matches(@"updated from an earlier build: 0 files rewritten, [1-9]\d* removed", withoutSearch);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "pagefind")));
    }

    [Fact]
    public void A_template_edit_keeps_the_index_without_running_Pagefind_and_the_kept_index_is_byte_equal_to_a_fresh_one()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content, search: true);
        Assert.True(site.ExitCode == 0, site.Log);
        using var templates = new TemplatesCopy();
        templates.Write("letter.scriban", templates.Read("letter.scriban").Replace("<p class=\"kicker\">Open letter</p>", "<p class=\"kicker\">An open letter</p>", StringComparison.Ordinal));
        templates.Write("assets/site.css", templates.Read("assets/site.css") + "\n.kicker { letter-spacing: 0.1em; }\n");

        var (exitCode, log) = BuiltSite.Build(content.Root, site.Output, search: true, templates: templates.Root);

        Assert.True(exitCode == 0, log);
        Assert.Contains("An open letter", site.Read("letters/2009-07-20-first/index.html"), StringComparison.Ordinal);
        Assert.Contains("build: search index kept, Pagefind not run: the 3 letters it holds are indexed as they were", log, StringComparison.Ordinal);
        Assert.Contains("3 letters indexed for search", log, StringComparison.Ordinal);
        var fresh = Path.Combine(site.Parent, "fresh", "_site");
        var (freshExitCode, freshLog) = BuiltSite.Build(content.Root, fresh, search: true, reuseSearch: false, templates: templates.Root);
        Assert.True(freshExitCode == 0, freshLog);
        Assert.DoesNotContain("search index kept", freshLog, StringComparison.Ordinal);
        Assert.Equal(IndexFiles(fresh), IndexFiles(site.Output));
    }

    [Fact]
    public void A_changed_word_in_a_letter_indexes_the_letters_again()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content, search: true);
        Assert.True(site.ExitCode == 0, site.Log);
        var letter = Path.Combine(content.Root, "letters", "2012-03-ngo-letter.md");
        File.WriteAllText(letter, File.ReadAllText(letter).Replace("On climate and conflict.", "On climate and drought.", StringComparison.Ordinal));

        var (exitCode, log) = BuiltSite.Build(content.Root, site.Output, search: true);

        Assert.True(exitCode == 0, log);
        Assert.DoesNotContain("search index kept", log, StringComparison.Ordinal);
        var fragments = Directory.GetFiles(Path.Combine(site.Output, "pagefind", "fragment")).Select(ReadFragment).ToList();
        Assert.Contains(fragments, f => f.Contains("drought", StringComparison.Ordinal));
        Assert.DoesNotContain(fragments, f => f.Contains("conflict", StringComparison.Ordinal));
    }

    [Fact]
    public void A_site_of_more_letters_than_a_bundle_holds_is_indexed_in_bundles_of_dates_oldest_first_each_letter_in_one()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);
        var output = Path.Combine(site.Parent, "bundled", "_site");

        var (exitCode, log) = BuiltSite.Build(content.Root, output, search: true, searchBundleLetters: 2);

        Assert.True(exitCode == 0, log);
        Assert.Contains("3 letters indexed for search", log, StringComparison.Ordinal);
        using var listed = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "pagefind", "bundles.json")));
        var bundles = listed.RootElement.GetProperty("bundles").EnumerateArray()
            .Select(b => (Path: b.GetProperty("path").GetString()!, From: b.GetProperty("from").GetString()!, To: b.GetProperty("to").GetString()!, Letters: b.GetProperty("letters").GetInt32()))
            .ToList();
        Assert.Equal(["", "part-1/"], bundles.Select(b => b.Path));
        Assert.Equal([2, 1], bundles.Select(b => b.Letters));
        Assert.True(string.CompareOrdinal(bundles[0].To, bundles[1].From) < 0, $"{bundles[0].To} is not before {bundles[1].From}");
        var urls = new List<string>();
        foreach (var bundle in bundles)
        {
            var folder = Path.Combine(output, "pagefind", bundle.Path);
            Assert.True(File.Exists(Path.Combine(folder, "pagefind.js")), folder);
            var fragments = Directory.GetFiles(Path.Combine(folder, "fragment")).Select(ReadFragment).ToList();
            Assert.Equal(bundle.Letters, fragments.Count);
            foreach (var fragment in fragments)
            {
                using var json = JsonDocument.Parse(fragment);
                var date = json.RootElement.GetProperty("meta").GetProperty("date").GetString()!;
                Assert.InRange(string.CompareOrdinal(date, bundle.From), 0, int.MaxValue);
                Assert.InRange(string.CompareOrdinal(date, bundle.To), int.MinValue, 0);
                urls.Add(json.RootElement.GetProperty("url").GetString()!);
            }
        }

        Assert.Equal(3, urls.Distinct().Count());

        // The bundle size is part of what the kept index was made from.
        var (again, keptLog) = BuiltSite.Build(content.Root, output, search: true, searchBundleLetters: 2);
        Assert.True(again == 0, keptLog);
        Assert.Contains("search index kept", keptLog, StringComparison.Ordinal);
        var (whole, wholeLog) = BuiltSite.Build(content.Root, output, search: true);
        Assert.True(whole == 0, wholeLog);
        Assert.DoesNotContain("search index kept", wholeLog, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output, "pagefind", "part-1")));
    }

    // Every file of a site's index with its bytes, by path.
    private static List<(string Path, string Bytes)> IndexFiles(string site)
    {
        var index = Path.Combine(site, "pagefind");
        return [.. Directory.EnumerateFiles(index, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(index, f).Replace('\\', '/'), Convert.ToBase64String(File.ReadAllBytes(f))))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)];
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
