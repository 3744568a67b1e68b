using System.Diagnostics;
using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Text;
using Archive.SiteGen.Build.Maps;
using Archive.SiteGen.Build.Pages;
using Archive.SiteGen.Build.Templates;
using Archive.SiteGen.Check;

namespace Archive.SiteGen.Build;

/// <summary>
/// The build, one pipeline of named steps in a fixed order, each timed, each failure reported with its step:
/// load (the content, the templates and assets) → data (the files of <c>/data/</c>, and each letter's JSON beside its page) → assemble (the pages, and after a change the ones it affects) →
/// pages (each rendered and written, with the organization's or country's JSON and feed beside it) → files (the sitemap, robots.txt, assets and original texts written, and
/// what the site no longer has removed) → search → publish. <c>archive build</c> runs it over everything, into a
/// staging folder that replaces the output only when every step has succeeded, so a failed build leaves the previous
/// site untouched. <c>archive serve</c> (<see cref="IncrementalBuild"/>) runs the same steps after a change, given the
/// last build: only the pages the change affects, written into the live site file by file.
/// </summary>
internal static class BuildSite
{
    public static BuildResult Run(BuildOptions options, TextWriter log) =>
        Run(options, log, cache: null, previous: null).Result;

    /// <summary>
    /// Builds the site. Given the last good build (<paramref name="previous"/>, made with the same templates), it builds
    /// only what changed since, when the site settings are the same; otherwise everything.
    /// </summary>
    public static SiteBuild Run(BuildOptions options, TextWriter log, ContentCache? cache, SiteBuild? previous)
    {
        var steps = new List<StepTime>();
        var step = "load";
        SiteOutput? output = null;
        var update = false;
        try
        {
            var loaded = Timed(steps, step, () => LoadContent.FromFolder(options.ContentPath, cache));
            var content = Timed(steps, step, () => Load(loaded, log));
            // An update builds on the last build's pages and templates; new site settings, or an About page come or gone,
            // change every page.
            var before = previous is { Content: { } last, Templates: not null } && !ContentChange.ChangesEveryPage(last, content) ? previous : null;
            update = before is not null;
            var templates = before?.Templates ?? Timed(steps, step, () => Templates.Load(options.TemplatesPath, options.TemplateMode));

            // The data files are streamed into the output, so it is made ready first.
            output = before is null ? SiteOutput.Staging(options.OutputPath) : SiteOutput.Live(options.OutputPath, before.SiteFiles);
            step = "data";
            var data = Timed(steps, step, () => DataFiles.Write(content, output));
            var dataWritten = data.Count(f => f.Written.Written);

            step = "assemble";
            var plans = Timed(steps, step, () => AssemblePages.Plan(content, data, templates.Map));
            var change = before is null ? null : ContentChange.Between(before.Content!, content);
            var render = change is null ? plans : Timed(steps, step, () => Selected(plans, AssemblePages.Affected(change)));

            step = "pages";
            var interpretedBefore = templates.Pages.InterpretedPages;
            var pagesWritten = Timed(steps, step, () => RenderPages.Write(render, content, templates.Pages, templates.Assets, output));
            ReportFullYaml(loaded, log);
            if (loaded.DatesNote is { } datesNote)
            {
                log.WriteLine($"build: {datesNote}");
            }

            ReportInterpreted(templates.Pages, templates.Pages.InterpretedPages - interpretedBefore, log);

            step = "files";
            var others = Timed(steps, step, () => OtherFiles(options, content, plans, templates.Assets));
            var siteFiles = SiteFiles(content, plans, data, others);
            var (filesWritten, removed) = Timed(steps, step, () => (dataWritten + output.Write(others), output.RemoveAllBut(siteFiles, keepSearchIndex: options.Search)));
            if (change is not null)
            {
                log.WriteLine($"build: {render.Count} of {plans.Count} pages rendered again after {CountedNoun.Of(change.Letters.Count, "letter")} and {CountedNoun.Of(change.Organizations.Count, "organization")} changed; {pagesWritten + filesWritten + removed} files rewritten or removed in {Milliseconds(Total(steps))}");
            }

            var indexed = 0;
            if (options.Search && (change is null || change.Any))
            {
                step = "search";
                var search = Timed(steps, step, () => IndexSearch.Run(output.Path, options.OutputPath, options.ContentPath, content.Site.Language, plans, options.ReuseSearch, options.SearchBundleLetters, log));
                indexed = search.Letters;
                if (search.Kept)
                {
                    log.WriteLine($"build: search index kept, Pagefind not run: the {CountedNoun.Of(indexed, "letter")} it holds are indexed as they were (--no-search-reuse indexes them again)");
                }
                else if (change is not null)
                {
                    log.WriteLine($"build: search index brought up to date ({indexed} letters) in {Milliseconds(steps[^1].Elapsed)}");
                }
            }

            if (change is null)
            {
                step = "publish";
                Timed(steps, step, () =>
                {
                    output.Publish(options.OutputPath);
                    return 0;
                });
            }

            var result = change is null
                ? new BuildResult(0, plans.Count, siteFiles.Count, indexed, Merged(steps), content.Urls.Root)
                : new BuildResult(0, pagesWritten, pagesWritten + filesWritten + removed, indexed, Merged(steps), content.Urls.Root);
            if (change is null)
            {
                log.WriteLine(Summary(result, options, output.HoldsASite ? new Rewritten(pagesWritten + filesWritten, removed) : null));
            }

            return new SiteBuild(result, content, plans, templates, siteFiles);
        }
        catch (Exception e) when (IsBuildFailure(e))
        {
            Report(e, log);
            // An update writes into the live site: once it has begun, the next build must redo everything.
            var partlyUpdated = update && output is not null;
            log.WriteLine(partlyUpdated
                ? $"build: the {step} step failed; the next change rebuilds the whole site"
                : $"build: the {step} step failed; {options.OutputPath} was left as it was");
            return new SiteBuild(new BuildResult(1, 0, 0, 0, Merged(steps)), null, [], null, new HashSet<string>(), OutputChanged: partlyUpdated);
        }
        finally
        {
            // Whatever stopped a build of everything, its half-written folder goes; after publishing it no longer exists.
            output?.Discard();
        }
    }

    // The plans of the pages to render again, in the site's order.
    private static List<PagePlan> Selected(IReadOnlyList<PagePlan> plans, HashSet<string> affected) =>
        [.. plans.Where(p => affected.Contains(p.Address))];

    private static TimeSpan Total(List<StepTime> steps) => steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);


    // Files the full YAML parser read give the same archive too, only slower; whoever edits them should know.
    private static void ReportFullYaml(ContentLoadResult loaded, TextWriter log)
    {
        if (CheckCommand.ReadByFullYaml(loaded) is { } files)
        {
            log.WriteLine($"build: {files}");
        }
    }

    // Pages rendered by Scriban's interpreter come out the same, only slower; whoever edits the templates should know.
    private static void ReportInterpreted(SiteTemplates templates, int pages, TextWriter log)
    {
        if (templates.Mode == TemplateMode.Plain)
        {
            log.WriteLine("build: every template interpreted by Scriban, no speed machinery (--plain-templates)");
        }

        if (templates.InterpretedTemplates.Count > 0)
        {
            log.WriteLine($"build: interpreted by Scriban, not compiled (slower): {string.Join(", ", templates.InterpretedTemplates)}");
        }

        if (pages > 0)
        {
            log.WriteLine($"build: {CountedNoun.Of(pages, "page")} rendered again by Scriban after the compiled templates met something they do not handle");
        }
    }

    /// <summary>Reports what loading found, exactly as <c>archive check</c> does, and fails on errors.</summary>
    public static ArchiveContent Load(ContentLoadResult result, TextWriter log)
    {
        // Reported exactly as `archive check` reports them: warnings too, so an editor sees them on every build.
        foreach (var diagnostic in result.SortedDiagnostics)
        {
            log.WriteLine(diagnostic);
        }

        if (result.HasErrors || result.Content is null)
        {
            throw new BuildError(CheckCommand.Summary(result));
        }

        return result.Content;
    }

    /// <summary>The templates and assets (the world map among them), read once per build.</summary>
    internal sealed record Templates(SiteTemplates Pages, SiteAssets Assets, WorldMap Map)
    {
        public static Templates Load(string folder, TemplateMode mode)
        {
            var assets = SiteAssets.Load(folder);
            return new(SiteTemplates.Load(folder, mode), assets, WorldMap.From(assets));
        }
    }

    /// <summary>What stops a build with a message for the editor, rather than a bug: bad content or templates, the disk.</summary>
    public static bool IsBuildFailure(Exception e) => e is BuildError or IOException or UnauthorizedAccessException;

    /// <summary>Writes what stopped a build: its <c>path:line: message</c> lines, or the system's message.</summary>
    public static void Report(Exception e, TextWriter log)
    {
        foreach (var line in e is BuildError error ? error.Lines : [e.Message])
        {
            log.WriteLine(line);
        }
    }

    // Every file of the site as a path relative to its folder, with '/' between folders.
    private static HashSet<string> SiteFiles(ArchiveContent content, IReadOnlyList<PagePlan> plans, IReadOnlyList<DataFile> data, IReadOnlyList<OutputFile> others) =>
        [.. plans.Select(p => SiteUrls.FileOf(p.Address)), .. plans.Where(p => p.Json is not null).Select(p => SiteUrls.JsonBeside(p.Address)), .. plans.Where(p => p.Feed is not null).Select(p => SiteUrls.FeedBeside(p.Address)), .. data.Select(f => f.Address), .. content.Letters.Select(DataFiles.LetterJsonAddress), .. others.Select(f => f.Path.Replace('\\', '/'))];

    /// <summary>Everything that is neither a page, nor beside one (the JSON and feeds), nor a data file: sitemap, robots.txt, the organizations' names, the old organizations' redirects, the assets and the original texts.</summary>
    private static List<OutputFile> OtherFiles(BuildOptions options, ArchiveContent content, IReadOnlyList<PagePlan> plans, SiteAssets assets)
    {
        var urls = content.Urls;
        var contentRoot = Path.GetFullPath(options.ContentPath);
        // The original texts are published beside the letters (/sources/x.txt), so readers can check them.
        var sources = content.Letters
            .Select(l => l.Source.File)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(file => new OutputFile(file, CopyFrom: Path.Combine(contentRoot, file)));
        return
        [
            new OutputFile(SiteUrls.Sitemap, SitemapXml.Write(plans.Where(p => p.InSitemap).Select(p => (urls.Absolute(p.Address), p.Updated)))),
            new OutputFile(SiteUrls.Robots, SitemapXml.Robots(urls)),
            new OutputFile(SiteUrls.OrganizationNames, Bytes: OrganizationNamesJson.Write(content)),
            .. OrganizationRedirects.Files(content),
            .. assets.Files,
            .. sources,
        ];
    }

    // A step timed in two parts (the render step: templates, then pages) is reported once, with its total.
    public static List<StepTime> Merged(List<StepTime> steps) =>
        [.. steps.GroupBy(s => s.Step).Select(g => new StepTime(g.Key, g.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed)))];

    public static T Timed<T>(List<StepTime> steps, string name, Func<T> action)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return action();
        }
        finally
        {
            steps.Add(new StepTime(name, clock.Elapsed));
        }
    }

    /// <summary>What a build that reused the previous site changed in it: the rest was already as it should be.</summary>
    private sealed record Rewritten(int Files, int Removed);

    private static string Summary(BuildResult result, BuildOptions options, Rewritten? rewritten)
    {
        var times = string.Join(", ", result.Steps.Select(s => $"{s.Step} {Milliseconds(s.Elapsed)}"));
        var search = options.Search ? $", {result.PagesIndexed} letters indexed for search" : ", no search index (--no-search)";
        var changes = rewritten is null ? "" : $" (updated from an earlier build: {rewritten.Files} files rewritten, {rewritten.Removed} removed)";
        return $"build: {result.PagesWritten} pages, {result.FilesWritten} files in {options.OutputPath}{changes}{search} ({times}; total {Milliseconds(result.Total)})";
    }

    public static string Milliseconds(TimeSpan elapsed) => $"{elapsed.TotalMilliseconds:0} ms";
}
