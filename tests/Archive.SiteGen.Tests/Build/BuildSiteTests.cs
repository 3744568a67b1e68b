using System.Xml.Linq;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

public class BuildSiteTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void Every_page_kind_is_written_at_its_address()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        Assert.Equal(0, site.ExitCode);
        Assert.All(
            [
                "index.html",
                "letters/index.html",
                "letters/2009-07-20-first/index.html",
                "letters/2008-undated/index.html",
                "letters/2012-03-ngo-letter/index.html",
                "organizations/index.html",
                "organizations/gay-and-lesbian-network/index.html",
                "organizations/350-africa/index.html",
                "countries/index.html",
                "countries/za/index.html",
                "countries/bi/index.html",
                "search/index.html",
                "404.html",
                "feed.xml",
                "sitemap.xml",
                "robots.txt",
                "sources/2009-07-20-first.txt",
            ],
            path => Assert.True(site.Exists(path), $"{path} is missing"));
        Assert.Equal("The original text of the first letter.\n", site.Read("sources/2009-07-20-first.txt"));
    }

    [Fact]
    public void Every_internal_link_of_every_page_points_to_a_file_of_the_site()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var broken = site.HtmlFiles()
            .SelectMany(page => site.InternalLinks(page).Where(link => !site.Resolves(link)).Select(link => $"{page} -> {link}"))
            .ToList();

        Assert.Empty(broken);
        Assert.Contains("/sources/2009-07-20-first.txt", site.InternalLinks("letters/2009-07-20-first/index.html"));
    }

    [Fact]
    public void The_home_page_counts_letters_organizations_and_countries()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var home = site.Read("index.html");

        Assert.Contains("<span class=\"stat-number\" data-count=\"letters\">3</span>", home, StringComparison.Ordinal);
        Assert.Contains("<span class=\"stat-number\" data-count=\"organizations\">4</span>", home, StringComparison.Ordinal);
        Assert.Contains("<span class=\"stat-number\" data-count=\"countries\">4</span>", home, StringComparison.Ordinal);
        Assert.Contains("action=\"/search/\" method=\"get\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public void The_letters_page_lists_letters_newest_first_grouped_by_year()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var letters = site.Read("letters/index.html");

        string[] expected = ["<h2 id=\"y2012\">", "/letters/2012-03-ngo-letter/", "<h2 id=\"y2009\">", "/letters/2009-07-20-first/", "<h2 id=\"y2008\">", "/letters/2008-undated/"];
        var order = expected
            .Select(s => letters.IndexOf(s, StringComparison.Ordinal))
            .ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void A_letter_page_shows_its_date_precision_signatories_counts_citation_and_neighbours()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var first = site.Read("letters/2009-07-20-first/index.html");
        var undated = site.Read("letters/2008-undated/index.html");
        var march = site.Read("letters/2012-03-ngo-letter/index.html");

        Assert.Contains(">20 July 2009</time>", first, StringComparison.Ordinal);
        Assert.Contains(">2008 (undated)</time>", undated, StringComparison.Ordinal);
        Assert.Contains("The letter prints no date; it refers to the 63rd General Assembly.", undated, StringComparison.Ordinal);
        Assert.Contains(">March 2012</time>", march, StringComparison.Ordinal);
        Assert.Contains("Signed by 3 organizations from 3 countries", first, StringComparison.Ordinal);
        Assert.Contains("Great Lakes", first, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/organizations/human-rights-watch/\">Human Rights Watch</a>", first, StringComparison.Ordinal);
        Assert.Contains("President of the General Assembly", first, StringComparison.Ordinal);
        Assert.Contains("@misc{2009-07-20-first,", first, StringComparison.Ordinal);
        Assert.Contains("https://archive.example.org/letters/2009-07-20-first/", first, StringComparison.Ordinal);
        // Its JSON is the file beside it, which a site without an API still has (issue 19).
        Assert.Contains("<a href=\"/letters/2009-07-20-first/index.json\" type=\"application/json\" data-json-link>This letter as JSON</a>", first, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/letters/2008-undated/\" rel=\"prev\"", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/letters/2012-03-ngo-letter/\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", undated, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", march, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_letter_pages_are_marked_for_the_search_index_with_their_filters_and_sort_date()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var indexed = site.HtmlFiles().Where(p => site.Read(p).Contains("data-pagefind-body", StringComparison.Ordinal)).ToList();
        var first = site.Read("letters/2009-07-20-first/index.html");

        Assert.Equal(["letters/2008-undated/index.html", "letters/2009-07-20-first/index.html", "letters/2012-03-ngo-letter/index.html"], indexed);
        Assert.Contains("data-pagefind-sort=\"date:2009-07-20\"", first, StringComparison.Ordinal);
        Assert.Contains("data-pagefind-filter=\"year:2009\"", first, StringComparison.Ordinal);
        Assert.Contains("data-pagefind-filter=\"organization[data-organization]\" data-organization=\"Gay &amp; Lesbian Network\"", first, StringComparison.Ordinal);
        Assert.Contains("data-pagefind-filter=\"country\">Burundi</a>", first, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organization_page_counts_its_letters_per_year_and_its_co_signers()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var network = site.Read("organizations/gay-and-lesbian-network/index.html");
        var watch = site.Read("organizations/human-rights-watch/index.html");

        Assert.Contains("<desc id=\"timeline-description\">2009: 1 letter; 2012: 1 letter</desc>", network, StringComparison.Ordinal);
        // Every year from the first letter to the last has a bar, so the gap 2010–2011 shows.
        Assert.Equal(4, network.Split("class=\"timeline-bar\"").Length - 1);
        Assert.Contains("<dd data-letter-count=\"2\">2</dd>", network, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/organizations/350-africa/\">350 Africa</a></th><td class=\"number\">1</td>", network, StringComparison.Ordinal);
        Assert.Contains("Human Rights Watch (HRW)", watch, StringComparison.Ordinal);
        Assert.Contains("Letters it published", watch, StringComparison.Ordinal);
        Assert.Contains("Letters its people signed", watch, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/organizations/forum-pour-le-renforcement-de-la-societe-civile/\">Forum pour le Renforcement de la Société Civile</a></th><td class=\"number\">2</td>", watch, StringComparison.Ordinal);
    }

    [Fact]
    public void Organizations_are_grouped_by_initial_and_countries_are_counted()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var organizations = site.Read("organizations/index.html");
        var countries = site.Read("countries/index.html");
        var burundi = site.Read("countries/bi/index.html");

        Assert.Contains("<h2 id=\"other\">#</h2>", organizations, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"f\">F</h2>", organizations, StringComparison.Ordinal);
        Assert.Contains("<span class=\"count\" data-letter-count=\"2\">2 letters</span>", organizations, StringComparison.Ordinal);
        Assert.Contains("<tr data-country=\"BI\"><th scope=\"row\"><a href=\"/countries/bi/\">Burundi</a></th><td class=\"number\">1</td><td class=\"number\">2</td></tr>", countries, StringComparison.Ordinal);
        Assert.Contains("/letters/2009-07-20-first/", burundi, StringComparison.Ordinal);
        Assert.Contains("/letters/2008-undated/", burundi, StringComparison.Ordinal);
    }

    [Fact]
    public void The_feed_is_atom_with_an_entry_linking_to_each_letter()
    {
        // Its order and dates (what is new in the archive) are the specification of NewInTheArchiveTests.
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var feed = XDocument.Parse(site.Read("feed.xml")).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://archive.example.org/", feed.Element(Atom + "id")!.Value);
        Assert.Equal(
            ["https://archive.example.org/letters/2008-undated/", "https://archive.example.org/letters/2009-07-20-first/", "https://archive.example.org/letters/2012-03-ngo-letter/"],
            feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).Order(StringComparer.Ordinal));
        Assert.All(feed.Elements(Atom + "entry"), e => Assert.NotNull(e.Element(Atom + "link")!.Attribute("href")));
        Assert.Contains("feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sitemap_lists_every_page_but_the_404_and_robots_points_to_it()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var locations = XDocument.Parse(site.Read("sitemap.xml")).Root!.Elements(Sitemaps + "url").Select(u => u.Element(Sitemaps + "loc")!.Value).ToList();
        var pages = site.HtmlFiles().Where(p => p != "404.html")
            .Select(p => "https://archive.example.org/" + (p == "index.html" ? "" : p[..^"index.html".Length]));

        Assert.Equal(pages.Order(StringComparer.Ordinal), locations.Order(StringComparer.Ordinal));
        Assert.Contains("Sitemap: https://archive.example.org/sitemap.xml", site.Read("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_has_a_title_description_canonical_address_and_open_graph_tags()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        Assert.All(site.HtmlFiles(), path =>
        {
            var html = site.Read(path);
            Assert.Matches("<title>[^<]+</title>", html);
            Assert.Matches("<meta name=\"description\" content=\"[^\"]+\">", html);
            Assert.Matches("<link rel=\"canonical\" href=\"https://archive\\.example\\.org/[^\"]*\">", html);
            Assert.Contains("<meta property=\"og:title\"", html, StringComparison.Ordinal);
            Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
            // The Content-Security-Policy allows no inline script or style: only JSON-LD, which is not executed.
            Assert.DoesNotMatch("<script(?! type=\"application/ld\\+json\")(?! type=\"module\" src=)", html);
            Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_stylesheet_is_published_under_a_name_carrying_its_hash()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var stylesheet = Assert.Single(Directory.GetFiles(Path.Combine(site.Output, "assets"), "site.*.css"));

        Assert.Matches(@"site\.[0-9a-f]{10}\.css$", stylesheet);
        Assert.Contains($"href=\"/assets/{Path.GetFileName(stylesheet)}\"", site.Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical()
    {
        using var content = SiteFixtures.SmallArchive();
        using var first = BuiltSite.From(content);
        using var second = BuiltSite.From(content);

        var files = Directory.EnumerateFiles(first.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first.Output, f)).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(first.Output, f)), File.ReadAllBytes(Path.Combine(second.Output, f))));
    }

    [Fact]
    public void A_broken_build_leaves_the_previous_site_byte_identical_and_exits_1_with_path_line_messages()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);
        var before = Snapshot(site.Output);
        content.Letter("2013-broken", "title: Broken\ndate: 2013-02-30\nsource: https://example.org/\nsignatories:\n  - name: Nobody Known");

        var (exitCode, log) = BuiltSite.Build(content.Root, site.Output);

        Assert.Equal(1, exitCode);
        Assert.Contains("letters/2013-broken.md:3: invalid date '2013-02-30'", log, StringComparison.Ordinal);
        Assert.Contains("letters/2013-broken.md:6: no organization is known by the name 'Nobody Known'", log, StringComparison.Ordinal);
        Assert.Contains("build: the load step failed", log, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(site.Output));
        Assert.Equal(["_site"], Directory.GetFileSystemEntries(site.Parent).Select(Path.GetFileName));
    }

    [Fact]
    public void A_template_error_names_the_template_line_and_the_pages_step()
    {
        using var content = SiteFixtures.SmallArchive();
        using var templates = new TemplatesCopy();
        templates.Write("country.scriban", templates.Read("country.scriban") + "\n{{ model.no_such_field }}\n");
        var output = Path.Combine(templates.Root, "out", "_site");
        var log = new StringWriter();

        var result = Archive.SiteGen.Build.BuildSite.Run(new(content.Root, output, templates.Root, Search: false), log);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"country\.scriban:\d+: .*no_such_field", log.ToString());
        Assert.Contains("build: the pages step failed", log.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_folder_that_is_not_a_built_site_is_never_replaced()
    {
        using var content = SiteFixtures.SmallArchive();
        var folder = Path.Combine(Path.GetTempPath(), "archive-not-a-site-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "precious.txt"), "keep me");
        try
        {
            var (exitCode, log) = BuiltSite.Build(content.Root, folder);

            Assert.Equal(1, exitCode);
            Assert.Contains("is not a built site", log, StringComparison.Ordinal);
            Assert.Equal("keep me", File.ReadAllText(Path.Combine(folder, "precious.txt")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_command_line_builds_with_content_and_out_and_prints_a_timed_summary()
    {
        using var content = SiteFixtures.SmallArchive();
        var output = Path.Combine(content.Root, "..", "archive-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exitCode, stdout, stderr) = ExternalProgram.Archive("build", "--content", content.Root, "--out", output, "--no-search");

            Assert.True(exitCode == 0, stdout + stderr);
            Assert.Matches(@"build: \d+ pages, \d+ files in .*\(load \d+ ms, data \d+ ms, assemble \d+ ms, pages \d+ ms, files \d+ ms, publish \d+ ms; total \d+ ms\)", stdout);
            Assert.True(File.Exists(Path.Combine(output, "index.html")));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Fact]
    public void Without_node_a_build_with_search_says_what_to_install_and_exits_1()
    {
        using var content = SiteFixtures.SmallArchive();
        var output = Path.Combine(content.Root, "..", "archive-no-node-" + Guid.NewGuid().ToString("N"));
        var emptyPath = Directory.CreateTempSubdirectory("archive-empty-path-").FullName;
        try
        {
            var (exitCode, stdout, stderr) = ExternalProgram.Archive(new Dictionary<string, string> { ["PATH"] = emptyPath }, "build", "--content", content.Root, "--out", output);

            Assert.Equal(1, exitCode);
            Assert.Contains("'node' is not on PATH; install Node.js 20 or later, or build with --no-search", stdout, StringComparison.Ordinal);
            Assert.Contains("build: the search step failed", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(output));
        }
        finally
        {
            Directory.Delete(emptyPath);
        }
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
