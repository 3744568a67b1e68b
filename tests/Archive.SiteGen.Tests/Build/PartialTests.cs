using System.Text;
using Archive.SiteGen.Build;
using Archive.SiteGen.Build.Pages;

using Archive.SiteGen.Build.Templates;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// <c>partial "name" value</c>: how a template renders a piece shared by several pages, and what an editor of the
/// templates is told when a partial is misused.
/// </summary>
public class PartialTests
{
    [Fact]
    public void A_partial_called_as_a_statement_appears_where_it_is_called()
    {
        var page = Render404("<main>{{ partial \"search-box\" null }}</main>");

        Assert.Matches("<main><form class=\"search-box\"[^$]*</form>\\s*</main>", page);
    }

    [Fact]
    public void A_partial_whose_value_is_kept_appears_where_the_value_is_written()
    {
        var page = Render404("{{ box = partial \"search-box\" null }}<p id=\"before\"></p><div id=\"boxed\">{{ box }}</div>");

        Assert.Matches("<p id=\"before\"></p><div id=\"boxed\"><form class=\"search-box\"[^$]*</form>\\s*</div>", page);
        Assert.Equal(1, Occurrences(page, "<form class=\"search-box\""));
    }

    [Fact]
    public void A_partial_sees_its_value_as_model_and_does_not_change_the_callers_model()
    {
        var page = Render404(
            "{{ partial \"echo\" \"from the caller\" }}|{{ model.search_url }}",
            ("partials/echo.scriban", "<b>{{ model }}</b>"));

        Assert.Contains("<b>from the caller</b>|/search/", page, StringComparison.Ordinal);
    }

    [Fact]
    public void What_a_partial_prints_is_escaped_like_everything_else()
    {
        var page = Render404(
            "{{ partial \"echo\" \"<script>alert(1)</script>\" }}",
            ("partials/echo.scriban", "<b>{{ model }}</b>"));

        Assert.Contains("<b>&lt;script&gt;alert(1)&lt;/script&gt;</b>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_that_renders_itself_fails_the_build_with_the_line_instead_of_crashing()
    {
        var (exitCode, log) = Build404("{{ partial \"loop\" 1 }}", ("partials/loop.scriban", "x{{ partial \"loop\" model }}"));

        Assert.Equal(1, exitCode);
        Assert.Matches(@"loop\.scriban:1: partial 'loop' is nested 32 deep: does it render itself\?", log);
    }

    [Fact]
    public void A_partial_that_does_not_exist_is_named()
    {
        var (exitCode, log) = Build404("{{ partial \"no-such-box\" null }}");

        Assert.Equal(1, exitCode);
        Assert.Matches(@"404\.scriban:1: there is no partial 'no-such-box' \(partials/no-such-box\.scriban in ", log);
    }

    [Fact]
    public void A_partial_called_without_its_value_is_an_error_with_its_line()
    {
        var (exitCode, log) = Build404("\n{{ partial \"search-box\" }}");

        Assert.Equal(1, exitCode);
        Assert.Matches(@"404\.scriban:2: Invalid number of arguments `1` passed to `partial ""search-box""` while expecting `2`", log);
    }

    [Fact]
    public void A_letter_in_a_list_reads_the_same_on_every_page()
    {
        var (exitCode, log, site) = Build(
            "{{ partial \"search-box\" null }}",
            [("partials/letter-item.scriban", "<li>{{ model.title }}|{{ model.signers }}|{{ model.url }}</li>")]);
        using (site)
        {
            Assert.True(exitCode == 0, log);
            var built = Path.Combine(site.Root, "out", "_site");
            const string Item = "<li>A Letter on the Responsibility to Protect|3 organizations|/letters/2009-07-20-first/</li>";
            Assert.Contains(Item, File.ReadAllText(Path.Combine(built, "index.html")), StringComparison.Ordinal);
            Assert.Contains(Item, File.ReadAllText(Path.Combine(built, "letters", "index.html")), StringComparison.Ordinal);
            Assert.Contains(Item, File.ReadAllText(Path.Combine(built, "organizations", "human-rights-watch", "index.html")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void What_a_partial_rendered_is_kept_for_that_partial_and_that_very_instance()
    {
        var rendered = new RenderedOnce();
        var summary = new LetterSummary("Title", "/letters/x/", "1 May 2001", "2001-05-01", 2001, 3, "3 organizations", "", "en");
        var html = new TrustedHtml("<li>Title</li>");

        Assert.Null(rendered.Find(summary, "letter-item"));
        Assert.Same(html, rendered.Keep(summary, "letter-item", html));
        Assert.Same(html, rendered.Find(summary, "letter-item"));
        Assert.Null(rendered.Find(summary, "another-partial"));
        // Kept by reference: a copy, even an equal one, is rendered for itself.
        Assert.Null(rendered.Find(summary with { Title = "Another title" }, "letter-item"));
        Assert.Null(rendered.Find(summary with { }, "letter-item"));
    }

    [Fact]
    public void Only_data_marked_as_rendering_the_same_everywhere_is_rendered_once()
    {
        Assert.True(RenderOnceAttribute.IsOn(new LetterSummary("T", "/u/", "", "", 2001, 1, "", "", "en")));
        Assert.False(RenderOnceAttribute.IsOn(new SiteView("t", "d", "en", "/", "", "", "", "", "", "", "", "", "", null, new SiteImage("https://example.org/card.png", 1200, 630, "A card"))));
        Assert.False(RenderOnceAttribute.IsOn("text"));
    }

    [Fact]
    public void A_page_grows_its_buffer_as_needed_and_is_written_as_the_same_UTF_8_as_its_text()
    {
        var output = new HtmlOutput();
        var expected = new StringBuilder();
        for (var i = 0; i < 5_000; i++)
        {
            var piece = $"Signé 🕊 <{i}> ";
            output.Write(piece, 0, piece.Length);
            expected.Append(piece);
        }

        Assert.True(output.Capacity > 16 * 1024);
        Assert.Equal(expected.ToString(), new string(output.Html));
        Assert.Equal(Encoding.UTF8.GetBytes(expected.ToString()), Utf8Buffer.Encode(output.Html).ToArray());
        // The thread's byte buffer is reused: a shorter page after a longer one is only itself.
        Assert.Equal("é"u8.ToArray(), Utf8Buffer.Encode("é").ToArray());
    }

    private static string Render404(string page, params (string Template, string Text)[] more)
    {
        var (exitCode, log, site) = Build(page, more);
        using (site)
        {
            Assert.True(exitCode == 0, log);
            return File.ReadAllText(Path.Combine(site.Root, "out", "_site", "404.html"));
        }
    }

    private static (int ExitCode, string Log) Build404(string page, params (string Template, string Text)[] more)
    {
        var (exitCode, log, site) = Build(page, more);
        site.Dispose();
        return (exitCode, log);
    }

    private static (int ExitCode, string Log, TemplatesCopy Templates) Build(string page, (string Template, string Text)[] more)
    {
        using var content = SiteFixtures.SmallArchive();
        var templates = new TemplatesCopy();
        templates.Write("404.scriban", page);
        foreach (var (template, text) in more)
        {
            templates.Write(template, text);
        }

        var log = new StringWriter();
        var result = BuildSite.Run(new(content.Root, Path.Combine(templates.Root, "out", "_site"), templates.Root, Search: false), log);
        return (result.ExitCode, log.ToString(), templates);
    }

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
