using Snapshooter.Xunit;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// Golden files: one letter, one organization and one country page of the small fixture archive, as built.
/// A change to a template or the assemble step shows up as a reviewable diff of these files
/// (in __snapshots__; with SNAPSHOOTER_STRICT_MODE=true, as in CI, a missing golden file fails the test).
/// </summary>
public class SnapshotTests
{
    [Fact]
    public void Letter_page()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        Snapshot.Match(Stable(site.Read("letters/2009-07-20-first/index.html")));
    }

    [Fact]
    public void Organization_page()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        Snapshot.Match(Stable(site.Read("organizations/human-rights-watch/index.html")));
    }

    [Fact]
    public void Country_page()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        Snapshot.Match(Stable(site.Read("countries/bi/index.html")));
    }

    // The stylesheet's name carries its hash; a change to the CSS alone should not rewrite every golden page.
    private static string Stable(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, @"/assets/site\.[0-9a-f]{10}\.css", "/assets/site.HASH.css");
}
