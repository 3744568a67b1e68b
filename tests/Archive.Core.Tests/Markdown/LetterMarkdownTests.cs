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
}
