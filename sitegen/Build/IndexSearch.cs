using System.Diagnostics;
using Archive.SiteGen.Build.Pages;

namespace Archive.SiteGen.Build;

/// <summary>
/// The search-index step: writes one record per letter (<see cref="SearchRecord"/>, from the letter pages' model) and
/// has <c>tools/search/index.mjs</c> feed them to Pagefind's Node API (pinned in the repository's <c>package.json</c>),
/// which writes the index; this step then swaps it in as the site's <c>pagefind/</c> folder whole. Pagefind no longer
/// crawls the written HTML (issue 21). The index is written in bundles of at most <see cref="LettersPerBundle"/>
/// letters, each by its own short-lived Pagefind indexer, so the indexer's memory stays bounded at any archive size;
/// <c>pagefind/bundles.json</c> lists them and the search page searches them all (README, "Search": how far it goes). When the records are those the site's index was made from, the index is kept
/// and Pagefind does not run (<see cref="SearchReuse.KeepIndex"/>).
/// On first use it installs the pinned version with <c>npm ci</c>, so a fresh clone needs only .NET and Node.
/// </summary>
internal static class IndexSearch
{
    /// <summary>The site's folder for the search index, which belongs to this step alone.</summary>
    public const string Folder = "pagefind";

    /// <summary>
    /// The most letters one bundle of the index holds. Pagefind's indexer holds about 270 KB per generated letter
    /// (docs/benchmarks.md, issue 21): 1,000 keeps the whole build under 1 GB, and each bundle adds a few requests to
    /// a search.
    /// </summary>
    public const int LettersPerBundle = 1000;

    /// <summary>The program that writes the index from the records, relative to the repository (the package root).</summary>
    public static readonly string ProgramPath = Path.Combine("tools", "search", "index.mjs");

    private static readonly string RunnerPath = Path.Combine("node_modules", "pagefind", "lib", "runner", "bin.cjs");
    private static readonly string PagefindPackage = Path.Combine("node_modules", "pagefind", "package.json");
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    // Pagefind is allowed Timeout for each this many letters (10,000 letters: under 4 minutes on a loaded 2-core machine).
    private const int IndexingTimeoutLetters = 10_000;

    /// <summary>What the step did: how many letters the index holds, and whether it was kept rather than written again.</summary>
    public sealed record Indexed(int Letters, bool Kept);

    /// <summary>
    /// Indexes the letters of <paramref name="plans"/> (the plans with a <see cref="PagePlan.Search"/> record) and puts
    /// the index in the <see cref="Folder"/> of <paramref name="siteFolder"/>, keeping the index already there when
    /// <paramref name="reuse"/> is on and it, or the index of the published site in <paramref name="publishedFolder"/>, was
    /// made from the same records. Each bundle holds at most <paramref name="lettersPerBundle"/> letters. Every letter is indexed in <paramref name="siteLanguage"/>, whatever its own, so the
    /// search page searches them all (README, "Search": why).
    /// </summary>
    public static Indexed Run(string siteFolder, string publishedFolder, string contentPath, string siteLanguage, IReadOnlyList<PagePlan> plans, bool reuse, int lettersPerBundle, TextWriter log)
    {
        var root = FindPackageRoot(contentPath)
            ?? throw new BuildError("search: no package.json (which pins Pagefind) in the content folder, the current folder or above them; run the build from the repository, or use --no-search");
        var node = FindOnPath("node")
            ?? throw new BuildError("search: Node.js is needed to build the search index (Pagefind), but 'node' is not on PATH; install Node.js 20 or later, or build with --no-search");
        var program = Path.Combine(root, ProgramPath);
        if (!File.Exists(program))
        {
            throw new BuildError($"search: {program} (the program that writes the search index) is missing; run the build from the repository, or use --no-search");
        }

        var runner = Path.Combine(root, RunnerPath);
        if (!File.Exists(runner))
        {
            // Two builds (or a build and the tests) installing into one node_modules at once break each other's
            // files: one installs, the others wait and find it done.
            using var installing = InstallLock();
            if (!File.Exists(runner))
            {
                Install(root, log);
            }
        }

        var parent = Path.GetDirectoryName(Path.GetFullPath(siteFolder))!;
        var unique = Guid.NewGuid().ToString("N");
        var records = Path.Combine(parent, ".site-search-records-" + unique + ".jsonl");
        // Pagefind adds to a folder and never removes from it: indexed into the folder in place, every changed
        // letter would leave its old fragments behind, and a site being served would have half an index meanwhile.
        var index = Path.Combine(parent, ".site-search-" + unique);
        try
        {
            var letters = WriteRecords(plans, records);
            var version = SearchReuse.KeepIndex.VersionOf(records, siteLanguage, lettersPerBundle, File.ReadAllBytes(Path.Combine(root, PagefindPackage)), File.ReadAllBytes(program));
            if (reuse && SearchReuse.KeepIndex.Holds(Path.Combine(siteFolder, Folder), version))
            {
                return new Indexed(letters, Kept: true);
            }

            // A build of everything writes into the site before last (see WriteSite.Staging); the last one, still
            // published, may hold the index to keep.
            if (reuse && SearchReuse.KeepIndex.CopiedFrom(Path.Combine(publishedFolder, Folder), index, version))
            {
                Replace(siteFolder, index);
                return new Indexed(letters, Kept: true);
            }

            // The pages written before this step are garbage the GC has not yet given back to the system; Pagefind
            // runs for most of a build's time beside this process, so it is given back first (measured:
            // docs/benchmarks.md, issue 21, "dotnet while Pagefind runs").
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            // The bundles are indexed one after the other, so the time allowed grows with them.
            var allowed = Timeout * Math.Max(1, (letters + IndexingTimeoutLetters - 1) / IndexingTimeoutLetters);
            var (exitCode, output) = RunProcess(node, [program, records, index, siteLanguage, lettersPerBundle.ToString(System.Globalization.CultureInfo.InvariantCulture)], root, allowed);
            if (exitCode != 0)
            {
                throw new BuildError(["search: Pagefind failed (exit code " + exitCode + "):", .. LastLines(output)]);
            }

            SearchReuse.KeepIndex.Mark(index, version);
            Replace(siteFolder, index);
            return new Indexed(letters, Kept: false);
        }
        finally
        {
            WriteSite.Discard(index);
            File.Delete(records);
        }
    }

    // The records in the site's order, one JSON line each; assembled in parallel like the pages.
    private static int WriteRecords(IReadOnlyList<PagePlan> plans, string path)
    {
        var letters = 0;
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        foreach (var record in plans.Where(p => p.Search is not null).AsParallel().AsOrdered().Select(p => p.Search!()))
        {
            record.WriteLine(file);
            letters++;
        }

        return letters;
    }

    // The old index is moved out of the way while the new one moves in, then deleted.
    private static void Replace(string siteFolder, string index)
    {
        var old = index + "-old";
        WriteSite.MoveIn(index, Path.Combine(siteFolder, Folder), old);
        WriteSite.Discard(old);
    }

    /// <summary>The lock every <c>npm ci</c> of this repository takes (the tests' installer uses the same file).</summary>
    public static readonly string InstallLockPath = Path.Combine(Path.GetTempPath(), "archive-npm-ci.lock");

    private static FileStream InstallLock()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(InstallLockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (clock.Elapsed < Timeout)
            {
                Thread.Sleep(500);
            }
        }
    }

    private static void Install(string root, TextWriter log)
    {
        var npm = FindOnPath("npm")
            ?? throw new BuildError($"search: Pagefind is not installed in {root} and 'npm' is not on PATH to install it; install Node.js 20 or later (with npm), or build with --no-search");
        log.WriteLine($"build: installing the pinned Pagefind with npm ci in {root} (first build only)");
        var (exitCode, output) = RunProcess(npm, ["ci", "--no-audit", "--no-fund"], root, Timeout);
        if (exitCode != 0 || !File.Exists(Path.Combine(root, RunnerPath)))
        {
            throw new BuildError(["search: 'npm ci' could not install Pagefind (exit code " + exitCode + "):", .. LastLines(output), "build with --no-search to publish without the search index"]);
        }
    }

    /// <summary>The nearest folder holding <c>package.json</c>, above the content folder first, then above the current folder.</summary>
    public static string? FindPackageRoot(string contentPath)
    {
        foreach (var start in new[] { Path.GetFullPath(contentPath), Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "package.json")))
                {
                    return directory.FullName;
                }
            }
        }

        return null;
    }

    private static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var extensions = OperatingSystem.IsWindows() ? new[] { ".exe", ".cmd", "" } : [""];
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => extensions.Select(extension => Path.Combine(folder, name + extension)))
            .FirstOrDefault(File.Exists);
    }

    private static (int ExitCode, string Output) RunProcess(string program, string[] arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new BuildError($"search: could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new BuildError($"search: {Path.GetFileName(program)} did not finish within {timeout.TotalMinutes} minutes and was stopped");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static IEnumerable<string> LastLines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(15).Select(l => "  " + l);
}
