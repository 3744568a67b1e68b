using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Archive.SiteGen.Build;

/// <summary>
/// The search-index step: runs Pagefind (pinned in the repository's <c>package.json</c>) over the written site.
/// Pagefind indexes only the letter pages (they carry <c>data-pagefind-body</c>) and writes the index, which this
/// step then swaps in as the site's <c>pagefind/</c> folder whole.
/// On first use it installs the pinned version with <c>npm ci</c>, so a fresh clone needs only .NET and Node.
/// </summary>
internal static partial class IndexSearch
{
    /// <summary>The site's folder for the search index, which belongs to this step alone.</summary>
    public const string Folder = "pagefind";

    private static readonly string RunnerPath = Path.Combine("node_modules", "pagefind", "lib", "runner", "bin.cjs");
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Indexes the site in <paramref name="siteFolder"/> and puts the index in its <see cref="Folder"/>; returns how
    /// many pages Pagefind indexed.
    /// </summary>
    public static int Run(string siteFolder, string contentPath, TextWriter log)
    {
        var root = FindPackageRoot(contentPath)
            ?? throw new BuildError("search: no package.json (which pins Pagefind) in the content folder, the current folder or above them; run the build from the repository, or use --no-search");
        var node = FindOnPath("node")
            ?? throw new BuildError("search: Node.js is needed to build the search index (Pagefind), but 'node' is not on PATH; install Node.js 20 or later, or build with --no-search");
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

        // Pagefind adds to a folder and never removes from it: indexed into the folder in place, every changed
        // letter would leave its old fragments behind, and a site being served would have half an index meanwhile.
        var index = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(siteFolder))!, ".site-search-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exitCode, output) = RunProcess(node, [runner, "--site", siteFolder, "--output-path", index], root);
            if (exitCode != 0)
            {
                throw new BuildError(["search: Pagefind failed (exit code " + exitCode + "):", .. LastLines(output)]);
            }

            Replace(siteFolder, index);
            var indexed = IndexedPages().Match(output);
            return indexed.Success ? int.Parse(indexed.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        }
        finally
        {
            WriteSite.Discard(index);
        }
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
        var (exitCode, output) = RunProcess(npm, ["ci", "--no-audit", "--no-fund"], root);
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

    private static (int ExitCode, string Output) RunProcess(string program, string[] arguments, string workingDirectory)
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
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new BuildError($"search: {Path.GetFileName(program)} did not finish within {Timeout.TotalMinutes} minutes and was stopped");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static IEnumerable<string> LastLines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(15).Select(l => "  " + l);

    [GeneratedRegex(@"Indexed (\d+) pages?", RegexOptions.CultureInvariant)]
    private static partial Regex IndexedPages();
}
