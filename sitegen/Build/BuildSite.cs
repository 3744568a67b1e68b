using System.Diagnostics;
using Archive.Core.Content;
using Archive.SiteGen.Build.Pages;
using Archive.SiteGen.Check;

namespace Archive.SiteGen.Build;

/// <summary>
/// <c>archive build</c>: a few named steps in a fixed order, each timed, each failure reported with its step:
/// load → assemble → render → write → search → publish. Nothing reaches the output folder until every step has
/// succeeded, so a failed build leaves the previous site untouched.
/// </summary>
internal static class BuildSite
{
    public static BuildResult Run(BuildOptions options, TextWriter log)
    {
        var steps = new List<StepTime>();
        var step = "load";
        string? temporary = null;
        try
        {
            var content = Timed(steps, step, () => Load(options.ContentPath, log));
            step = "assemble";
            var pages = Timed(steps, step, () => AssemblePages.From(content));
            step = "render";
            var files = Timed(steps, step, () => Render(options, content, pages));
            step = "write";
            temporary = Timed(steps, step, () => WriteSite.ToTemporaryFolder(options.OutputPath, files));
            var indexed = 0;
            if (options.Search)
            {
                step = "search";
                indexed = Timed(steps, step, () => IndexSearch.Run(temporary, options.ContentPath, log));
            }

            step = "publish";
            Timed(steps, step, () =>
            {
                WriteSite.Publish(temporary, options.OutputPath);
                return 0;
            });
            var result = new BuildResult(0, pages.Count, files.Count, indexed, steps, new SiteUrls(content.Site).Root);
            log.WriteLine(Summary(result, options));
            return result;
        }
        catch (Exception e) when (e is BuildError or IOException or UnauthorizedAccessException)
        {
            var lines = e is BuildError error ? error.Lines : [e.Message];
            foreach (var line in lines)
            {
                log.WriteLine(line);
            }

            log.WriteLine($"build: the {step} step failed; {options.OutputPath} was left as it was");
            return new BuildResult(1, 0, 0, 0, steps);
        }
        finally
        {
            // Whatever stopped the build, its half-written folder goes; after publishing it no longer exists.
            if (temporary is not null && Directory.Exists(temporary))
            {
                WriteSite.Discard(temporary);
            }
        }
    }

    private static ArchiveContent Load(string contentPath, TextWriter log)
    {
        var result = LoadContent.FromFolder(contentPath);
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

    private static IReadOnlyList<OutputFile> Render(BuildOptions options, ArchiveContent content, IReadOnlyList<SitePage> pages)
    {
        var templates = SiteTemplates.Load(options.TemplatesPath);
        var assets = SiteAssets.Load(options.TemplatesPath);
        var contentRoot = Path.GetFullPath(options.ContentPath);
        // The original texts are published beside the letters (/sources/x.txt), so readers can check them.
        var sources = content.Letters
            .Select(l => l.Source.File)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(file => new OutputFile(file, CopyFrom: Path.Combine(contentRoot, file)));
        return [.. RenderPages.Render(pages, content, templates, assets), .. assets.Files, .. sources];
    }

    private static T Timed<T>(List<StepTime> steps, string name, Func<T> action)
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

    private static string Summary(BuildResult result, BuildOptions options)
    {
        var times = string.Join(", ", result.Steps.Select(s => $"{s.Step} {Milliseconds(s.Elapsed)}"));
        var search = options.Search ? $", {result.PagesIndexed} letters indexed for search" : ", no search index (--no-search)";
        return $"build: {result.PagesWritten} pages, {result.FilesWritten} files in {options.OutputPath}{search} ({times}; total {Milliseconds(result.Total)})";
    }

    private static string Milliseconds(TimeSpan elapsed) => $"{elapsed.TotalMilliseconds:0} ms";
}
