using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Archive.Core.Markdown;

/// <summary>
/// Turns a letter's Markdown body into HTML and plain text, the same way for the site and the API.
/// Raw HTML in the Markdown is not rendered (it shows as text), so a letter can never inject markup.
/// </summary>
public static class LetterMarkdown
{
    // Built once: a Markdig pipeline is immutable and thread-safe.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .Build();

    /// <summary>The body as HTML (paragraphs, lists, emphasis, links); any raw HTML is escaped.</summary>
    public static string ToHtml(string markdown) => Markdig.Markdown.ToHtml(markdown ?? "", Pipeline);

    /// <summary>The body as plain text: paragraphs separated by blank lines, list items on their own lines.</summary>
    public static string ToPlainText(string markdown)
    {
        // Markdig's own plain text runs paragraphs together line by line; readers (and search snippets) need the
        // blank line between blocks, so each top-level block of the parsed document is rendered on its own, with the
        // renderer settings of Markdig's plain text.
        var text = new StringWriter();
        var renderer = new HtmlRenderer(text) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        Pipeline.Setup(renderer);
        var blocks = new List<string>();
        foreach (var block in Parse(markdown))
        {
            renderer.Render(block);
            renderer.Writer.Flush();
            var rendered = text.ToString().Trim();
            text.GetStringBuilder().Clear();
            if (rendered.Length > 0)
            {
                blocks.Add(rendered);
            }
        }

        return string.Join("\n\n", blocks).ReplaceLineEndings("\n");
    }

    /// <summary>The parsed document, for callers that walk it (e.g. to cut an excerpt).</summary>
    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown ?? "", Pipeline);
}
