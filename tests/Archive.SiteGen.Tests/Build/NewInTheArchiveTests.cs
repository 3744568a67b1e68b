using System.Text.RegularExpressions;
using System.Xml.Linq;
using Archive.SiteGen.Build;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// Newly added letters reach readers, whatever their own date: the feed is what is new in the archive (by the date a
/// letter was added, from the content's git history or the file's own <c>added:</c>), the home page shows "Recently
/// added" beside "Latest letters", and the sitemap says when each letter and organization page last changed. Each
/// test builds the small fixture archive with a git history it writes itself: the first three letters committed in
/// 2020, then a letter dated 2010 committed in 2024.
/// </summary>
public sealed partial class NewInTheArchiveTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Site = "https://archive.example.org/";

    private static string ImportedLetter(string more = "") => $"""
        title: A Letter of 2010 Imported Late
        date: 2010-06-01
        source: https://example.org/imported
        {more}signatories:
          - name: 350 Africa
        """;

    // The small archive committed on 1 January 2020, then a letter dated 2010 committed on 1 May 2024.
    private static TemporaryContent ArchiveWithAnImport(string more = "") => SiteFixtures.SmallArchive()
        .Commit("2020-01-01T08:00:00Z", "The first letters")
        .Letter("2010-06-01-imported", ImportedLetter(more))
        .Commit("2024-05-01T10:00:00Z", "Import a letter of 2010");

    private static XElement Feed(BuiltSite site) => XDocument.Parse(site.Read("feed.xml")).Root!;

    private static XElement Entry(XElement feed, string letterId) =>
        feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value == $"{Site}letters/{letterId}/");

    private static List<string> EntryIds(XElement feed) =>
        [.. feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value[$"{Site}letters/".Length..].TrimEnd('/'))];

    private static Dictionary<string, string?> LastModified(BuiltSite site) =>
        XDocument.Parse(site.Read("sitemap.xml")).Root!.Elements(Sitemaps + "url")
            .ToDictionary(u => u.Element(Sitemaps + "loc")!.Value[Site.Length..], u => u.Element(Sitemaps + "lastmod")?.Value);

    private static BuiltSite Built(TemporaryContent content)
    {
        var site = BuiltSite.From(content);
        Assert.True(site.ExitCode == 0, site.Log);
        return site;
    }

    [Fact]
    public void A_letter_dated_2010_and_committed_in_2024_is_first_in_the_feed_published_when_it_was_added()
    {
        using var content = ArchiveWithAnImport();
        using var site = Built(content);

        var feed = Feed(site);
        var imported = Entry(feed, "2010-06-01-imported");

        // Added together in 2020, the first three follow in the archive's order: newest letter first.
        Assert.Equal(["2010-06-01-imported", "2012-03-ngo-letter", "2009-07-20-first", "2008-undated"], EntryIds(feed));
        Assert.Equal("2024-05-01T10:00:00Z", imported.Element(Atom + "published")!.Value);
        Assert.Equal("2024-05-01T10:00:00Z", imported.Element(Atom + "updated")!.Value);
        Assert.Equal("2020-01-01T08:00:00Z", Entry(feed, "2009-07-20-first").Element(Atom + "published")!.Value);
        Assert.Equal("2024-05-01T10:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.Equal("Letter of 1 June 2010.", imported.Element(Atom + "summary")!.Element(Xhtml + "div")!.Elements(Xhtml + "p").First().Value);
    }

    [Fact]
    public void The_home_page_shows_recently_added_with_the_day_each_was_added_beside_the_latest_letters()
    {
        using var content = ArchiveWithAnImport();
        using var site = Built(content);

        var home = site.Read("index.html");
        var recentlyAdded = Section(home, "recently-added");
        var latest = Section(home, "latest");

        Assert.Equal(["2010-06-01-imported", "2012-03-ngo-letter", "2009-07-20-first", "2008-undated"], LetterIds(recentlyAdded));
        Assert.Equal(
            ["Added <time datetime=\"2024-05-01\">1 May 2024</time>", "Added <time datetime=\"2020-01-01\">1 January 2020</time>"],
            AddedDay().Matches(recentlyAdded).Select(m => m.Groups[1].Value));
        Assert.Matches("Added <time datetime=\"2024-05-01\">1 May 2024</time></h3>\\s*<ol class=\"letter-list\">\\s*<li[^>]*data-letter=\"/letters/2010-06-01-imported/\"", recentlyAdded);
        Assert.Equal(["2012-03-ngo-letter", "2010-06-01-imported", "2009-07-20-first", "2008-undated"], LetterIds(latest));
        Assert.True(home.IndexOf("id=\"recently-added\"", StringComparison.Ordinal) < home.IndexOf("id=\"latest\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_later_commit_changes_the_letter_s_updated_in_the_feed_and_the_sitemap_but_not_when_it_was_added()
    {
        using var content = ArchiveWithAnImport();
        var first = File.ReadAllText(Path.Combine(content.Root, "letters", "2009-07-20-first.md"));
        content.Write("letters/2009-07-20-first.md", first.Replace("populations.", "populations at risk.", StringComparison.Ordinal))
            .Commit("2024-06-15T12:30:00Z", "Correct the first letter");
        using var site = Built(content);

        var feed = Feed(site);
        var corrected = Entry(feed, "2009-07-20-first");
        var lastModified = LastModified(site);

        Assert.Equal("2020-01-01T08:00:00Z", corrected.Element(Atom + "published")!.Value);
        Assert.Equal("2024-06-15T12:30:00Z", corrected.Element(Atom + "updated")!.Value);
        // Still ordered by when each was added; the feed as a whole changed when its latest entry did.
        Assert.Equal(["2010-06-01-imported", "2012-03-ngo-letter", "2009-07-20-first", "2008-undated"], EntryIds(feed));
        Assert.Equal("2024-06-15T12:30:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.Equal("2024-06-15T12:30:00Z", lastModified["letters/2009-07-20-first/"]);
        Assert.Equal("2024-05-01T10:00:00Z", lastModified["letters/2010-06-01-imported/"]);
        Assert.Equal("2020-01-01T08:00:00Z", lastModified["letters/2008-undated/"]);
        // An organization page lists its letters: it changed when the latest of them or its own file did.
        Assert.Equal("2024-06-15T12:30:00Z", lastModified["organizations/human-rights-watch/"]);
        Assert.Equal("2024-05-01T10:00:00Z", lastModified["organizations/350-africa/"]);
        Assert.Equal("2024-06-15T12:30:00Z", lastModified["organizations/forum-pour-le-renforcement-de-la-societe-civile/"]);
        Assert.Null(lastModified[""]);
        Assert.Null(lastModified["letters/"]);
    }

    [Fact]
    public void Added_in_the_letter_s_front_matter_wins_over_its_commit()
    {
        using var content = ArchiveWithAnImport(more: "added: 2015-03-01\n");
        using var site = Built(content);

        var feed = Feed(site);
        var imported = Entry(feed, "2010-06-01-imported");

        Assert.Equal(["2012-03-ngo-letter", "2009-07-20-first", "2008-undated", "2010-06-01-imported"], EntryIds(feed));
        Assert.Equal("2015-03-01T00:00:00Z", imported.Element(Atom + "published")!.Value);
        Assert.Equal("2024-05-01T10:00:00Z", imported.Element(Atom + "updated")!.Value);
        Assert.Equal("2010-06-01-imported", LetterIds(Section(site.Read("index.html"), "recently-added"))[^1]);
    }

    [Fact]
    public void Outside_git_each_file_s_modification_time_stands_for_both_dates()
    {
        using var content = SiteFixtures.SmallArchive()
            .Touch("letters/2009-07-20-first.md", new DateTime(2023, 1, 1, 9, 0, 0, DateTimeKind.Utc))
            .Touch("letters/2008-undated.md", new DateTime(2025, 2, 2, 10, 30, 15, DateTimeKind.Utc))
            .Touch("letters/2012-03-ngo-letter.md", new DateTime(2024, 7, 7, 0, 0, 0, DateTimeKind.Utc))
            .Touch("organizations/350-africa.yml", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        using var site = Built(content);

        var feed = Feed(site);
        var lastModified = LastModified(site);

        Assert.Equal(["2008-undated", "2012-03-ngo-letter", "2009-07-20-first"], EntryIds(feed));
        Assert.Equal("2025-02-02T10:30:15Z", Entry(feed, "2008-undated").Element(Atom + "published")!.Value);
        Assert.Equal("2025-02-02T10:30:15Z", Entry(feed, "2008-undated").Element(Atom + "updated")!.Value);
        Assert.Equal("2025-02-02T10:30:15Z", feed.Element(Atom + "updated")!.Value);
        Assert.Equal("2023-01-01T09:00:00Z", lastModified["letters/2009-07-20-first/"]);
        Assert.Equal("2026-01-01T00:00:00Z", lastModified["organizations/350-africa/"]);
        Assert.DoesNotContain("build: the dates", site.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void A_letter_dated_to_a_month_or_undated_is_given_no_invented_day_in_the_feed()
    {
        using var content = ArchiveWithAnImport();
        using var site = Built(content);

        var feed = Feed(site);
        var text = site.Read("feed.xml");

        Assert.Equal("Letter of 2008 (undated).", DateSentence(Entry(feed, "2008-undated")));
        Assert.Equal("Letter of March 2012.", DateSentence(Entry(feed, "2012-03-ngo-letter")));
        Assert.Equal("Letter of 20 July 2009.", DateSentence(Entry(feed, "2009-07-20-first")));
        Assert.DoesNotContain("2008-01-01", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2012-03-01", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_entry_in_another_language_than_the_site_s_is_marked_with_it()
    {
        using var content = SiteFixtures.SmallArchive()
            .Letter("2013-05-02-lettre", """
                title: Lettre ouverte au Président
                date: 2013-05-02
                language: fr
                source: https://example.org/lettre
                signatories:
                  - name: FORSC
                """, "Monsieur le Président,\n\nNous vous écrivons.\n");
        using var site = Built(content);

        var feed = Feed(site);
        var french = Entry(feed, "2013-05-02-lettre");
        var paragraphs = french.Element(Atom + "summary")!.Element(Xhtml + "div")!.Elements(Xhtml + "p").ToList();

        Assert.Equal("en", (string?)feed.Attribute(XNamespace.Xml + "lang"));
        Assert.Equal("fr", (string?)french.Attribute(XNamespace.Xml + "lang"));
        // What the site says of the letter is in the site's language, the letter's own words in the letter's.
        Assert.Equal("en", (string?)paragraphs[0].Attribute(XNamespace.Xml + "lang"));
        Assert.Equal("Monsieur le Président, Nous vous écrivons.", paragraphs[1].Value);
        Assert.Null(paragraphs[1].Attribute(XNamespace.Xml + "lang"));
        Assert.All(feed.Elements(Atom + "entry").Where(e => e != french), e => Assert.Null(e.Attribute(XNamespace.Xml + "lang")));
    }

    [Fact]
    public void Two_builds_of_the_same_history_are_byte_identical()
    {
        using var content = ArchiveWithAnImport();
        using var first = Built(content);
        content.Touch("letters/2010-06-01-imported.md", new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        using var second = Built(content);

        // A committed file's dates are its commits', however its copy on disk was touched since.
        Assert.Equal(first.Read("feed.xml"), second.Read("feed.xml"));
        Assert.Equal(first.Read("sitemap.xml"), second.Read("sitemap.xml"));
        Assert.Equal(first.Read("index.html"), second.Read("index.html"));
    }

    [Fact]
    public void Without_git_a_build_of_git_backed_content_says_so_and_uses_modification_times()
    {
        using var content = ArchiveWithAnImport();
        content.Touch("letters/2009-07-20-first.md", new DateTime(2031, 3, 3, 3, 3, 3, DateTimeKind.Utc));
        var output = Path.Combine(content.Root, "..", "archive-no-git-" + Guid.NewGuid().ToString("N"));
        var emptyPath = Directory.CreateTempSubdirectory("archive-empty-path-").FullName;
        try
        {
            var (exitCode, stdout, stderr) = ExternalProgram.Archive(new Dictionary<string, string> { ["PATH"] = emptyPath }, "build", "--content", content.Root, "--out", output, "--no-search");

            Assert.True(exitCode == 0, stdout + stderr);
            Assert.Contains("build: the dates letters and organizations were added and updated are their files' modification times: git is not installed", stdout, StringComparison.Ordinal);
            var feed = XDocument.Parse(File.ReadAllText(Path.Combine(output, "feed.xml"))).Root!;
            Assert.Equal("2031-03-03T03:03:03Z", Entry(feed, "2009-07-20-first").Element(Atom + "published")!.Value);
            Assert.Equal("2009-07-20-first", EntryIds(feed)[0]);
        }
        finally
        {
            Directory.Delete(emptyPath);
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Fact]
    public void After_a_commit_serve_s_next_rebuild_gives_the_site_a_full_build_gives()
    {
        using var content = ArchiveWithAnImport();
        var output = Path.Combine(content.Root, "..", Path.GetFileName(content.Root) + "-served");
        var log = new StringWriter();
        var build = new IncrementalBuild(new BuildOptions(content.Root, output, BuildOptions.DefaultTemplatesPath, Search: false), log);
        try
        {
            Assert.True(build.Run().Succeeded, log.ToString());
            var first = File.ReadAllText(Path.Combine(content.Root, "letters", "2009-07-20-first.md"));
            content.Write("letters/2009-07-20-first.md", first.Replace("populations.", "populations at risk.", StringComparison.Ordinal));
            Assert.True(build.Run().Succeeded, log.ToString());
            // Committed: the file is as it was, its dates are not.
            content.Commit("2024-06-15T12:30:00Z", "Correct the first letter");

            Assert.True(build.Run().Succeeded, log.ToString());

            using var full = Built(content);
            var served = XDocument.Parse(File.ReadAllText(Path.Combine(output, "feed.xml"))).Root!;
            Assert.Equal("2024-06-15T12:30:00Z", Entry(served, "2009-07-20-first").Element(Atom + "updated")!.Value);
            Assert.All(
                ["feed.xml", "sitemap.xml", "index.html", "letters/2009-07-20-first/index.html", "organizations/human-rights-watch/index.html"],
                file => Assert.Equal(full.Read(file), File.ReadAllText(Path.Combine(output, file))));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static string DateSentence(XElement entry) =>
        entry.Element(Atom + "summary")!.Element(Xhtml + "div")!.Elements(Xhtml + "p").First().Value;

    private static string Section(string html, string headingId)
    {
        var start = html.IndexOf($"<section aria-labelledby=\"{headingId}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {headingId}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static List<string> LetterIds(string html) =>
        [.. LetterItem().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<li class=\"letter-item\" data-letter=\"/letters/([^/]+)/\"")]
    private static partial Regex LetterItem();

    [GeneratedRegex("<h3 class=\"added-day\">(.*?)</h3>")]
    private static partial Regex AddedDay();
}
