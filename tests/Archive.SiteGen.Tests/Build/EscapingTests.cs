using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// Every value a page shows comes from content an editor (or an import) wrote, so every one is escaped: a hostile
/// letter whose every field carries markup must come out as inert text in every page, the feed and the JSON-LD.
/// </summary>
public partial class EscapingTests
{
    private const string HostileTitle = "<script>alert(4)</script> \"Title\" & 'more' </script>";

    internal static TemporaryContent HostileArchive() => new TemporaryContent()
        .Organization("evil", """
            name: '<script>alert(1)</script> "Quoted" ''Single'' & Co'
            acronym: A&B<i>
            aliases:
              - '</script><script>alert(2)</script>'
            countries: [FR]
            description: '<script>alert(3)</script> & more'
            """)
        .Organization("gay-and-lesbian-network", """
            name: Gay & Lesbian Network
            countries: [ZA]
            """)
        .Write("sources/hostile.txt", "<script>alert(13)</script>\n")
        .Letter("2010-hostile", """
            title: '<script>alert(4)</script> "Title" & ''more'' </script>'
            date: 2010
            undated: true
            date_note: '<script>alert(5)</script> estimated & "guessed"'
            recipients:
              - '<script>alert(6)</script>'
            cc:
              - '<img src=x onerror=alert(14)>'
            publisher: evil
            source:
              file: sources/hostile.txt
              note: '<script>alert(7)</script>'
            signatories:
              - name: '</script><script>alert(2)</script>'
                countries: [FR]
                regions: ['<script>alert(8)</script>']
              - name: Gay & Lesbian Network
            people:
              - name: '<script>alert(9)</script>'
                roles:
                  - title: '<img src=x onerror=alert(10)>'
                    affiliation: '<script>alert(11)</script>'
            """, "<script>alert(12)</script>\n\nText & more: <b>bold</b>.\n\n" + HostileLinks);

    // Issue 17: links and images to anything but http, https, mailto or the site, however the scheme is spelt.
    private const string HostileLinks =
        "Links: [a](javascript:alert(15)), [b](JaVaScRiPt:alert(16)), [c]( vbscript:msgbox(17)),\n"
        + "[d](&#106;avascript:alert(18)), [e](<java\tscript:alert(19)>), <javascript:alert(20)>,\n"
        + "![f](data:text/html;base64,PHNjcmlwdD5hbGVydCgyMSk8L3NjcmlwdD4=) and [g](file:///etc/passwd).\n";

    [Fact]
    public void No_field_of_a_hostile_letter_becomes_markup_anywhere_in_the_site()
    {
        using var content = HostileArchive();
        using var site = BuiltSite.From(content);
        Assert.Equal(0, site.ExitCode);

        // The CSV downloads hold every name as printed, as data (served as text/csv, never read as HTML), like the
        // original texts; their cells are guarded against formulas instead (DataFilesTests).
        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".txt", StringComparison.Ordinal) && !f.EndsWith(".js", StringComparison.Ordinal) && !f.EndsWith(".csv", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file =>
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("<script>alert", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>bold", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<i>", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void No_link_or_image_of_a_hostile_letter_points_anywhere_but_http_https_mailto_or_the_site()
    {
        using var content = HostileArchive();
        using var site = BuiltSite.From(content);

        var addresses = site.HtmlFiles()
            .SelectMany(path => LinkAddress().Matches(site.Read(path)).Select(m => (Page: path, Address: WebUtility.HtmlDecode(m.Groups[1].Value))))
            .ToList();
        var body = site.Read("letters/2010-hostile/index.html");

        Assert.NotEmpty(addresses);
        Assert.All(addresses, link => Assert.True(
            Scheme().Match(link.Address.Trim()) is not { Success: true } scheme || scheme.Groups[1].Value.ToLowerInvariant() is "http" or "https" or "mailto",
            $"{link.Page}: {link.Address}"));
        // The links' words stay, as text.
        Assert.Contains("Links: a, b, c,\nd, e, javascript:alert(20),\nf and g.", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_names_each_link_shown_as_text_at_its_line_in_the_letter_file()
    {
        using var content = HostileArchive();
        var output = new StringWriter();
        var lines = File.ReadAllLines(Path.Combine(content.Root, "letters", "2010-hostile.md"));
        string At(string address) => $"letters/2010-hostile.md:{Array.FindIndex(lines, l => l.Contains(address, StringComparison.Ordinal)) + 1}: warning: the";

        Archive.SiteGen.Check.CheckCommand.Run(content.Root, output);
        var warnings = output.ToString();

        Assert.Contains($"{At("alert(15)")} link 'javascript:alert(15)' is shown as text", warnings, StringComparison.Ordinal);
        Assert.Contains($"{At("alert(16)")} link 'JaVaScRiPt:alert(16)' is shown as text", warnings, StringComparison.Ordinal);
        Assert.Contains($"{At("msgbox(17)")} link 'vbscript:msgbox(17)' is shown as text", warnings, StringComparison.Ordinal);
        Assert.Contains($"{At("alert(18)")} link 'javascript:alert(18)' is shown as text", warnings, StringComparison.Ordinal);
        Assert.Contains($"{At("alert(19)")} link 'java?script:alert(19)' is shown as text", warnings, StringComparison.Ordinal);
        Assert.Contains($"{At("alert(20)")} link 'javascript:alert(20)' is shown as text", warnings, StringComparison.Ordinal);
        Assert.Contains($"{At("base64")} image 'data:text/html;base64,PHNjcmlwdD5hbGVydCgyMSk8L3NjcmlwdD4=' is shown as text", warnings, StringComparison.Ordinal);
        Assert.Contains($"{At("file:///")} link 'file:///etc/passwd' is shown as text", warnings, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_script_element_ends_where_it_should_even_with_script_tags_in_the_data()
    {
        using var content = HostileArchive();
        using var site = BuiltSite.From(content);

        Assert.All(site.HtmlFiles(), path =>
        {
            var html = site.Read(path);
            Assert.Equal(Regex.Count(html, "<script"), Regex.Count(html, "</script>"));
        });
    }

    [Fact]
    public void The_hostile_title_reads_exactly_as_written_in_the_page_the_json_ld_and_the_feed()
    {
        using var content = HostileArchive();
        using var site = BuiltSite.From(content);
        var page = site.Read("letters/2010-hostile/index.html");

        var heading = HeadingText().Match(page).Groups[1].Value;
        var jsonLd = JsonLd().Match(page).Groups[1].Value;
        var feedTitle = XDocument.Parse(site.Read("feed.xml")).Descendants(XName.Get("entry", "http://www.w3.org/2005/Atom")).Single()
            .Element(XName.Get("title", "http://www.w3.org/2005/Atom"))!.Value;

        Assert.Equal(HostileTitle, WebUtility.HtmlDecode(heading));
        Assert.DoesNotContain("</", jsonLd, StringComparison.Ordinal);
        Assert.DoesNotContain("<", jsonLd, StringComparison.Ordinal);
        Assert.Equal(HostileTitle, JsonDocument.Parse(jsonLd).RootElement.GetProperty("name").GetString());
        Assert.Equal(HostileTitle, feedTitle);
    }

    [Fact]
    public void The_organizations_names_for_the_filter_read_exactly_as_written_and_hold_no_markup()
    {
        using var content = HostileArchive();
        using var site = BuiltSite.From(content);
        var json = site.Read("organizations/index.json");

        var evil = JsonDocument.Parse(json).RootElement.GetProperty("organizations").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "evil");

        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.Equal("<script>alert(1)</script> \"Quoted\" 'Single' & Co", evil.GetProperty("name").GetString());
        Assert.Equal("A&B<i>", evil.GetProperty("acronym").GetString());
        Assert.Equal(["</script><script>alert(2)</script>"], evil.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void An_ampersand_is_escaped_once_in_html_and_reads_as_written()
    {
        using var content = HostileArchive();
        using var site = BuiltSite.From(content);
        var page = site.Read("letters/2010-hostile/index.html");
        var organization = site.Read("organizations/gay-and-lesbian-network/index.html");

        Assert.Contains(">Gay &amp; Lesbian Network</a>", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Gay &amp; Lesbian Network</h1>", organization, StringComparison.Ordinal);
        Assert.Contains("<title>Gay &amp; Lesbian Network · Test Archive</title>", organization, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;amp;", page + organization, StringComparison.Ordinal);
        Assert.Contains("Gay & Lesbian Network", WebUtility.HtmlDecode(organization), StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_cannot_leave_an_attribute()
    {
        using var content = HostileArchive();
        using var site = BuiltSite.From(content);
        var page = site.Read("letters/2010-hostile/index.html");

        Assert.Contains("data-organization=\"&lt;script&gt;alert(1)&lt;/script&gt; &quot;Quoted&quot; &#39;Single&#39; &amp; Co\"", page, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\" content=\"&lt;script&gt;alert(4)&lt;/script&gt; &quot;Title&quot; &amp; &#39;more&#39; &lt;/script&gt;\">", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex LinkAddress();

    // A scheme as browsers read it (tabs and line breaks inside are ignored).
    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.\\-\\t\\n\\r]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex("<h1 data-pagefind-meta=\"title\">(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex HeadingText();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
