using System.Text.Json;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// Each letter, organization and country page has its JSON beside it (<c>letters/{id}/index.json</c>,
/// <c>organizations/{id}/index.json</c>, <c>countries/{code}/index.json</c>), linked from the page's head and
/// visibly, so a site deployed without the API has no dead "as JSON" link (issue 19). That each file is the API's
/// answer byte for byte is Archive.Api.Tests' PageJsonTests.
/// </summary>
public class JsonBesidePagesTests
{
    [Theory]
    [InlineData("letters/2009-07-20-first/", "id", "2009-07-20-first", "This letter as JSON")]
    [InlineData("letters/2008-undated/", "id", "2008-undated", "This letter as JSON")]
    [InlineData("organizations/human-rights-watch/", "id", "human-rights-watch", "This organization as JSON")]
    [InlineData("organizations/350-africa/", "id", "350-africa", "This organization as JSON")]
    [InlineData("countries/bi/", "code", "BI", "This country as JSON")]
    [InlineData("countries/za/", "code", "ZA", "This country as JSON")]
    public void A_page_has_its_items_JSON_beside_it_linked_from_its_head_and_visibly(string page, string key, string id, string linkText)
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var json = JsonDocument.Parse(site.Read(page + "index.json")).RootElement;
        var html = site.Read(page + "index.html");

        Assert.Equal(id, json.GetProperty(key).GetString());
        Assert.Equal($"https://archive.example.org/{page}", json.GetProperty("url").GetString());
        Assert.Contains($"<link rel=\"alternate\" type=\"application/json\" href=\"/{page}index.json\">", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/{page}index.json\" type=\"application/json\" data-json-link>{linkText}</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_letters_as_JSON_link_leads_to_the_file_beside_it_not_to_the_API()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var html = site.Read("letters/2009-07-20-first/index.html");

        Assert.DoesNotContain("/api/v1/letters/", html, StringComparison.Ordinal);
        Assert.All(site.HtmlFiles(), page => Assert.All(site.InternalLinks(page).Where(l => l.EndsWith(".json", StringComparison.Ordinal)), link => Assert.True(site.Resolves(link), $"{page} links {link}, which the site does not have")));
    }

    [Fact]
    public void Only_the_first_page_of_an_organization_or_country_has_its_JSON_and_list_pages_have_none()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var files = Directory.EnumerateFiles(site.Output, "index.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        // organizations/index.json is the organizations filter's list of names (SiteUrls.OrganizationNames), not an item's JSON.
        Assert.Equal(
            [
                "countries/bi/index.json", "countries/ke/index.json", "countries/us/index.json", "countries/za/index.json",
                "letters/2008-undated/index.json", "letters/2009-07-20-first/index.json", "letters/2012-03-ngo-letter/index.json",
                "organizations/350-africa/index.json", "organizations/forum-pour-le-renforcement-de-la-societe-civile/index.json",
                "organizations/gay-and-lesbian-network/index.json", "organizations/human-rights-watch/index.json", "organizations/index.json",
            ],
            files);
        Assert.DoesNotContain("application/json", site.Read("letters/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("application/json", site.Read("countries/index.html"), StringComparison.Ordinal);
    }
}
