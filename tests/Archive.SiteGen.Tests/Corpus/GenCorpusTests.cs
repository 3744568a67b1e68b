using Archive.Core.Content;
using Archive.SiteGen.Corpus;
using Archive.SiteGen.Tests.Build;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Corpus;

public class GenCorpusTests
{
    private static readonly CorpusSettings Small = new(Letters: 200, Organizations: 150, Countries: 20, Seed: 7);

    [Fact]
    public void The_same_seed_gives_the_same_files()
    {
        var first = GenerateCorpus.Files(Small);
        var second = GenerateCorpus.Files(Small);

        Assert.Equal(first, second);
        Assert.NotEqual(first, GenerateCorpus.Files(Small with { Seed = 8 }));
    }

    [Fact]
    public void A_generated_corpus_is_valid_content_of_the_requested_size()
    {
        var folder = Directory.CreateTempSubdirectory("corpus-").FullName;
        try
        {
            Directory.Delete(folder);
            Assert.Equal(0, GenCorpusCommand.Run(Small, folder, TextWriter.Null, TextWriter.Null));

            var result = LoadContent.FromFolder(folder);

            Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
            Assert.Equal(200, result.Content!.Letters.Count);
            Assert.Equal(150, result.Content.Organizations.Count);
            Assert.True(result.Content.Countries.Count <= 20);
            var counts = result.Content.Letters.Select(l => l.Signatories.Count).Order().ToList();
            Assert.InRange(counts[counts.Count / 2], 15, 35);
            Assert.Contains(result.Content.Organizations, o => o.Aliases.Count > 0);
            Assert.Contains(result.Content.Organizations, o => o.Acronym is not null);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_generated_corpus_builds_end_to_end()
    {
        using var content = new TemporaryContent(site: "");
        foreach (var (path, text) in GenerateCorpus.Files(Small))
        {
            content.Write(path, text);
        }

        using var site = BuiltSite.From(content);

        Assert.True(site.ExitCode == 0, site.Log);
        var archive = LoadContent.FromFolder(content.Root).Content!;
        var letter = archive.Letters[^1];
        var organization = archive.Organizations[0];
        var country = archive.Countries[0];
        Assert.True(site.Exists($"letters/{letter.Id}/index.html"));
        Assert.True(site.Exists($"organizations/{organization.Id}/index.html"));
        Assert.True(site.Exists($"countries/{country.Country.Code.Slug}/index.html"));
        Assert.All(["index.html", "letters/index.html", "organizations/index.html", "countries/index.html", "feed.xml", "sitemap.xml"], page => Assert.True(site.Exists(page), page));
        // One folder per letter, and page/ for the letters list's following pages (200 letters take two).
        Assert.Equal(200, Directory.GetDirectories(Path.Combine(site.Output, "letters")).Count(d => Path.GetFileName(d) != "page"));
        Assert.True(site.Exists("letters/page/2/index.html"));
        var letterPages = site.HtmlFiles().Where(p => p.StartsWith("letters/", StringComparison.Ordinal)).Take(20).ToList();
        Assert.Equal(20, letterPages.Count);
        Assert.Empty(letterPages.SelectMany(page => site.InternalLinks(page).Where(link => !site.Resolves(link))));
    }

    [Fact]
    public void It_refuses_to_write_into_a_folder_that_has_files()
    {
        var folder = Directory.CreateTempSubdirectory("corpus-").FullName;
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "precious");
        var errors = new StringWriter();
        try
        {
            Assert.Equal(1, GenCorpusCommand.Run(Small, folder, TextWriter.Null, errors));
            Assert.Contains("is not empty", errors.ToString(), StringComparison.Ordinal);
            Assert.Equal("precious", File.ReadAllText(Path.Combine(folder, "keep.txt")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
