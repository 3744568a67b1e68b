namespace Archive.SiteGen.Build;

/// <summary>
/// A build that remembers the last one, for <c>archive serve</c>: the one pipeline (<see cref="BuildSite"/>) given the
/// last good build, so that after a change to the content it renders again only the pages that can show it (each
/// page kind's own rule) and rewrites only the files whose bytes differ. A change to the templates, the assets or the
/// site settings, a missing output, or a failed update means a build of everything. Not thread-safe: one run at a
/// time.
/// </summary>
internal sealed class IncrementalBuild(BuildOptions options, TextWriter log)
{
    // Reloads read only the files that changed; an unchanged file gives back the same letter or organization,
    // which is how a ContentChange tells what changed.
    private readonly Archive.Core.Content.ContentCache _cache = new();
    private SiteBuild? _last;
    private string? _templatesStamp;

    /// <summary>Brings the output up to date with the content and templates; the result counts what was rewritten.</summary>
    public BuildResult Run()
    {
        var stamp = TemplatesStamp(options.TemplatesPath);
        var previous = string.Equals(stamp, _templatesStamp, StringComparison.Ordinal) && Directory.Exists(options.OutputPath) ? _last : null;
        var built = BuildSite.Run(options, log, _cache, previous);
        if (built.Result.Succeeded)
        {
            (_last, _templatesStamp) = (built, stamp);
        }
        else if (built.OutputChanged)
        {
            // The live site may be partly updated: the next run builds it whole again.
            _last = null;
        }

        return built.Result;
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
