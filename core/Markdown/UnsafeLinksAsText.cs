using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Core.Markdown;

/// <summary>
/// The Markdig extension that shows every link and image <see cref="AllowedLinks"/> refuses as its text: a link as
/// the words it was written on, an image as its alternative text, an autolink as its address. It works on the parsed
/// document, so every use of <see cref="LetterMarkdown"/> (the site's pages, the API's <c>bodyHtml</c> and
/// <c>bodyText</c>, the feed, search) gets the same text.
/// </summary>
internal sealed class UnsafeLinksAsText : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += ShowAsText;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>The links and images of a parsed document that may not stay links, in document order.</summary>
    public static IEnumerable<(Inline Link, string Address, bool IsImage)> Find(MarkdownDocument document)
    {
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline { Url: { } address } link when !AllowedLinks.IsAllowed(address):
                    yield return (link, address, link.IsImage);
                    break;
                // <someone@example.org> becomes a mailto: link, which is allowed.
                case AutolinkInline { IsEmail: false, Url: var address } autolink when !AllowedLinks.IsAllowed(address):
                    yield return (autolink, address, false);
                    break;
            }
        }
    }

    private static void ShowAsText(MarkdownDocument document)
    {
        // Found first, replaced after: replacing while walking the tree would disturb the walk.
        foreach (var (link, address, _) in Find(document).ToList())
        {
            if (link is ContainerInline words)
            {
                // The link's own words (or the image's alternative text) take its place, with their emphasis.
                var child = words.FirstChild;
                while (child is not null)
                {
                    var next = child.NextSibling;
                    child.Remove();
                    link.InsertBefore(child);
                    child = next;
                }

                link.Remove();
            }
            else
            {
                link.ReplaceBy(new LiteralInline(address));
            }
        }
    }
}
