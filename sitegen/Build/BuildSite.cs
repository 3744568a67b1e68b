using System.Diagnostics;
using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.SiteGen.Build.Pages;
using Archive.SiteGen.Check;

namespace Archive.SiteGen.Build;

/// <summary>
/// <c>archive build</c>: a few named steps in a fixed order, each timed, each failure reported with its step:
/// load → assemble → render (pages, written as they are rendered) → write (the other files) → search → publish. Nothing reaches the output folder until every step has
/// succeeded, so a failed build leaves the previous site untouched.
/// </summary>
internal static class BuildSite
{
    public static BuildResult Run(BuildOptions options, TextWriter log) =>
        Run(options, log, LoadContent.FromFolder).Result;

    /// <summary>A build that hands back what it built from, for a later <see cref="IncrementalBuild"/>.</summary>
    public static SiteBuild Run(BuildOptions options, TextWriter log, Func<string, ContentLoadResult> load)
    {
        var steps = new List<StepTime>();
        var step = "load";
        StagingFolder? staging = null;
        try
        {
            var loaded = Timed(steps, step, () => load(options.ContentPath));
            var content = Timed(steps, step, () => Load(loaded, log));
            step = "assemble";
            var plans = Timed(steps, step, () => AssemblePages.Plan(content));
            step = "render";
            var templates = Timed(steps, step, () => Templates.Load(options.TemplatesPath));
            var folder = staging = WriteSite.Staging(options.OutputPath);
            var interpretedBefore = templates.Pages.InterpretedPages;
            var pagesWritten = Timed(steps, step, () => RenderPages.Write(plans, content, templates.Pages, templates.Assets, folder));
            ReportFullYaml(loaded, log);
            ReportInterpreted(templates.Pages, templates.Pages.InterpretedPages - interpretedBefore, log);
            step = "write";
            var others = OtherFiles(options, content, plans, templates.Assets);
            var siteFiles = SiteFiles(plans, others);
            // The search index is the search step's to replace whole; a build without one removes it.
            var (filesWritten, removed) = Timed(steps, step, () => (
                WriteSite.Files(folder, others),
                WriteSite.RemoveAllBut(folder, file => siteFiles.Contains(file) || options.Search && file.StartsWith(IndexSearch.Folder + "/", StringComparison.Ordinal))));
            var indexed = 0;
            if (options.Search)
            {
                step = "search";
                indexed = Timed(steps, step, () => IndexSearch.Run(folder.Path, options.ContentPath, log));
            }

            step = "publish";
            Timed(steps, step, () =>
            {
                WriteSite.Publish(folder, options.OutputPath);
                return 0;
            });
            var result = new BuildResult(0, plans.Count, plans.Count + others.Count, indexed, Merged(steps), new SiteUrls(content.Site).Root);
            log.WriteLine(Summary(result, options, folder.Reused ? new Rewritten(pagesWritten + filesWritten, removed) : null));
            return new SiteBuild(result, content, plans, templates);
        }
        catch (Exception e) when (IsBuildFailure(e))
        {
            Report(e, log);
            log.WriteLine($"build: the {step} step failed; {options.OutputPath} was left as it was");
            return new SiteBuild(new BuildResult(1, 0, 0, 0, Merged(steps)), null, [], null);
        }
        finally
        {
            // Whatever stopped the build, its half-written folder goes; after publishing it no longer exists.
            if (staging is not null)
            {
                WriteSite.Discard(staging.Path);
            }
        }
    }

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
        if (templates.InterpretedTemplates.Count > 0)
        {
            log.WriteLine($"build: interpreted by Scriban, not compiled (slower): {string.Join(", ", templates.InterpretedTemplates)}");
        }

        if (pages > 0)
        {
            log.WriteLine($"build: {AssemblePages.Plural(pages, "page")} rendered again by Scriban after the compiled templates met something they do not handle");
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

    /// <summary>The templates and assets, read once per build.</summary>
    internal sealed record Templates(SiteTemplates Pages, SiteAssets Assets)
    {
        public static Templates Load(string folder) => new(SiteTemplates.Load(folder), SiteAssets.Load(folder));
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
    private static HashSet<string> SiteFiles(IReadOnlyList<PagePlan> plans, IReadOnlyList<OutputFile> others) =>
        [.. plans.Select(p => SiteUrls.FileOf(p.Address)), .. others.Select(f => f.Path.Replace('\\', '/'))];

    /// <summary>Everything that is not a page: feed, sitemap, robots.txt, the assets and the original texts.</summary>
    public static IReadOnlyList<OutputFile> OtherFiles(BuildOptions options, ArchiveContent content, IReadOnlyList<PagePlan> plans, SiteAssets assets)
    {
        var contentRoot = Path.GetFullPath(options.ContentPath);
        // The original texts are published beside the letters (/sources/x.txt), so readers can check them.
        var sources = content.Letters
            .Select(l => l.Source.File)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(file => new OutputFile(file, CopyFrom: Path.Combine(contentRoot, file)));
        return [.. RenderPages.Feeds(plans, content), .. assets.Files, .. sources];
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
