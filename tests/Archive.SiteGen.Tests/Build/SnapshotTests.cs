using System.Text.RegularExpressions;
using Archive.Testing;
using Snapshooter.Xunit;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// Golden files: one letter, one organization and one country page of the small fixture archive, as built.
/// A change to a template or the assemble step shows up as a reviewable diff of these files
/// (in __snapshots__; with SNAPSHOOTER_STRICT_MODE=true, as in CI, a missing golden file fails the test).
/// </summary>
public sealed partial class SnapshotTests(SnapshotTests.SmallSite small) : IClassFixture<SnapshotTests.SmallSite>
{
    [Fact]
    public void Letter_page() => Match("letters/2009-07-20-first/index.html");

    [Fact]
    public void Organization_page() => Match("organizations/human-rights-watch/index.html");

    [Fact]
    public void Country_page() => Match("countries/bi/index.html");

    [Fact]
    public void The_scrubber_replaces_the_hash_of_every_asset_name_and_nothing_else()
    {
        const string Html = """
            <link rel="stylesheet" href="/assets/site.3f2a9c01de.css">
            <link rel="icon" href="/assets/favicon.f28bebba3d.svg" type="image/svg+xml">
            <script src="/assets/search.0123456789.js" defer></script>
            <a href="/letters/2009-07-20-first/">2009-07-20</a> <a href="/assets/notes.txt">notes</a>
            """;

        Assert.Equal(
            """
            <link rel="stylesheet" href="/assets/site.HASH.css">
            <link rel="icon" href="/assets/favicon.HASH.svg" type="image/svg+xml">
            <script src="/assets/search.HASH.js" defer></script>
            <a href="/letters/2009-07-20-first/">2009-07-20</a> <a href="/assets/notes.txt">notes</a>
            """,
            ScrubAssetHashes(Html));
    }

    private void Match(string page) => Snapshot.Match(ScrubAssetHashes(small.Site.Read(page)));

    // Every asset's name carries a hash of its content (assets/site.3f2a9c01de.css, favicon.….svg, search.….js, see
    // SiteAssets): an edit to the stylesheet or the icon alone must not rewrite every golden page, so each hash
    // becomes HASH before any page is compared.
    private static string ScrubAssetHashes(string html) => AssetHash().Replace(html, "/assets/${name}.HASH${extension}");

    [GeneratedRegex(@"/assets/(?<name>[\w-]+)\.[0-9a-f]{10}(?<extension>\.\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex AssetHash();

    /// <summary>The small fixture archive built once for the whole class: the golden pages only read it.</summary>
    public sealed class SmallSite : IDisposable
    {
        private readonly TemporaryContent _content = SiteFixtures.SmallArchive();

        public SmallSite()
        {
            Site = BuiltSite.From(_content);
            Assert.True(Site.ExitCode == 0, Site.Log);
        }

        public BuiltSite Site { get; }

        public void Dispose()
        {
            Site.Dispose();
            _content.Dispose();
        }
    }
}
