namespace Archive.SiteGen.Tests.Build;

/// <summary>The table of an organization's co-signers says what it holds (issue 17), for those who hear it read.</summary>
public class CoSignersTableTests
{
    [Fact]
    public void The_co_signers_table_has_a_caption_naming_the_organization()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        Assert.Contains(
            "<table class=\"co-signers\">\n      <caption>Organizations that most often signed the same letters as Human Rights Watch, with how many</caption>",
            site.Read("organizations/human-rights-watch/index.html"),
            StringComparison.Ordinal);
    }
}
