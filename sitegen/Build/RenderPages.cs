using System.Collections.Concurrent;
using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.SiteGen.Build.Pages;
using Archive.SiteGen.Build.Templates;
using Scriban.Runtime;

namespace Archive.SiteGen.Build;

/// <summary>
/// The pages step: every planned page assembled, rendered through its template and the layout, and written straight
/// to its file, in parallel (templates are parsed once and shared; each thread renders its pages with a context and
/// buffers of its own, see <see cref="SiteTemplates.RenderPage"/>). A page's HTML goes to the output as it is rendered,
/// so memory holds the pages being worked on, not the whole site.
/// </summary>
internal static class RenderPages
{
    /// <summary>
    /// Renders the planned pages into the output (where a site already is, writing only the pages whose HTML differs
    /// from the file there); returns how many were written.
    /// </summary>
    public static int Write(IReadOnlyList<PagePlan> plans, ArchiveContent content, SiteTemplates templates, SiteAssets assets, SiteOutput output)
    {
        var urls = content.Urls;
        var shared = Shared(content, urls, templates, assets);
        var errors = new ConcurrentBag<string>();
        var written = 0;
        // One page per core at a time: writing blocks briefly, and more threads than cores only adds switching.
        Parallel.For(0, plans.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var plan = plans[i];
            try
            {
                var page = plan.Assemble();
                var html = templates.RenderPage(page.Template, shared, PageGlobals(page, urls, assets));
                if (output.Write(SiteUrls.FileOf(page.Address), html))
                {
                    Interlocked.Increment(ref written);
                }

                if (plan.Json is { } json)
                {
                    output.Write(SiteUrls.JsonBeside(page.Address), json());
                }

                if (plan.Feed is { } feed)
                {
                    output.Write(SiteUrls.FeedBeside(page.Address), feed());
                }
            }
            catch (BuildError e)
            {
                foreach (var line in e.Lines)
                {
                    errors.Add($"{line} (rendering /{plan.Address})");
                }
            }
        });
        if (!errors.IsEmpty)
        {
            // One broken template breaks many pages the same way; each distinct problem is shown once.
            throw new BuildError([.. errors.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(20)]);
        }

        return written;
    }

    private static ScriptObject Shared(ArchiveContent content, SiteUrls urls, SiteTemplates templates, SiteAssets assets)
    {
        var site = content.Site;
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
                urls.Link(SiteUrls.Feed),
                urls.Link(SiteUrls.Cmif),
                urls.Link(SiteUrls.Data),
                content.About is null ? null : urls.Link(SiteUrls.About),
                SiteImage.From(assets, urls, site)),
        };
        shared["partial"] = templates.PartialFunction(shared);
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
