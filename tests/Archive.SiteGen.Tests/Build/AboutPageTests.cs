using System.Xml.Linq;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// The About page (issue 17): written by the editors in <c>content/about.md</c>, published at <c>/about/</c>, linked
/// from every page and listed in the sitemap; an archive without the file has neither the page nor the link.
/// </summary>
public class AboutPageTests
{
    private const string About = """
        ---
        title: About this archive
        description: What the archive is and how it is made.
        ---

        The archive keeps **open letters** & their signatories. Browse [the letters](../letters/).

        ## Reporting an error

        Write to [the editors](mailto:editors@example.org), not to [this](javascript:alert(1)).
        """;

    [Fact]
    public void The_About_page_is_rendered_from_about_md_at_about()
    {
        using var content = SiteFixtures.SmallArchive().Write("about.md", About);
        using var site = BuiltSite.From(content);
        var page = site.Read("about/index.html");

        Assert.Equal(0, site.ExitCode);
        Assert.Contains("<title>About this archive · Test Archive</title>", page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"What the archive is and how it is made.\">", page, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://archive.example.org/about/\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>About this archive</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<p>The archive keeps <strong>open letters</strong> &amp; their signatories. Browse <a href=\"../letters/\">the letters</a>.</p>", page, StringComparison.Ordinal);
        Assert.Contains("<h2>Reporting an error</h2>", page, StringComparison.Ordinal);
        Assert.Contains("Write to <a href=\"mailto:editors@example.org\">the editors</a>, not to this.", page, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"/about/\" aria-current=\"true\">About</a></li>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_links_to_the_About_page_and_the_sitemap_lists_it()
    {
        using var content = SiteFixtures.SmallArchive().Write("about.md", About);
        using var site = BuiltSite.From(content);
        XNamespace sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

        Assert.All(site.HtmlFiles(), path => Assert.Contains("<a href=\"/about/\"", site.Read(path), StringComparison.Ordinal));
        Assert.Contains(
            "https://archive.example.org/about/",
            XDocument.Parse(site.Read("sitemap.xml")).Root!.Elements(sitemaps + "url").Select(u => u.Element(sitemaps + "loc")!.Value));
    }

    [Fact]
    public void Without_about_md_the_site_builds_without_an_About_page_or_a_link_to_one()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        Assert.Equal(0, site.ExitCode);
        Assert.False(site.Exists("about/index.html"));
        Assert.All(site.HtmlFiles(), path => Assert.DoesNotContain("/about/", site.Read(path), StringComparison.Ordinal));
        Assert.DoesNotContain("/about/", site.Read("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_about_md_stops_the_build_with_its_path_and_line()
    {
        using var content = SiteFixtures.SmallArchive().Write("about.md", "---\ntitel: About\n---\n\nText.\n");
        using var site = BuiltSite.From(content);

        Assert.Equal(1, site.ExitCode);
        Assert.Contains("about.md:2: missing required field 'title'", site.Log, StringComparison.Ordinal);
        Assert.Contains("about.md:2: unknown field 'titel'", site.Log, StringComparison.Ordinal);
    }
}
