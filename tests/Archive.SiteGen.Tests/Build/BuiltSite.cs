using System.Text.RegularExpressions;
using Archive.SiteGen.Build;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

/// <summary>A site built from a test's content into a temporary folder, with what the build printed; deleted on dispose.</summary>
public sealed partial class BuiltSite : IDisposable
{
    private BuiltSite(string parent, string output, int exitCode, string log)
    {
        Parent = parent;
        Output = output;
        ExitCode = exitCode;
        Log = log;
    }

    /// <summary>A folder holding the output folder (the build writes its temporary folder beside the output).</summary>
    public string Parent { get; }

    public string Output { get; }

    public int ExitCode { get; }

    public string Log { get; }

    public static BuiltSite From(TemporaryContent content, bool search = false, string? output = null)
    {
        var parent = output is null ? Path.Combine(Path.GetTempPath(), "archive-site-" + Guid.NewGuid().ToString("N")) : Path.GetDirectoryName(output)!;
        var folder = output ?? Path.Combine(parent, "_site");
        var (exitCode, log) = Build(content.Root, folder, search);
        return new BuiltSite(parent, folder, exitCode, log);
    }

    /// <summary>A site built from a content folder that is not the test's own (the repository's fixtures), which it leaves as it is.</summary>
    public static BuiltSite FromFolder(string content)
    {
        var parent = Path.Combine(Path.GetTempPath(), "archive-site-" + Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(parent, "_site");
        var (exitCode, log) = Build(content, folder);
        return new BuiltSite(parent, folder, exitCode, log);
    }

    public static (int ExitCode, string Log) Build(string content, string output, bool search = false, bool reuseSearch = true, string? templates = null, int searchBundleLetters = IndexSearch.LettersPerBundle)
    {
        var log = new StringWriter();
        var result = BuildSite.Run(new BuildOptions(content, output, templates ?? BuildOptions.DefaultTemplatesPath, search, ReuseSearch: reuseSearch, SearchBundleLetters: searchBundleLetters), log);
        return (result.ExitCode, log.ToString());
    }

    public string Read(string path) => File.ReadAllText(Path.Combine(Output, path));

    public bool Exists(string path) => File.Exists(Path.Combine(Output, path));

    /// <summary>Every HTML file of the site, as paths relative to the output folder.</summary>
    public IReadOnlyList<string> HtmlFiles() =>
        [.. Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>The site-internal addresses a page links to or loads (href and src starting with a single /).</summary>
    public IEnumerable<string> InternalLinks(string htmlPath) =>
        LinkAttribute().Matches(Read(htmlPath))
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(url => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal));

    /// <summary>Whether a site-internal address is served by a file of the output (<c>/a/</c> by <c>a/index.html</c>).</summary>
    public bool Resolves(string url)
    {
        var path = url.Split('#', '?')[0].TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? Exists(path + "index.html") : Exists(Uri.UnescapeDataString(path));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Parent, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex LinkAttribute();
}
