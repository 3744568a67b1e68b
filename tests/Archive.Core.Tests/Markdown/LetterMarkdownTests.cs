using Archive.Core.Markdown;

namespace Archive.Core.Tests.Markdown;

public class LetterMarkdownTests
{
    [Fact]
    public void Paragraphs_and_lists_become_HTML()
    {
        Assert.Equal(
            "<p>Excellency,</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n",
            LetterMarkdown.ToHtml("Excellency,\n\n- one\n- two\n"));
    }

    [Fact]
    public void Raw_HTML_in_a_letter_is_shown_as_text_never_run()
    {
        var html = LetterMarkdown.ToHtml("<script>alert(1)</script>\n\nGay & Lesbian <b>Network</b>");

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Gay &amp; Lesbian", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_keeps_the_words_without_markup() =>
        Assert.Equal("Excellency,\n\none\ntwo", LetterMarkdown.ToPlainText("Excellency,\n\n- one\n- *two*\n").ReplaceLineEndings("\n"));

    // Issue 17: only http, https, mailto and addresses on the site stay links, however the scheme is spelt.
    [Theory]
    [InlineData("[x](javascript:alert(1))", "x")]
    [InlineData("[x](JaVaScRiPt:alert(1))", "x")]
    [InlineData("[x]( javascript:alert(1))", "x")]
    [InlineData("[x](&#106;avascript:alert(1))", "x")]
    [InlineData("[x](javascript&#58;alert(1))", "x")]
    [InlineData("[x](<java\tscript:alert(1)>)", "x")]
    [InlineData("[x](<\u0001javascript:alert(1)>)", "x")]
    [InlineData("[x](vbscript:msgbox(1))", "x")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)", "x")]
    [InlineData("[x](file:///etc/passwd)", "x")]
    [InlineData("[x](ftp://example.org/file)", "x")]
    [InlineData("[x](tel:+41221234567)", "x")]
    [InlineData("[*emphasis* kept](javascript:alert(1))", "<em>emphasis</em> kept")]
    [InlineData("[x][evil]\n\n[evil]: javascript:alert(1)", "x")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("ftp://example.org/file", "ftp://example.org/file")]
    [InlineData("![a photograph](data:image/png;base64,iVBORw0KGgo=)", "a photograph")]
    [InlineData("![a photograph](javascript:alert(1))", "a photograph")]
    public void A_link_or_image_to_anything_else_is_shown_as_its_text(string markdown, string text)
    {
        var html = LetterMarkdown.ToHtml(System.Text.RegularExpressions.Regex.Unescape(markdown));

        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](https://example.org/a?b=c#d)", "https://example.org/a?b=c#d")]
    [InlineData("[x](HTTP://example.org/)", "HTTP://example.org/")]
    [InlineData("[x](mailto:editors@example.org)", "mailto:editors@example.org")]
    [InlineData("<editors@example.org>", "mailto:editors@example.org")]
    [InlineData("https://example.org/bare", "https://example.org/bare")]
    [InlineData("[x](../letters/)", "../letters/")]
    [InlineData("[x](/organizations/hrw/)", "/organizations/hrw/")]
    [InlineData("[x](#signatories)", "#signatories")]
    [InlineData("[x](?q=third+pillar)", "?q=third+pillar")]
    [InlineData("[x](//example.org/x)", "//example.org/x")]
    [InlineData("[x](a/b:c)", "a/b:c")]
    public void Links_to_http_https_mailto_and_the_site_stay_links(string markdown, string href) =>
        Assert.Contains($"href=\"{href}\"", LetterMarkdown.ToHtml(markdown), StringComparison.Ordinal);

    [Fact]
    public void An_allowed_image_stays_an_image_and_the_plain_text_keeps_the_words_of_a_link_shown_as_text()
    {
        Assert.Contains("<img src=\"https://example.org/photo.png\" alt=\"photo\"", LetterMarkdown.ToHtml("![photo](https://example.org/photo.png)"), StringComparison.Ordinal);
        Assert.Equal("Read the appeal now.", LetterMarkdown.ToPlainText("Read [the appeal](javascript:alert(1)) now."));
    }

    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("  \u0000JaVa\tScRiPt\n:x", "JaVaScRiPt")]
    [InlineData("https://example.org/", "https")]
    [InlineData("x-custom+1.2:y", "x-custom+1.2")]
    [InlineData("/relative:colon", null)]
    [InlineData("#fragment", null)]
    [InlineData("1http://x", null)]
    [InlineData("java script:x", null)]
    [InlineData(":nothing", null)]
    [InlineData("", null)]
    public void The_scheme_of_an_address_is_read_as_a_browser_reads_it(string address, string? scheme) =>
        Assert.Equal(scheme, AllowedLinks.SchemeOf(System.Text.RegularExpressions.Regex.Unescape(address)));

    [Fact]
    public void Each_link_shown_as_text_is_found_at_its_line_in_the_order_written()
    {
        var links = LetterMarkdown.UnsafeLinks("Dear Excellency,\n\nA [first](javascript:a) and\na second ![image](data:x) here.\n\n- <vbscript:c>\n- [fine](https://example.org/)\n\n[ref]: file:///x\n\nSee [ref].\n");

        Assert.Equal(
            [new UnsafeLink(3, "javascript:a", false), new UnsafeLink(4, "data:x", true), new UnsafeLink(6, "vbscript:c", false), new UnsafeLink(11, "file:///x", false)],
            links);
    }

    [Fact]
    public void Skipping_texts_without_a_link_finds_exactly_what_parsing_every_text_finds()
    {
        // Random texts made of the pieces links are written with, and the repository's letters.
        string[] pieces =
        [
            "[", "]", "(", ")", "<", ">", ":", "!", "*", " ", "\n", "\n\n", "\t", "\\", "&#106;", "&#58;", "javascript", "JaVaScRiPt",
            "data", "ftp", "FTP", "tel", "Tel", "//", "http", "www.", "mailto", "a@b.org", "x", "+41", "]:", "](", "- ", "> ",
        ];
        var random = new Random(17);
        var texts = Enumerable.Range(0, 20_000)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 24)).Select(_ => pieces[random.Next(pieces.Length)])))
            .Concat(Directory.EnumerateFiles(Path.Combine(Archive.Testing.RepositoryPaths.Content, "letters")).Select(File.ReadAllText))
            .ToList();

        Assert.All(texts, text => Assert.Equal(LetterMarkdown.UnsafeLinks(text, screen: false), LetterMarkdown.UnsafeLinks(text)));
        Assert.Contains(texts, text => LetterMarkdown.UnsafeLinks(text, screen: false).Count > 0);
    }
}

