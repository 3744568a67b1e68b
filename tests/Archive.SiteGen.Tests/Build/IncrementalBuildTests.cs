using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Core.Content;
using Archive.SiteGen.Build;
using Archive.SiteGen.Build.Pages;
using Archive.SiteGen.Corpus;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// What <c>archive serve</c> does after a change: re-render only the pages that can show it and rewrite only the
/// files that differ. Whatever the change, the site it leaves is byte for byte the site a full build would make.
/// </summary>
public sealed partial class IncrementalBuildTests : IDisposable
{
    private readonly TemporaryContent _content = new(site: "");
    private readonly string _output;
    private readonly StringWriter _log = new();
    private readonly IncrementalBuild _build;

    public IncrementalBuildTests()
    {
        foreach (var (path, text) in GenerateCorpus.Files(new CorpusSettings(Letters: 120, Organizations: 40, Countries: 6, Seed: 11)))
        {
            _content.Write(path, text);
        }

        _output = Path.Combine(_content.Root, "..", Path.GetFileName(_content.Root) + "-site");
        _build = new IncrementalBuild(new BuildOptions(_content.Root, _output, BuildOptions.DefaultTemplatesPath, Search: false), _log);
        Assert.True(_build.Run().Succeeded, _log.ToString());
    }

    private string[] Letters => [.. Directory.EnumerateFiles(Path.Combine(_content.Root, "letters")).Order(StringComparer.Ordinal)];

    [Fact]
    public void Editing_a_letter_gives_the_site_a_full_build_gives()
    {
        Edit(Letters[10], text => TitleLine().Replace(text, "title: \"A Retitled Letter & Co\"", 1));

        AssertSameAsFullBuild();
    }

    [Fact]
    public void Editing_a_letter_renders_only_the_pages_that_show_it_and_rewrites_only_files_that_differ()
    {
        var times = LastWrites();
        var edited = Path.GetFileNameWithoutExtension(Letters[10]);
        Edit(Letters[10], text => TitleLine().Replace(text, "title: \"A Retitled Letter\"", 1));

        Assert.True(_build.Run().Succeeded, _log.ToString());

        var rendered = RenderedAgain().Match(_log.ToString());
        Assert.True(rendered.Success, _log.ToString());
        Assert.InRange(int.Parse(rendered.Groups[1].Value, CultureInfo.InvariantCulture), 1, int.Parse(rendered.Groups[2].Value, CultureInfo.InvariantCulture) / 2);
        var rewritten = LastWrites().Where(p => !times.TryGetValue(p.Key, out var before) || before != p.Value).Select(p => p.Key).ToList();
        Assert.Contains($"letters/{edited}/index.html", rewritten);
        // The page of the letters list that shows it (letters/ or letters/page/n/).
        Assert.Contains(rewritten, page => page == "letters/index.html" || page.StartsWith("letters/page/", StringComparison.Ordinal));
        // A letter that shares nothing with the edited one keeps its file untouched.
        Assert.Contains(times.Keys, page => page.StartsWith("letters/", StringComparison.Ordinal) && !rewritten.Contains(page));
        Assert.InRange(rewritten.Count, 2, times.Count / 4);
    }

    [Fact]
    public void Changing_who_signed_a_letter_gives_the_site_a_full_build_gives()
    {
        // The first signatory goes: its organization's page, counts and co-signers change, and its countries'.
        Edit(Letters[20], text => FirstSignatory().Replace(text, "signatories:\n", 1));

        AssertSameAsFullBuild();
    }

    [Fact]
    public void Adding_and_deleting_letters_gives_the_site_a_full_build_gives()
    {
        var copy = File.ReadAllText(Letters[5]);
        File.Delete(Letters[7]);
        File.WriteAllText(Path.Combine(_content.Root, "letters", "2031-01-01-a-new-letter.md"), DateLine().Replace(copy, "date: 2031-01-01", 1));

        AssertSameAsFullBuild();
    }

    [Fact]
    public void Renaming_an_organization_gives_the_site_a_full_build_gives()
    {
        var organization = Directory.EnumerateFiles(Path.Combine(_content.Root, "organizations")).Order(StringComparer.Ordinal).First();
        Edit(organization, text => NameLine().Replace(text, "name: \"Aaa Renamed Organization\"\naliases:\n  - $1", 1));

        AssertSameAsFullBuild();
    }

    [Fact]
    public void Adding_editing_and_removing_the_About_page_gives_the_site_a_full_build_gives()
    {
        var about = Path.Combine(_content.Root, "about.md");

        // Coming and going, the About page changes the navigation of every page: everything is built again.
        File.WriteAllText(about, "---\ntitle: About\n---\n\nWhat the archive is.\n");
        AssertSameAsFullBuild(edited: false);
        Edit(about, text => text.Replace("What the archive is.", "What the archive is, and how it is made.", StringComparison.Ordinal));
        AssertSameAsFullBuild();
        File.Delete(about);
        AssertSameAsFullBuild(edited: false);
    }

    [Fact]
    public void Editing_the_About_page_renders_only_the_About_page()
    {
        var about = Path.Combine(_content.Root, "about.md");
        File.WriteAllText(about, "---\ntitle: About\n---\n\nWhat the archive is.\n");
        Assert.True(_build.Run().Succeeded, _log.ToString());
        var times = LastWrites();

        Edit(about, text => text.Replace("title: About", "title: About the archive", StringComparison.Ordinal));
        Assert.True(_build.Run().Succeeded, _log.ToString());

        var rendered = RenderedAgain().Match(_log.ToString());
        Assert.True(rendered.Success, _log.ToString());
        Assert.Equal("1", rendered.Groups[1].Value);
        Assert.Equal(["about/index.html"], LastWrites().Where(p => !times.TryGetValue(p.Key, out var before) || before != p.Value).Select(p => p.Key));
        Assert.Contains("<h1>About the archive</h1>", File.ReadAllText(Path.Combine(_output, "about", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_that_shrink_by_a_page_leave_no_page_behind_and_give_the_site_a_full_build_gives()
    {
        // The busiest organization's letters and the letters list both go from two pages to one.
        var archive = LoadContent.FromFolder(_content.Root).Content!;
        var busiest = archive.Organizations.MaxBy(o => archive.LettersSignedBy(o.Id).Count)!;
        var signed = archive.LettersSignedBy(busiest.Id);
        Assert.InRange(signed.Count, SiteData.LettersPerPage + 1, archive.Letters.Count);
        Assert.True(File.Exists(Path.Combine(_output, "organizations", busiest.Id, "page", "2", "index.html")));
        var gone = signed.Concat(archive.Letters).DistinctBy(l => l.Id).Take(archive.Letters.Count - SiteData.LettersPerPage).ToList();
        Assert.True(signed.Count - gone.Count(signed.Contains) <= SiteData.LettersPerPage);
        foreach (var letter in gone)
        {
            File.Delete(Path.Combine(_content.Root, "letters", letter.Id + ".md"));
        }

        AssertSameAsFullBuild();
        Assert.False(Directory.Exists(Path.Combine(_output, "organizations", busiest.Id, "page")));
        Assert.False(Directory.Exists(Path.Combine(_output, "letters", "page")));
    }

    [Fact]
    public void A_broken_change_leaves_the_site_as_it_was_and_the_fix_is_built()
    {
        var before = Snapshot(_output);
        var letter = Letters[3];
        var text = File.ReadAllText(letter);
        File.WriteAllText(letter, DateLine().Replace(text, "date: 2012-14", 1));

        Assert.False(_build.Run().Succeeded);
        Assert.Equal(before, Snapshot(_output));
        Assert.Contains("invalid date '2012-14'", _log.ToString(), StringComparison.Ordinal);

        File.WriteAllText(letter, TitleLine().Replace(text, "title: Fixed", 1));
        AssertSameAsFullBuild(edited: false);
    }

    [Fact]
    public void Any_sequence_of_changes_gives_after_each_the_site_a_full_build_gives()
    {
        // Every page kind says which changes affect its pages; a rule that forgets one leaves a stale page here.
        var random = new Random(15);
        for (var round = 0; round < 8; round++)
        {
            var letters = Letters;
            // Organizations without aliases, so that the rename can keep the old name as its alias.
            var organizations = Directory.EnumerateFiles(Path.Combine(_content.Root, "organizations")).Order(StringComparer.Ordinal)
                .Where(f => !File.ReadAllText(f).Contains("aliases:", StringComparison.Ordinal)).ToArray();
            var letter = letters[random.Next(letters.Length)];
            var organization = organizations[random.Next(organizations.Length)];
            switch (round % 7)
            {
                case 0:
                    Edit(letter, text => TitleLine().Replace(text, $"title: Retitled in round {round}", 1));
                    break;
                case 1:
                    // Another year moves the letter in every list it is on.
                    Edit(letter, text => DateLine().Replace(text, $"date: {1990 + random.Next(40)}-0{1 + random.Next(9)}-1{random.Next(10)}", 1));
                    break;
                case 2:
                    Edit(letter, text => FirstSignatory().Replace(text, "signatories:\n", 1));
                    break;
                case 3:
                    File.Delete(letter);
                    break;
                case 4:
                    File.WriteAllText(Path.Combine(_content.Root, "letters", $"2032-0{1 + round % 9}-01-added-in-round-{round}.md"), DateLine().Replace(File.ReadAllText(letter), $"date: 2032-0{1 + round % 9}-01", 1));
                    break;
                case 5:
                    Edit(organization, text => NameLine().Replace(text, $"name: \"Renamed in round {round}\"\naliases:\n  - $1", 1));
                    break;
                default:
                    Edit(organization, text => CountriesLine().Replace(text, "countries: [$1, ZZ]".Replace("ZZ", round % 2 == 0 ? "NO" : "PE", StringComparison.Ordinal), 1));
                    break;
            }

            AssertSameAsFullBuild();
        }
    }

    private static void Edit(string file, Func<string, string> change)
    {
        var text = File.ReadAllText(file);
        var changed = change(text);
        Assert.NotEqual(text, changed);
        File.WriteAllText(file, changed);
    }

    private void AssertSameAsFullBuild(bool edited = true)
    {
        var result = _build.Run();
        Assert.True(result.Succeeded, _log.ToString());
        if (edited)
        {
            Assert.Contains("pages rendered again", _log.ToString(), StringComparison.Ordinal);
        }

        using var full = BuiltSite.From(_content);
        Assert.True(full.ExitCode == 0, full.Log);
        var expected = Snapshot(full.Output);
        var actual = Snapshot(_output);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, pair => Assert.True(pair.Value == actual[pair.Key], $"{pair.Key} differs from a full build"));
    }

    private Dictionary<string, DateTime> LastWrites() =>
        Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_output, f).Replace('\\', '/'), File.GetLastWriteTimeUtc, StringComparer.Ordinal);

    private static SortedDictionary<string, string> Snapshot(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText),
        StringComparer.Ordinal);

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }

        _content.Dispose();
    }

    [GeneratedRegex(@"build: (\d+) of (\d+) pages rendered again")]
    private static partial Regex RenderedAgain();

    [GeneratedRegex("^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex("^date: .*$", RegexOptions.Multiline)]
    private static partial Regex DateLine();

    [GeneratedRegex("^name: (.*)$", RegexOptions.Multiline)]
    private static partial Regex NameLine();

    [GeneratedRegex(@"signatories:\n  - name: .*\n(    .*\n)*")]
    private static partial Regex FirstSignatory();

    [GeneratedRegex(@"^countries: \[(.*)\]$", RegexOptions.Multiline)]
    private static partial Regex CountriesLine();
}
