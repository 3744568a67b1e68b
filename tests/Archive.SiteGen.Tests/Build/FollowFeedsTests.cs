using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Archive.SiteGen.Build;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// Following an organization or a country (issue 20): each has an Atom feed beside its first page of the letters that
/// concern it, the most recently added first, announced by every page of theirs; feeds and entries keep their ids from
/// build to build, and a letter is the same entry in every feed. Every feed the build writes, the site's own
/// <c>/feed.xml</c> included, is read by a real feed parser (System.ServiceModel.Syndication).
/// </summary>
public sealed partial class FollowFeedsTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private const string Site = "https://archive.example.org/";

    /// <summary>
    /// The small archive, and: an organization that only publishes (Civic Press, a letter 350 Africa signed), one with no
    /// letter yet (Quiet Network), and one renamed (Civil Society Forum, once the Forum for Civil Society), all in Kenya.
    /// Outside git, each file's modification time stands for when it was added and updated.
    /// </summary>
    private static TemporaryContent FollowedArchive() => SiteFixtures.SmallArchive()
        .Organization("civic-press", "name: Civic Press\ncountries: [KE]")
        .Organization("quiet-network", "name: Quiet Network\ncountries: [KE]")
        .Organization("civil-society-forum", """
            name: Civil Society Forum
            countries: [KE]
            replaces:
              - id: forum-for-civil-society
                name: Forum for Civil Society
            """)
        .Letter("2014-05-06-published", """
            title: A Letter Civic Press Published
            date: 2014-05-06
            recipients:
              - The President of Kenya
              - The Speaker of Parliament
            publisher: civic-press
            source: https://example.org/published
            signatories:
              - name: 350 Africa
              - name: Forum for Civil Society
            """, "Your Excellency,\n\nWe write about the *climate*.\n")
        .Touch("letters/2009-07-20-first.md", new DateTime(2021, 1, 1, 9, 0, 0, DateTimeKind.Utc))
        .Touch("letters/2008-undated.md", new DateTime(2022, 2, 2, 10, 30, 15, DateTimeKind.Utc))
        .Touch("letters/2012-03-ngo-letter.md", new DateTime(2023, 3, 3, 0, 0, 0, DateTimeKind.Utc))
        .Touch("letters/2014-05-06-published.md", new DateTime(2020, 6, 6, 0, 0, 0, DateTimeKind.Utc))
        .Touch("organizations/quiet-network.yml", new DateTime(2019, 9, 9, 9, 9, 9, DateTimeKind.Utc));

    private static BuiltSite Built(TemporaryContent content)
    {
        var site = BuiltSite.From(content);
        Assert.True(site.ExitCode == 0, site.Log);
        return site;
    }

    private static XElement Feed(BuiltSite site, string path) => XDocument.Parse(site.Read(path)).Root!;

    private static List<string> EntryIds(XElement feed) =>
        [.. feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value[$"{Site}letters/".Length..].TrimEnd('/'))];

    private static XElement Entry(XElement feed, string letterId) =>
        feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value == $"{Site}letters/{letterId}/");

    // Every feed of the site, as paths relative to its folder.
    private static List<string> FeedFiles(BuiltSite site) =>
        [.. Directory.EnumerateFiles(site.Output, "feed.xml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_organization_and_country_has_a_feed_beside_its_page_of_the_letters_that_concern_it_the_latest_added_first()
    {
        using var content = FollowedArchive();
        using var site = Built(content);

        Assert.Equal(
            [
                "countries/bi/feed.xml", "countries/ke/feed.xml", "countries/us/feed.xml", "countries/za/feed.xml", "feed.xml",
                "organizations/350-africa/feed.xml", "organizations/civic-press/feed.xml", "organizations/civil-society-forum/feed.xml",
                "organizations/forum-pour-le-renforcement-de-la-societe-civile/feed.xml", "organizations/gay-and-lesbian-network/feed.xml",
                "organizations/human-rights-watch/feed.xml", "organizations/quiet-network/feed.xml",
            ],
            FeedFiles(site));
        // Signed, published, and signed by its people (Jane Doe of Human Rights Watch): each once, the latest added first.
        Assert.Equal(["2008-undated", "2009-07-20-first"], EntryIds(Feed(site, "organizations/human-rights-watch/feed.xml")));
        Assert.Equal(["2014-05-06-published"], EntryIds(Feed(site, "organizations/civic-press/feed.xml")));
        Assert.Equal(["2012-03-ngo-letter", "2014-05-06-published"], EntryIds(Feed(site, "organizations/350-africa/feed.xml")));
        Assert.Equal(["2012-03-ngo-letter", "2014-05-06-published"], EntryIds(Feed(site, "countries/ke/feed.xml")));
        Assert.Equal(["2012-03-ngo-letter", "2009-07-20-first"], EntryIds(Feed(site, "countries/za/feed.xml")));
        var hrw = Feed(site, "organizations/human-rights-watch/feed.xml");
        Assert.Equal($"{Site}organizations/human-rights-watch/", hrw.Element(Atom + "id")!.Value);
        Assert.Equal("Human Rights Watch: new letters · Test Archive", hrw.Element(Atom + "title")!.Value);
        Assert.Equal($"{Site}organizations/human-rights-watch/feed.xml", Link(hrw, "self"));
        Assert.Equal($"{Site}organizations/human-rights-watch/", Link(hrw, "alternate"));
        // The feed is as new as its newest letter, whatever the time of the build.
        Assert.Equal("2022-02-02T10:30:15Z", hrw.Element(Atom + "updated")!.Value);
        var quiet = Feed(site, "organizations/quiet-network/feed.xml");
        Assert.Empty(quiet.Elements(Atom + "entry"));
        Assert.Equal("2019-09-09T09:09:09Z", quiet.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void An_entry_gives_the_letter_s_title_date_signatory_count_recipients_and_a_summary_of_its_text()
    {
        using var content = FollowedArchive();
        using var site = Built(content);

        var entry = Entry(Feed(site, "organizations/civic-press/feed.xml"), "2014-05-06-published");
        var paragraphs = entry.Element(Atom + "summary")!.Element(Xhtml + "div")!.Elements(Xhtml + "p").Select(p => p.Value).ToList();

        Assert.Equal("A Letter Civic Press Published", entry.Element(Atom + "title")!.Value);
        Assert.Equal(
            ["Letter of 6 May 2014.", "Your Excellency, We write about the climate.", "Signed by 2 organizations, to The President of Kenya; The Speaker of Parliament."],
            paragraphs);
        Assert.Equal($"{Site}letters/2014-05-06-published/", entry.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("Civic Press", entry.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal("Signed by 3 organizations, to Governments of the UN Member States.", Paragraphs(Feed(site, "feed.xml"), "2009-07-20-first")[^1]);
        Assert.Equal("Signed by 2 organizations.", Paragraphs(Feed(site, "feed.xml"), "2008-undated")[^1]);
    }

    [Fact]
    public void A_feed_holds_the_50_letters_most_recently_added_whatever_their_own_date()
    {
        // 53 letters of one organization: the later a letter was added, the older its own date.
        var content = new TemporaryContent().Organization("busy", "name: Busy Network\ncountries: [UG]");
        for (var i = 0; i < 53; i++)
        {
            var id = $"{2042 - i}-01-01-letter";
            content.Letter(id, $"title: Letter {i}\ndate: {2042 - i}-01-01\nsource: https://example.org/{i}\nsignatories:\n  - name: Busy Network\n")
                .Touch($"letters/{id}.md", new DateTime(2000 + i, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        }

        using (content)
        {
            using var site = Built(content);

            string[] latestAdded = [.. Enumerable.Range(3, 50).Reverse().Select(i => $"{2042 - i}-01-01-letter")];
            Assert.Equal(AtomFeed.EntryCount, 50);
            Assert.Equal(latestAdded, EntryIds(Feed(site, "organizations/busy/feed.xml")));
            Assert.Equal(latestAdded, EntryIds(Feed(site, "countries/ug/feed.xml")));
            Assert.Equal(latestAdded, EntryIds(Feed(site, "feed.xml")));
            Assert.Equal("2052-01-01T00:00:00Z", Feed(site, "organizations/busy/feed.xml").Element(Atom + "updated")!.Value);
        }
    }

    [Fact]
    public void Feeds_are_the_same_bytes_on_every_build_and_a_letter_is_the_same_entry_in_every_feed()
    {
        using var content = FollowedArchive();
        using var first = Built(content);
        using var second = Built(content);

        var feeds = FeedFiles(first);
        Assert.Equal(feeds, FeedFiles(second));
        Assert.All(feeds, path => Assert.True(first.Read(path) == second.Read(path), $"{path} differs between two builds"));
        // The feed's id is its page's permalink, as the page's canonical link says.
        Assert.Contains($"<link rel=\"canonical\" href=\"{Feed(first, "countries/za/feed.xml").Element(Atom + "id")!.Value}\">", first.Read("countries/za/index.html"), StringComparison.Ordinal);
        // A reader following the archive, an organization and a country sees the letter once, as one entry.
        string[] following = ["feed.xml", "organizations/human-rights-watch/feed.xml", "organizations/gay-and-lesbian-network/feed.xml", "countries/za/feed.xml", "countries/us/feed.xml"];
        var everywhere = following
            .Select(path => Entry(Feed(first, path), "2009-07-20-first").ToString(SaveOptions.DisableFormatting))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.Single(everywhere);
        Assert.Contains($"<id>{Site}letters/2009-07-20-first/</id>", everywhere[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_feed_of_the_site_reads_as_atom_in_a_feed_parser_with_rfc_3339_dates_and_absolute_links_to_pages_the_build_wrote()
    {
        using var content = FollowedArchive();
        using var site = Built(content);

        var feeds = FeedFiles(site);
        Assert.Equal(12, feeds.Count);
        foreach (var path in feeds)
        {
            using var reader = XmlReader.Create(Path.Combine(site.Output, path));
            var formatter = new Atom10FeedFormatter();
            Assert.True(formatter.CanRead(reader), $"{path} is not an Atom feed");
            formatter.ReadFrom(reader);
            var feed = formatter.Feed;

            var page = path[..^"feed.xml".Length];
            Assert.Equal(Site + page, feed.Id);
            Assert.Equal(Site + path, feed.Links.Single(l => l.RelationshipType == "self").Uri.AbsoluteUri);
            Assert.False(string.IsNullOrWhiteSpace(feed.Title.Text), path);
            var ids = feed.Items.Select(i => i.Id).ToList();
            Assert.Equal(ids.Distinct(StringComparer.Ordinal), ids);
            Assert.All(feed.Items, item =>
            {
                Assert.Equal(item.Id, item.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
                Assert.True(item.PublishDate <= item.LastUpdatedTime, $"{path}: {item.Id} is updated before it was published");
                Assert.IsType<TextSyndicationContent>(item.Summary);
                Assert.Equal("xhtml", item.Summary.Type);
            });
            Assert.Equal(feed.Items.Select(i => i.LastUpdatedTime).DefaultIfEmpty(feed.LastUpdatedTime).Max(), feed.LastUpdatedTime);

            var links = feed.Links.Select(l => l.Uri)
                .Concat(feed.Authors.Select(a => new Uri(a.Uri)))
                .Concat(feed.Items.SelectMany(i => i.Links.Select(l => l.Uri).Concat(i.Authors.Select(a => new Uri(a.Uri)))))
                .ToList();
            Assert.All(links, link =>
            {
                Assert.True(link.IsAbsoluteUri, $"{path}: {link} is not absolute");
                Assert.StartsWith(Site, link.AbsoluteUri, StringComparison.Ordinal);
                var file = link.AbsoluteUri[Site.Length..];
                Assert.True(site.Exists(file.Length == 0 || file.EndsWith('/') ? file + "index.html" : file), $"{path} links to {link}, which the build did not write");
            });

            // RFC 3339 as Atom requires (section 3.3), to the second in UTC, every date of the file.
            var dates = XDocument.Parse(site.Read(path)).Descendants().Where(e => e.Name == Atom + "updated" || e.Name == Atom + "published").ToList();
            Assert.NotEmpty(dates);
            Assert.All(dates, date => Assert.Matches(Rfc3339(), date.Value));
            Assert.All(dates, date => Assert.True(DateTimeOffset.TryParseExact(date.Value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _), date.Value));
        }
    }

    [Fact]
    public void Each_page_of_an_organization_or_a_country_announces_its_feed_in_its_head_and_with_a_visible_follow_link()
    {
        using var content = FollowedArchive();
        using var site = Built(content);

        foreach (var (page, feed, name) in new[]
        {
            ("organizations/human-rights-watch/index.html", "/organizations/human-rights-watch/feed.xml", "Human Rights Watch"),
            ("organizations/civic-press/index.html", "/organizations/civic-press/feed.xml", "Civic Press"),
            ("countries/ke/index.html", "/countries/ke/feed.xml", "Kenya"),
            ("countries/za/index.html", "/countries/za/feed.xml", "South Africa"),
        })
        {
            var html = site.Read(page);
            Assert.Contains($"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{name}: new letters (Atom)\" href=\"{feed}\">", html, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"{feed}\" type=\"application/atom+xml\" data-feed-link>Follow {name} (Atom feed)</a>", html, StringComparison.Ordinal);
            // The site's own feed is still announced beside it.
            Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Test Archive: new in the archive\" href=\"/feed.xml\">", html, StringComparison.Ordinal);
        }

        // Other pages announce the site's feed only.
        Assert.DoesNotContain("data-feed-link", site.Read("letters/2009-07-20-first/index.html"), StringComparison.Ordinal);
        Assert.Single(AtomLinks().Matches(site.Read("organizations/index.html")));
    }

    [Fact]
    public void A_renamed_organization_keeps_only_its_live_feed_and_its_old_address_gets_none()
    {
        using var content = FollowedArchive();
        using var site = Built(content);

        var old = site.Read("organizations/forum-for-civil-society/index.html");

        Assert.Equal(["index.html"], Directory.EnumerateFiles(Path.Combine(site.Output, "organizations/forum-for-civil-society")).Select(Path.GetFileName));
        Assert.DoesNotContain("application/atom+xml", old, StringComparison.Ordinal);
        Assert.Equal(["2014-05-06-published"], EntryIds(Feed(site, "organizations/civil-society-forum/feed.xml")));
        // On Netlify a reader of the old feed's address is sent to the live one, as every address under the old page.
        Assert.Contains("/organizations/forum-for-civil-society/* /organizations/civil-society-forum/:splat 301!", site.Read("_redirects"), StringComparison.Ordinal);
    }

    [Fact]
    public void After_each_change_serve_leaves_every_feed_as_a_full_build_writes_it()
    {
        using var content = FollowedArchive();
        var output = Path.Combine(content.Root, "..", Path.GetFileName(content.Root) + "-site");
        var log = new StringWriter();
        var build = new IncrementalBuild(new BuildOptions(content.Root, output, BuildOptions.DefaultTemplatesPath, Search: false), log);
        try
        {
            Assert.True(build.Run().Succeeded, log.ToString());
            var letter = Path.Combine(content.Root, "letters", "2014-05-06-published.md");
            File.WriteAllText(letter, File.ReadAllText(letter).Replace("title: A Letter Civic Press Published", "title: A Retitled Letter", StringComparison.Ordinal));
            AssertFeedsAsAFullBuild(content, output, build, log);
            Assert.Contains("<title>A Retitled Letter</title>", File.ReadAllText(Path.Combine(output, "countries/ke/feed.xml")), StringComparison.Ordinal);

            // Civic Press published the letter and did not sign it: the feeds of its signers and their country name it.
            content.Organization("civic-press", "name: Civic Press International\ncountries: [KE]");
            AssertFeedsAsAFullBuild(content, output, build, log);
            Assert.Contains("<name>Civic Press International</name>", File.ReadAllText(Path.Combine(output, "organizations/350-africa/feed.xml")), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static void AssertFeedsAsAFullBuild(TemporaryContent content, string output, IncrementalBuild build, StringWriter log)
    {
        Assert.True(build.Run().Succeeded, log.ToString());
        Assert.Contains("pages rendered again", log.ToString(), StringComparison.Ordinal);
        using var full = Built(content);
        foreach (var path in FeedFiles(full))
        {
            Assert.True(full.Read(path) == File.ReadAllText(Path.Combine(output, path)), $"{path} differs from a full build");
        }
    }

    private static string Link(XElement feed, string rel) =>
        feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == rel).Attribute("href")!.Value;

    private static List<string> Paragraphs(XElement feed, string letterId) =>
        [.. Entry(feed, letterId).Element(Atom + "summary")!.Element(Xhtml + "div")!.Elements(Xhtml + "p").Select(p => p.Value)];

    [GeneratedRegex(@"\A\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})\z")]
    private static partial Regex Rfc3339();

    [GeneratedRegex(@"<link rel=""alternate"" type=""application/atom\+xml""")]
    private static partial Regex AtomLinks();
}
