using Archive.Testing;

namespace Archive.Browser.Tests;

/// <summary>
/// A generated archive (`archive gen-corpus`, seed 1: the same letters every run) built with search and browsed like
/// the repository's site: 150 letters, enough for paging through results, which the repository's five are not.
/// Generating and building it takes a few seconds.
/// </summary>
public sealed class GeneratedSiteFixture : SiteFixture
{
    public const int Letters = 150;

    protected override string PrepareContent(string folder)
    {
        var content = Path.Combine(folder, "content");
        var (exitCode, stdout, stderr) = ExternalProgram.Archive(
            "gen-corpus", "--letters", Letters.ToString(System.Globalization.CultureInfo.InvariantCulture), "--organizations", "300", "--countries", "40", "--out", content);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"archive gen-corpus failed ({exitCode}):\n{stdout}\n{stderr}");
        }

        return content;
    }
}

[CollectionDefinition(Name)]
public sealed class GeneratedSearchSite : ICollectionFixture<GeneratedSiteFixture>
{
    public const string Name = "generated site with search";
}
