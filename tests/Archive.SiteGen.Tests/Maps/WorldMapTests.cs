using System.Net;
using System.Text.RegularExpressions;
using Archive.SiteGen.Build.Maps;
using Archive.SiteGen.Tests.Build;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Maps;

/// <summary>
/// The world maps of the pages (issue 20): drawn once in <c>/assets/world.*.svg</c> from Natural Earth, and on each page
/// the countries it is about drawn over it by reference, each linked to its country page.
/// </summary>
public sealed partial class WorldMapTests
{
    // Kenya and Uganda are drawn as shapes, Malta is too small to be seen (a marker), Gibraltar has no boundary of its
    // own in Natural Earth at this scale, and "South Asia" is a region, not a country.
    private static TemporaryContent Archive() => new TemporaryContent()
        .Organization("kenya-forum", """
            name: Kenya Forum
            countries: [KE]
            """)
        .Organization("uganda-network", """
            name: Uganda Network
            countries: [UG]
            """)
        .Organization("malta-aid", """
            name: Malta Aid
            countries: [MT]
            """)
        .Organization("gibraltar-group", """
            name: Gibraltar Group
            countries: [GI]
            """)
        .Organization("danish-aid", """
            name: Danish Aid
            countries: [DK]
            """)
        .Organization("danish-relief", """
            name: Danish Relief
            countries: [DK]
            """)
        .Letter("2010-05-04-appeal", """
            title: An Appeal
            date: 2010-05-04
            source:
              url: https://example.org/appeal
            signatories:
              - name: Kenya Forum
              - name: Malta Aid
                regions: [South Asia]
            """)
        .Letter("2011-06-01-call", """
            title: A Call
            date: 2011-06-01
            source:
              url: https://example.org/call
            signatories:
              - name: Kenya Forum
              - name: Uganda Network
              - name: Gibraltar Group
              - name: Danish Aid
              - name: Danish Relief
            """);

    [Fact]
    public void The_countries_page_shades_each_country_by_how_many_organizations_from_it_signed_with_a_legend()
    {
        using var content = Archive();
        using var site = BuiltSite.From(content);

        var html = site.Read("countries/index.html");
        var shapes = Shapes(html);

        // Counts 1, 1, 1, 1 and 2: the shades' bounds are 1 and 2.
        Assert.Equal("map-count-2", shapes["DK"].Class);
        Assert.Equal("map-count-1", shapes["KE"].Class);
        Assert.Equal("Denmark: 2 organizations", shapes["DK"].Title);
        Assert.Equal(["1 organization", "2 organizations"], Legend(html));
        Assert.Contains("aria-describedby=\"country-table\"", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"country-table\" id=\"country-table\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_country_shape_links_to_its_country_page_and_is_the_countrys_shape_in_the_map_file()
    {
        using var content = Archive();
        using var site = BuiltSite.From(content);

        var shapes = Shapes(site.Read("countries/index.html"));

        Assert.Equal(["DK", "KE", "MT", "UG"], shapes.Keys.Order(StringComparer.Ordinal));
        foreach (var (code, shape) in shapes)
        {
            Assert.Equal($"/countries/{code.ToLowerInvariant()}/", shape.Url);
            Assert.True(site.Resolves(shape.Url), shape.Url);
            Assert.Matches(@"^/assets/world\.[0-9a-f]{10}\.svg$", shape.File);
            Assert.Contains($"<path id=\"{code}\" d=\"M", site.Read(shape.File.TrimStart('/')), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_country_too_small_to_be_seen_at_world_scale_gets_a_marker_at_its_point()
    {
        using var content = Archive();
        using var site = BuiltSite.From(content);

        var shapes = Shapes(site.Read("countries/index.html"));

        Assert.Matches(@"^<circle cx=""[0-9.]+"" cy=""[0-9.]+"" r=""6""/>$", shapes["MT"].Marker);
        Assert.Equal("", shapes["KE"].Marker);
    }

    [Fact]
    public void A_country_the_map_does_not_draw_is_named_under_it_rather_than_dropped()
    {
        using var content = Archive();
        using var site = BuiltSite.From(content);

        foreach (var page in new[] { "countries/index.html", "letters/2011-06-01-call/index.html", "organizations/kenya-forum/index.html", "countries/gi/index.html" })
        {
            var html = site.Read(page);
            Assert.DoesNotContain("#GI\"", html, StringComparison.Ordinal);
            Assert.Contains("<p class=\"map-missing\" data-not-on-map>Not on the map (Natural Earth draws no boundary of its own for it at this scale): <a href=\"/countries/gi/\">Gibraltar</a>.</p>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_letter_map_shows_the_countries_of_its_signatories_and_no_region()
    {
        using var content = Archive();
        using var site = BuiltSite.From(content);

        var html = site.Read("letters/2010-05-04-appeal/index.html");
        var shapes = Shapes(html);

        Assert.Equal(["KE", "MT"], shapes.Keys.Order(StringComparer.Ordinal));
        Assert.All(shapes.Values, s => Assert.Equal(DrawMap.Strong, s.Class));
        Assert.Equal("Kenya", shapes["KE"].Title);
        Assert.DoesNotContain("South Asia", MapOf(html), StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"signed-by\"", html, StringComparison.Ordinal);
        Assert.Contains("<figcaption id=\"letter-map\">Map of the 2 countries of the signatories, named above.</figcaption>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organization_map_shows_its_countries_dark_and_its_co_signers_countries_lighter()
    {
        using var content = Archive();
        using var site = BuiltSite.From(content);

        var html = site.Read("organizations/kenya-forum/index.html");
        var shapes = Shapes(html);

        Assert.Equal(DrawMap.Strong, shapes["KE"].Class);
        Assert.Equal("Kenya", shapes["KE"].Title);
        Assert.Equal(DrawMap.Light, shapes["UG"].Class);
        Assert.Equal(DrawMap.Light, shapes["MT"].Class);
        Assert.Equal(DrawMap.Light, shapes["DK"].Class);
        Assert.Equal("Uganda", shapes["UG"].Title);
        // Its own country is drawn last, over the others.
        Assert.Equal("KE", shapes.Keys.Last());
        Assert.Contains("and, lighter, the 4 countries of the organizations it signed with: Denmark, Gibraltar, Malta, Uganda.</figcaption>", html, StringComparison.Ordinal);
        Assert.Equal(["a co-signer's country", "its country"], Legend(html));
    }

    [Fact]
    public void A_country_page_locates_its_country_on_the_world()
    {
        using var content = Archive();
        using var site = BuiltSite.From(content);

        var shapes = Shapes(site.Read("countries/ug/index.html"));

        var uganda = Assert.Single(shapes);
        Assert.Equal("UG", uganda.Key);
        Assert.Equal(DrawMap.Strong, uganda.Value.Class);
        Assert.Equal("/countries/ug/", uganda.Value.Url);
    }

    [Fact]
    public void A_country_page_rings_its_country_so_that_a_reader_finds_it_on_a_phone_and_other_maps_do_not()
    {
        using var content = Archive();
        using var site = BuiltSite.From(content);

        // Uganda is a few pixels across on a 390 px wide map: the ring around its point leads the eye to it.
        Assert.Matches(@"^<circle class=""map-ring"" cx=""[0-9.]+"" cy=""[0-9.]+"" r=""24""/>$", Shapes(site.Read("countries/ug/index.html"))["UG"].Ring);
        // Malta, too small to be seen, keeps its marker inside the ring.
        var malta = Shapes(site.Read("countries/mt/index.html"))["MT"];
        Assert.NotEqual("", malta.Marker);
        Assert.NotEqual("", malta.Ring);
        Assert.All(Shapes(site.Read("letters/2011-06-01-call/index.html")).Values, s => Assert.Equal("", s.Ring));
        Assert.All(Shapes(site.Read("countries/index.html")).Values, s => Assert.Equal("", s.Ring));
    }

    [Fact]
    public void A_page_draws_the_world_by_reference_to_the_one_cached_file_not_inline()
    {
        using var content = Archive();
        using var site = BuiltSite.From(content);

        foreach (var page in new[] { "countries/index.html", "letters/2011-06-01-call/index.html", "organizations/kenya-forum/index.html", "countries/ke/index.html" })
        {
            var map = MapOf(site.Read(page));
            Assert.Matches(@"<use href=""/assets/world\.[0-9a-f]{10}\.svg#world"" class=""map-land"" aria-hidden=""true""/>", map);
            Assert.DoesNotContain("<path", map, StringComparison.Ordinal);
            Assert.DoesNotContain("style=", map, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(new int[0], new int[0])]
    [InlineData(new[] { 3 }, new[] { 3 })]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, new[] { 2, 4, 6, 8, 10 })]
    [InlineData(new[] { 0, 0, 1, 1, 1, 1, 50 }, new[] { 1, 50 })]
    [InlineData(new[] { 40, 1, 1, 2, 3, 12, 7 }, new[] { 1, 2, 7, 12, 40 })]
    public void The_shades_of_the_countries_map_split_the_countries_with_organizations_into_equal_groups(int[] counts, int[] bounds) =>
        Assert.Equal(bounds, DrawMap.ShadeBounds(counts));

    [Fact]
    public void The_committed_world_map_is_exactly_what_its_program_draws_from_the_pinned_boundaries()
    {
        NodePackages.Ensure();
        var drawn = Path.Combine(Path.GetTempPath(), $"world-{Guid.NewGuid():N}.svg");
        try
        {
            var result = ExternalProgram.Run("node", [Path.Combine(RepositoryPaths.Root, "tools", "maps", "make-world.mjs"), "--out", drawn], workingDirectory: RepositoryPaths.Root);

            Assert.True(result.ExitCode == 0, result.Stderr);
            var committed = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "sitegen", "templates", "assets", WorldMap.AssetName));
            Assert.True(committed.AsSpan().SequenceEqual(File.ReadAllBytes(drawn)), "sitegen/templates/assets/world.svg differs from what `npm run maps` draws: run it and commit the file, never edit it by hand");
        }
        finally
        {
            File.Delete(drawn);
        }
    }

    private static string MapOf(string html) => MapFigure().Match(html) is { Success: true } m ? m.Value : throw new Xunit.Sdk.XunitException("no map on the page");

    // Each shape with the class of its layer.
    private static Dictionary<string, (string Url, string Class, string Title, string File, string Marker, string Ring)> Shapes(string html) =>
        Layer().Matches(MapOf(html)).SelectMany(layer => Shape().Matches(layer.Groups["shapes"].Value).Select(m => (Class: layer.Groups["class"].Value, Shape: m))).ToDictionary(
            s => s.Shape.Groups["code"].Value,
            s => (s.Shape.Groups["url"].Value, s.Class, WebUtility.HtmlDecode(s.Shape.Groups["title"].Value), s.Shape.Groups["file"].Value, s.Shape.Groups["marker"].Value, s.Shape.Groups["ring"].Value));

    private static List<string> Legend(string html) => [.. LegendKey().Matches(MapOf(html)).Select(m => WebUtility.HtmlDecode(m.Groups["text"].Value))];

    [GeneratedRegex("""<figure class="world-map".*?</figure>""", RegexOptions.Singleline)]
    private static partial Regex MapFigure();

    [GeneratedRegex("""<g class="(?<class>[^"]+)" role="group" aria-label="[^"]+">(?<shapes>.*?)</g>""", RegexOptions.Singleline)]
    private static partial Regex Layer();

    [GeneratedRegex("""<a href="(?<url>[^"]+)"><title>(?<title>[^<]+)</title><use href="(?<file>[^"#]+)#(?<code>[A-Z]{2})"/>(?<marker><circle cx=[^>]+/>)?(?<ring><circle class="map-ring" [^>]+/>)?</a>""")]
    private static partial Regex Shape();

    [GeneratedRegex("""<li><svg viewBox="0 0 14 14" aria-hidden="true"><rect class="[^"]+" x="1" y="1" width="12" height="12"/></svg>(?<text>[^<]+)</li>""")]
    private static partial Regex LegendKey();
}
