using System.Security.Cryptography;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// A build over an existing site. The site that publishing replaces is kept beside the output
/// (<c>.site-prev-_site</c>), and the next build writes into it, rewriting only the files whose bytes differ and
/// removing the ones it no longer has. Whatever that folder holds, the published site must be exactly what a build
/// from nothing gives.
/// </summary>
public class PreviousSiteTests
{
    [Fact]
    public void The_replaced_site_is_kept_and_the_next_build_over_it_rewrites_nothing_when_nothing_changed()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var second = Build(content, site);
        Assert.DoesNotContain("updated from an earlier build", second, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Previous(site), "index.html")));

        var third = Build(content, site);
        Assert.Contains("(updated from an earlier build: 0 files rewritten, 0 removed)", third, StringComparison.Ordinal);
        Assert.Equal(FromNothing(content), Files(site.Output));
        Assert.Equal([".site-prev-_site", "_site"], Directory.GetFileSystemEntries(site.Parent).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_changed_letter_is_rewritten_and_a_removed_one_loses_its_page_its_JSON_and_its_folder()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);
        Build(content, site);
        content.Write("letters/2009-07-20-first.md", File.ReadAllText(Path.Combine(content.Root, "letters", "2009-07-20-first.md"))
            .Replace("title: A Letter on the Responsibility to Protect", "title: A Letter Retitled", StringComparison.Ordinal));
        content.Delete("letters/2012-03-ngo-letter.md");

        var log = Build(content, site);

        // Its page and the JSON beside it.
        Assert.Matches(@"\(updated from an earlier build: [1-9]\d* files rewritten, 2 removed\)", log);
        Assert.Contains("A Letter Retitled", site.Read("letters/2009-07-20-first/index.html"), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "letters", "2012-03-ngo-letter")));
        Assert.Equal(FromNothing(content), Files(site.Output));
    }

    [Fact]
    public void Whatever_the_kept_site_holds_the_published_site_is_exactly_a_build_from_nothing()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);
        Build(content, site);
        var previous = Previous(site);
        // A page edited by hand, one cut short, a stray file, a stray folder, and a page deleted.
        File.WriteAllText(Path.Combine(previous, "index.html"), "edited by hand");
        File.WriteAllBytes(Path.Combine(previous, "letters", "2008-undated", "index.html"), [.. File.ReadAllBytes(Path.Combine(previous, "letters", "2008-undated", "index.html")).Take(100)]);
        File.WriteAllText(Path.Combine(previous, "notes.txt"), "not part of the site");
        Directory.CreateDirectory(Path.Combine(previous, "old", "deeper"));
        File.WriteAllText(Path.Combine(previous, "old", "deeper", "page.html"), "gone");
        File.Delete(Path.Combine(previous, "countries", "index.html"));

        var log = Build(content, site);

        Assert.Contains("(updated from an earlier build: 3 files rewritten, 2 removed)", log, StringComparison.Ordinal);
        Assert.Equal(FromNothing(content), Files(site.Output));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "old")));
    }

    [Fact]
    public void A_data_file_streamed_over_the_kept_one_is_rewritten_where_it_differs_cut_to_its_length_and_left_alone_when_the_same()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);
        Build(content, site);
        var data = Path.Combine(Previous(site), "data");
        // One cut short, one with a byte changed in the middle, one with bytes after its end; the others as they were.
        var letters = File.ReadAllBytes(Path.Combine(data, "letters.jsonl"));
        File.WriteAllBytes(Path.Combine(data, "letters.jsonl"), letters[..(letters.Length / 2)]);
        var cmif = File.ReadAllBytes(Path.Combine(data, "cmif.xml"));
        cmif[cmif.Length / 2] ^= 1;
        File.WriteAllBytes(Path.Combine(data, "cmif.xml"), cmif);
        File.AppendAllText(Path.Combine(data, "co-signatures.csv"), "stray,row,1,x\r\n");

        var log = Build(content, site);

        Assert.Contains("(updated from an earlier build: 3 files rewritten, 0 removed)", log, StringComparison.Ordinal);
        Assert.Equal(FromNothing(content), Files(site.Output));
    }

    [Fact]
    public void A_failed_build_over_the_kept_site_leaves_the_output_as_it_was_and_deletes_the_folder_it_wrote_into()
    {
        using var content = SiteFixtures.SmallArchive();
        using var templates = new TemplatesCopy();
        var output = Path.Combine(templates.Root, "out", "_site");
        var parent = Path.GetDirectoryName(output)!;
        Assert.Equal(0, Run(content, output, templates.Root).ExitCode);
        Assert.Equal(0, Run(content, output, templates.Root).ExitCode);
        var before = Files(output);
        templates.Write("country.scriban", templates.Read("country.scriban") + "\n{{ model.no_such_field }}\n");

        var failed = Run(content, output, templates.Root);

        Assert.Equal(1, failed.ExitCode);
        Assert.Equal(before, Files(output));
        // Kept, a folder the build could not write into would make every later build fail the same way.
        Assert.Equal(["_site"], Directory.GetFileSystemEntries(parent).Select(Path.GetFileName));
    }

    private static string Previous(BuiltSite site) => Path.Combine(site.Parent, ".site-prev-_site");

    private static string Build(TemporaryContent content, BuiltSite site)
    {
        var (exitCode, log) = BuiltSite.Build(content.Root, site.Output);
        Assert.True(exitCode == 0, log);
        return log;
    }

    private static (int ExitCode, string Log) Run(TemporaryContent content, string output, string templates)
    {
        var log = new StringWriter();
        var result = Archive.SiteGen.Build.BuildSite.Run(new(content.Root, output, templates, Search: false), log);
        return (result.ExitCode, log.ToString());
    }

    private static Dictionary<string, string> FromNothing(TemporaryContent content)
    {
        using var fresh = BuiltSite.From(content);
        Assert.True(fresh.ExitCode == 0, fresh.Log);
        return Files(fresh.Output);
    }

    // Every file of a folder by relative path, with a hash of its bytes.
    private static Dictionary<string, string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
