using Archive.Core.Content;
using Archive.SiteGen.Corpus;

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
