using System.Collections.Concurrent;
using Archive.Core.Content;
using Archive.SiteGen.Build.Pages;
using Scriban.Runtime;

namespace Archive.SiteGen.Build;

/// <summary>
/// The render step: every page through its template and the layout, in parallel (templates are parsed once and
/// shared; each page gets its own context), plus the feed, the sitemap and <c>robots.txt</c>.
/// </summary>
internal static class RenderPages
{
    public static IReadOnlyList<OutputFile> Render(IReadOnlyList<SitePage> pages, ArchiveContent content, SiteTemplates templates, SiteAssets assets)
    {
        var urls = new SiteUrls(content.Site);
        var shared = Shared(content.Site, urls, templates, assets);
        var rendered = new OutputFile[pages.Count];
        var errors = new ConcurrentBag<string>();
        Parallel.For(0, pages.Count, i =>
        {
            var page = pages[i];
            try
            {
                var html = templates.RenderPage(page.Template, shared, PageGlobals(page, urls, assets));
                rendered[i] = new OutputFile(SiteUrls.FileOf(page.Address), html);
            }
            catch (BuildError e)
            {
                foreach (var line in e.Lines)
                {
                    errors.Add($"{line} (rendering /{page.Address})");
                }
            }
        });
        if (!errors.IsEmpty)
        {
            // One broken template breaks many pages the same way; each distinct problem is shown once.
            throw new BuildError([.. errors.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(20)]);
        }

        return
        [
            .. rendered,
            new OutputFile(SiteUrls.Feed, AtomFeed.Write(content, urls)),
            new OutputFile(SiteUrls.Sitemap, SitemapXml.Write(pages)),
            new OutputFile(SiteUrls.Robots, SitemapXml.Robots(urls)),
        ];
    }

    private static ScriptObject Shared(SiteSettings site, SiteUrls urls, SiteTemplates templates, SiteAssets assets)
    {
        var shared = new ScriptObject
        {
            ["site"] = new SiteView(
                site.Title,
                site.Description,
                site.Language,
                urls.Root,
                urls.Link(assets.AddressOf("site.css")),
                urls.Link(assets.AddressOf("favicon.svg")),
                urls.Link(SiteUrls.Letters),
                urls.Link(SiteUrls.Organizations),
                urls.Link(SiteUrls.Countries),
                urls.Link(SiteUrls.Search),
                urls.Link(SiteUrls.Feed)),
        };
        shared.Import("partial", templates.PartialFunction(shared));
        // Shared by every page on every thread: a template may not change it.
        shared.IsReadOnly = true;
        return shared;
    }

    private static ScriptObject PageGlobals(SitePage page, SiteUrls urls, SiteAssets assets) => new()
    {
        ["page"] = page.Head with { Script = page.Head.Script is { } script ? urls.Link(assets.AddressOf(script + ".js")) : null },
        ["model"] = page.Model,
    };
}
