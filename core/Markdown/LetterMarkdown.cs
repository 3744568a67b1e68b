using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Archive.Core.Markdown;

/// <summary>
/// Turns a letter's Markdown body into HTML and plain text, the same way for the site and the API.
/// Raw HTML in the Markdown is not rendered (it shows as text), so a letter can never inject markup; nor is a link
/// or image to anything but an http, https or mailto address or an address on the site (<see cref="AllowedLinks"/>).
/// </summary>
public static class LetterMarkdown
{
    // Built once: a Markdig pipeline is immutable and thread-safe.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .Use<UnsafeLinksAsText>()
        .Build();

    // The same Markdown as written, every inline knowing its line: what check reads to name the links shown as text.
    private static readonly MarkdownPipeline AsWritten = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePreciseSourceLocation()
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

    /// <summary>The links and images that are shown as text because of where they point, in the order written.</summary>
    /// <param name="markdown">The Markdown text.</param>
    /// <param name="screen">
    /// Whether to skip parsing a text that has no link in it (speed machinery, docs/benchmarks.md): <c>check</c> asks this
    /// of every letter as it loads, and parsing them all was a fifth of the load's CPU at 10,000 letters. False parses
    /// every text, which a test compares with the screened answer.
    /// </param>
    internal static IReadOnlyList<UnsafeLink> UnsafeLinks(string markdown, bool screen = true) =>
        screen && !MayHaveLinks(markdown ?? "")
            ? []
            : [.. UnsafeLinksAsText.Find(Markdig.Markdown.Parse(markdown ?? "", AsWritten)).Select(l => new UnsafeLink(l.Link.Line + 1, l.Address, l.IsImage))];

    // Markdown cannot make a link without writing one of these: "](" (an inline link or image), "]:" (the definition a
    // reference link needs), "<" (an autolink), or, among the bare addresses the autolinks extension links, an ftp: or
    // tel: one (its others, http, https, www. and mailto, are allowed). Entities cannot stand for them: syntax is written.
    private static bool MayHaveLinks(string markdown) =>
        markdown.Contains("](", StringComparison.Ordinal)
        || markdown.Contains("]:", StringComparison.Ordinal)
        || markdown.Contains('<', StringComparison.Ordinal)
        || markdown.Contains("ftp:", StringComparison.OrdinalIgnoreCase)
        || markdown.Contains("tel:", StringComparison.OrdinalIgnoreCase);
}
