using Archive.SiteGen.Build;
using Archive.SiteGen.Build.Templates;
using Archive.SiteGen.Corpus;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// The template engine's speed machinery (compiled templates, partials rendered once, buffers reused by each thread)
/// must change nothing but the time: a site built with it is, byte for byte, the site Scriban alone builds
/// (<c>archive build --plain-templates</c>).
/// </summary>
public class TemplateModeTests
{
    public static TheoryData<string> Archives => ["the repository's letters", "a generated archive of 300 letters", "a hostile archive", "a small archive"];

    [Theory]
    [MemberData(nameof(Archives))]
    public void A_fast_build_writes_every_file_exactly_as_Scriban_alone_does(string archive)
    {
        using var generated = Archive(archive);
        var contentFolder = generated?.Root ?? RepositoryPaths.Content;
        var parent = Path.Combine(Path.GetTempPath(), "archive-modes-" + Guid.NewGuid().ToString("N"));
        try
        {
            var fast = Files(Build(contentFolder, Path.Combine(parent, "fast"), TemplateMode.Fast));
            var plain = Files(Build(contentFolder, Path.Combine(parent, "plain"), TemplateMode.Plain));

            Assert.Equal(fast.Keys.Order(StringComparer.Ordinal), plain.Keys.Order(StringComparer.Ordinal));
            Assert.True(fast.Count > 10);
            foreach (var (file, bytes) in fast)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(plain[file]), $"{file} differs between the fast and the plain build");
            }
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public void A_plain_build_says_so_in_its_log()
    {
        using var content = SiteFixtures.SmallArchive();
        var parent = Path.Combine(Path.GetTempPath(), "archive-modes-" + Guid.NewGuid().ToString("N"));
        try
        {
            var log = new StringWriter();
            var result = BuildSite.Run(new BuildOptions(content.Root, Path.Combine(parent, "_site"), BuildOptions.DefaultTemplatesPath, Search: false, TemplateMode.Plain), log);

            Assert.True(result.ExitCode == 0, log.ToString());
            Assert.Contains("every template interpreted by Scriban, no speed machinery (--plain-templates)", log.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    // Null for the repository's own content, which is read where it is.
    private static TemporaryContent? Archive(string name)
    {
        switch (name)
        {
            case "a generated archive of 300 letters":
                var content = new TemporaryContent(site: "");
                foreach (var (path, text) in GenerateCorpus.Files(new CorpusSettings(Letters: 300, Organizations: 90, Countries: 12, Seed: 11)))
                {
                    content.Write(path, text);
                }

                return content;
            case "a hostile archive":
                return EscapingTests.HostileArchive();
            case "a small archive":
                return SiteFixtures.SmallArchive();
            default:
                return null;
        }
    }

    private static string Build(string content, string output, TemplateMode mode)
    {
        var log = new StringWriter();
        var result = BuildSite.Run(new BuildOptions(content, output, BuildOptions.DefaultTemplatesPath, Search: false, mode), log);
        Assert.True(result.ExitCode == 0, log.ToString());
        return output;
    }

    private static Dictionary<string, byte[]> Files(string site) =>
        Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(site, file), File.ReadAllBytes, StringComparer.Ordinal);
}
