using System.Diagnostics;
using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.SiteGen.Build.Pages;

namespace Archive.SiteGen.Build;

/// <summary>
/// A build that remembers the last one, for <c>archive serve</c>. The first run is a full build, exactly as
/// <c>archive build</c>. After that, when only content changed, it reloads the content, renders again only the pages
/// that can show what changed (<see cref="AffectedPages"/>), rewrites only the files whose bytes differ, removes the
/// pages that are gone, and then brings the search index up to date. A change to the templates, the assets or the
/// site settings, or a failed last build, means a full build again. Not thread-safe: one run at a time.
/// </summary>
internal sealed class IncrementalBuild(BuildOptions options, TextWriter log)
{
    // Reloads read only the files that changed; an unchanged file gives back the same letter or organization,
    // which is how AffectedPages tells what changed.
    private readonly ContentCache _cache = new();
    private SiteBuild? _last;
    private string? _templatesStamp;

    /// <summary>Brings the output up to date with the content and templates; the result counts what was rewritten.</summary>
    public BuildResult Run()
    {
        var stamp = TemplatesStamp(options.TemplatesPath);
        if (_last is not { Content: { } before, Templates: { } templates }
            || !string.Equals(stamp, _templatesStamp, StringComparison.Ordinal)
            || !Directory.Exists(options.OutputPath))
        {
            return Full(stamp);
        }

        var clock = Stopwatch.StartNew();
        var loaded = LoadContent.FromFolder(options.ContentPath, _cache);
        ArchiveContent after;
        try
        {
            after = BuildSite.Load(loaded, log);
        }
        catch (BuildError e)
        {
            BuildSite.Report(e, log);
            log.WriteLine($"build: the load step failed; {options.OutputPath} was left as it was");
            return new BuildResult(1, 0, 0, 0, [new StepTime("load", clock.Elapsed)]);
        }

        return after.Site == before.Site ? Update(before, after, templates, clock) : Full(stamp);
    }

    private BuildResult Full(string stamp)
    {
        var built = BuildSite.Run(options, log, path => LoadContent.FromFolder(path, _cache));
        if (built.Result.Succeeded)
        {
            _last = built;
            _templatesStamp = stamp;
        }

        return built.Result;
    }

    // The templates are the last full build's: any change to them (the stamp) means a full build instead.
    private BuildResult Update(ArchiveContent before, ArchiveContent after, BuildSite.Templates templates, Stopwatch clock)
    {
        var steps = new List<StepTime> { new("load", clock.Elapsed) };
        var step = "assemble";
        try
        {
            var affected = BuildSite.Timed(steps, step, () => AffectedPages.Between(before, after));
            var plans = BuildSite.Timed(steps, step, () => AssemblePages.Plan(after));
            var render = plans.Where(p => affected.Includes(p.Address)).ToList();
            step = "render";
            var rewritten = BuildSite.Timed(steps, step, () => RenderPages.WriteChanged(render, after, templates.Pages, templates.Assets, options.OutputPath));
            step = "write";
            var files = BuildSite.Timed(steps, step, () => WriteFiles(after, plans, templates.Assets) + RemoveGone(_last!.Plans, plans));
            var pagesUpdated = clock.Elapsed;
            log.WriteLine($"build: {render.Count} of {plans.Count} pages rendered again after {AssemblePages.Plural(affected.LettersChanged, "letter")} and {AssemblePages.Plural(affected.OrganizationsChanged, "organization")} changed; {rewritten + files} files rewritten or removed in {BuildSite.Milliseconds(pagesUpdated)}");
            _last = new SiteBuild(new BuildResult(0, plans.Count, plans.Count, 0, steps), after, plans, templates);

            var indexed = 0;
            if (options.Search && affected.AnyLetter)
            {
                step = "search";
                indexed = BuildSite.Timed(steps, step, () => IndexSearch.Run(options.OutputPath, options.ContentPath, log));
                log.WriteLine($"build: search index brought up to date ({indexed} letters) in {BuildSite.Milliseconds(steps[^1].Elapsed)}");
            }

            return new BuildResult(0, rewritten, rewritten + files, indexed, BuildSite.Merged(steps), new SiteUrls(after.Site).Root);
        }
        catch (Exception e) when (BuildSite.IsBuildFailure(e))
        {
            BuildSite.Report(e, log);
            // The output may now be partly updated: the next run builds it whole again.
            _last = null;
            log.WriteLine($"build: the {step} step failed; the next change rebuilds the whole site");
            return new BuildResult(1, 0, 0, 0, BuildSite.Merged(steps));
        }
    }

    // The feed, sitemap, assets and original texts are few and cheap: made again, rewritten only if they differ.
    private int WriteFiles(ArchiveContent content, IReadOnlyList<PagePlan> plans, SiteAssets assets) =>
        BuildSite.OtherFiles(options, content, plans, assets)
            .Count(file => WriteSite.IfChanged(Path.Combine(options.OutputPath, file.Path), WriteSite.BytesOf(file)));

    private int RemoveGone(IReadOnlyList<PagePlan> before, IReadOnlyList<PagePlan> after)
    {
        var kept = after.Select(p => p.Address).ToHashSet(StringComparer.Ordinal);
        var gone = before.Select(p => p.Address)
            .Where(a => !kept.Contains(a))
            .Select(a => Path.Combine(options.OutputPath, SiteUrls.FileOf(a)))
            .Where(File.Exists)
            .ToList();
        return WriteSite.DeleteWithEmptiedFolders(options.OutputPath, gone);
    }

    /// <summary>What the templates folder holds, as names, sizes and times: any edit changes it.</summary>
    private static string TemplatesStamp(string folder) =>
        !Directory.Exists(folder)
            ? ""
            : string.Join('\n', Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(f => new FileInfo(f))
                .Select(f => $"{f.FullName}\t{f.Length}\t{f.LastWriteTimeUtc.Ticks}"));
}
