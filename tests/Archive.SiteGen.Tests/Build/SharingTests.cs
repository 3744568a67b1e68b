using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.SiteGen.Build;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// What a page gives those who share it or index it (issue 17): a picture social networks show (a PNG, with its size
/// and a description), and schema.org structured data on the home page and organization pages, read back as JSON.
/// </summary>
public partial class SharingTests
{
    [Fact]
    public void Every_page_shares_the_sites_picture_by_its_absolute_address_with_its_real_size_and_a_description()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        Assert.All(site.HtmlFiles(), path =>
        {
            var html = site.Read(path);
            var image = OgImage().Match(html);
            Assert.True(image.Success, $"{path} has no og:image");
            var address = image.Groups[1].Value;
            Assert.StartsWith("https://archive.example.org/assets/share-card.", address, StringComparison.Ordinal);
            var file = File.ReadAllBytes(Path.Combine(site.Output, address["https://archive.example.org/".Length..]));
            Assert.Equal((1200, 630), SiteImage.SizeOf(file));
            Assert.Contains("<meta property=\"og:image:type\" content=\"image/png\">", html, StringComparison.Ordinal);
            Assert.Contains("<meta property=\"og:image:width\" content=\"1200\">", html, StringComparison.Ordinal);
            Assert.Contains("<meta property=\"og:image:height\" content=\"630\">", html, StringComparison.Ordinal);
            Assert.Contains("<meta property=\"og:image:alt\" content=\"Test Archive: Letters for a test.\">", html, StringComparison.Ordinal);
            Assert.Contains("<meta name=\"twitter:card\" content=\"summary_large_image\">", html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_size_of_a_picture_is_read_from_its_PNG_header_and_anything_else_is_not_a_picture()
    {
        byte[] header = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8.ToArray(), 0, 0, 4, 176, 0, 0, 2, 118];

        Assert.Equal((1200, 630), SiteImage.SizeOf(header));
        Assert.Null(SiteImage.SizeOf("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8));
        Assert.Null(SiteImage.SizeOf(header.AsSpan(0, 20)));
    }

    [Fact]
    public void The_home_page_describes_the_site_its_publisher_and_how_to_search_it()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var website = JsonLdOf(site.Read("index.html"));

        Assert.Equal("WebSite", website.GetProperty("@type").GetString());
        Assert.Equal("https://archive.example.org/", website.GetProperty("url").GetString());
        Assert.Equal("Test Archive", website.GetProperty("name").GetString());
        Assert.Equal("Letters for a test.", website.GetProperty("description").GetString());
        Assert.Equal("Organization", website.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.Equal("Test Archive", website.GetProperty("publisher").GetProperty("name").GetString());
        var search = website.GetProperty("potentialAction");
        Assert.Equal("SearchAction", search.GetProperty("@type").GetString());
        Assert.Equal("https://archive.example.org/search/?q={search_term_string}", search.GetProperty("target").GetProperty("urlTemplate").GetString());
        Assert.Equal("required name=search_term_string", search.GetProperty("query-input").GetString());
    }

    [Fact]
    public void An_organization_page_describes_the_organization_its_other_names_website_and_countries()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var hrw = JsonLdOf(site.Read("organizations/human-rights-watch/index.html"));
        var network = JsonLdOf(site.Read("organizations/gay-and-lesbian-network/index.html"));

        Assert.Equal("Organization", hrw.GetProperty("@type").GetString());
        Assert.Equal("Human Rights Watch", hrw.GetProperty("name").GetString());
        Assert.Equal(["HRW", "Human Rights Watch (HRW)"], hrw.GetProperty("alternateName").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal("https://archive.example.org/organizations/human-rights-watch/", hrw.GetProperty("url").GetString());
        Assert.Equal("https://www.hrw.org/", hrw.GetProperty("sameAs").GetString());
        Assert.Equal(["US"], hrw.GetProperty("address").EnumerateArray().Select(a => a.GetProperty("addressCountry").GetString()));
        Assert.Equal("PostalAddress", hrw.GetProperty("address")[0].GetProperty("@type").GetString());
        Assert.False(network.TryGetProperty("alternateName", out _));
        Assert.False(network.TryGetProperty("sameAs", out _));
        Assert.Equal("A South African network for the rights of gay and lesbian people.", network.GetProperty("description").GetString());
    }

    [Fact]
    public void Script_tags_in_an_organizations_names_cannot_end_its_structured_data()
    {
        using var content = EscapingTests.HostileArchive();
        using var site = BuiltSite.From(content);
        var page = site.Read("organizations/evil/index.html");

        var script = JsonLdScript().Match(page).Groups[1].Value;
        var organization = JsonDocument.Parse(script).RootElement;

        Assert.DoesNotContain("<", script, StringComparison.Ordinal);
        Assert.Equal("<script>alert(1)</script> \"Quoted\" 'Single' & Co", organization.GetProperty("name").GetString());
        Assert.Equal(["A&B<i>", "</script><script>alert(2)</script>"], organization.GetProperty("alternateName").EnumerateArray().Select(n => n.GetString()));
    }

    private static JsonElement JsonLdOf(string html) => JsonDocument.Parse(JsonLdScript().Match(html).Groups[1].Value).RootElement;

    [GeneratedRegex("<meta property=\"og:image\" content=\"([^\"]+)\">")]
    private static partial Regex OgImage();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdScript();
}
