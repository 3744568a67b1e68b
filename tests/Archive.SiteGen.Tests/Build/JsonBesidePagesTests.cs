using System.Text.Json;
using Archive.Core.Content;
using Archive.Core.Export;
using Archive.Core.Json;
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

    [Fact]
    public void Each_letters_JSON_beside_its_page_is_its_line_of_letters_jsonl_byte_for_byte()
    {
        using var site = BuiltSite.FromFolder(RepositoryPaths.ApiFixtureContent);
        var archive = LoadContent.FromFolder(RepositoryPaths.ApiFixtureContent).Content!;

        var lines = File.ReadAllBytes(Path.Combine(site.Output, "data", LettersJsonLines.File)).AsSpan();
        foreach (var letter in archive.Letters)
        {
            var end = lines.IndexOf((byte)'\n');
            Assert.Equal(lines[..end].ToArray(), File.ReadAllBytes(Path.Combine(site.Output, "letters", letter.Id, "index.json")));
            lines = lines[(end + 1)..];
        }

        Assert.True(lines.IsEmpty);
    }

    [Fact]
    public void Writing_letters_jsonl_hands_each_letters_JSON_on_once_as_the_APIs_answer_so_the_build_serializes_it_once()
    {
        var archive = LoadContent.FromFolder(RepositoryPaths.ApiFixtureContent).Content!;
        var handed = new List<(string Id, byte[] Json)>();
        using var lines = new MemoryStream();

        LettersJsonLines.Write(archive, lines, (letter, json) => handed.Add((letter.Id, json)));

        Assert.Equal(archive.Letters.Select(l => l.Id), handed.Select(h => h.Id));
        Assert.All(handed, h => Assert.Equal(ArchiveJson.Bytes(LetterJson.From(archive.FindLetter(h.Id)!, archive)), h.Json));
        Assert.Equal(handed.SelectMany(h => h.Json.Append((byte)'\n')), lines.ToArray());
    }
}
