using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// An organization renamed or merged into another (issue 19), in the built site: the old address keeps working (a
/// Netlify rule and a page with a canonical link and a refresh), and the organization that replaced it says so, with
/// the names as they were, and gives its identifiers in authority files (fixtures, not real identifiers).
/// </summary>
public partial class ReplacedOrganizationTests
{
    /// <summary>
    /// The Forum for Civil Society, renamed the Civil Society Forum, which also took in the Burundi NGO Network; its
    /// 2001 letter prints the old name. Its authority ids are made up for the test.
    /// </summary>
    public static TemporaryContent RenamedArchive() => new TemporaryContent()
        .Organization("civil-society-forum", """
            name: Civil Society Forum
            countries: [BI]
            website: https://forum.example.org/
            wikidata: Q42
            viaf: "123456789"
            ror: 02mhbdp94
            replaces:
              - id: forum-for-civil-society
                name: Forum for Civil Society
              - id: burundi-ngo-network
                name: Burundi NGO <Network> & "Friends"
            """)
        .Organization("human-rights-watch", "name: Human Rights Watch\ncountries: [US]")
        .Write("sources/x.txt", "x")
        .Letter("2001-forum", """
            title: A Letter of the Forum
            date: 2001-05-02
            recipients:
              - Governments of the UN Member States
            source: sources/x.txt
            signatories:
              - name: Forum for Civil Society
              - name: Human Rights Watch
            """);

    [Fact]
    public void The_old_address_of_a_replaced_organization_is_a_page_that_sends_readers_to_the_replacement()
    {
        using var content = RenamedArchive();
        using var site = BuiltSite.From(content);

        Assert.Equal(0, site.ExitCode);
        var page = site.Read("organizations/forum-for-civil-society/index.html");
        Assert.Contains("<link rel=\"canonical\" href=\"https://archive.example.org/organizations/civil-society-forum/\">", page, StringComparison.Ordinal);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/organizations/civil-society-forum/\">", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/organizations/civil-society-forum/\">Civil Society Forum</a>", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Forum for Civil Society is now Civil Society Forum</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_former_name_is_escaped_on_its_redirect_page()
    {
        using var content = RenamedArchive();
        using var site = BuiltSite.From(content);

        var page = site.Read("organizations/burundi-ngo-network/index.html");

        Assert.Contains("<h1>Burundi NGO &lt;Network&gt; &amp; &quot;Friends&quot; is now Civil Society Forum</h1>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<Network>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Netlify_rules_redirect_every_address_under_an_old_organization_permanently_even_where_a_file_is()
    {
        using var content = RenamedArchive();
        using var site = BuiltSite.From(content);

        Assert.Equal(
            [
                "/organizations/burundi-ngo-network /organizations/civil-society-forum/ 301!",
                "/organizations/burundi-ngo-network/* /organizations/civil-society-forum/:splat 301!",
                "/organizations/forum-for-civil-society /organizations/civil-society-forum/ 301!",
                "/organizations/forum-for-civil-society/* /organizations/civil-society-forum/:splat 301!",
            ],
            site.Read("_redirects").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')));
    }

    [Fact]
    public void A_site_where_no_organization_replaced_another_has_no_redirect_rules()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        Assert.Equal(0, site.ExitCode);
        Assert.False(site.Exists("_redirects"));
    }

    [Fact]
    public void The_replacing_organizations_page_names_those_it_replaced_as_they_were_and_links_its_identifiers()
    {
        using var content = RenamedArchive();
        using var site = BuiltSite.From(content);

        var page = site.Read("organizations/civil-society-forum/index.html");

        Assert.Contains("<dt>Replaces</dt>", page, StringComparison.Ordinal);
        Assert.Contains("<li>Forum for Civil Society</li><li>Burundi NGO &lt;Network&gt; &amp; &quot;Friends&quot;</li>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Identifiers</dt>", page, StringComparison.Ordinal);
        Assert.Contains(
            "<li><a href=\"https://www.wikidata.org/wiki/Q42\" rel=\"external\">Wikidata Q42</a></li>"
            + "<li><a href=\"https://viaf.org/viaf/123456789\" rel=\"external\">VIAF 123456789</a></li>"
            + "<li><a href=\"https://ror.org/02mhbdp94\" rel=\"external\">ROR 02mhbdp94</a></li>",
            page,
            StringComparison.Ordinal);
        // The letter that printed the old name is the new organization's, printed as it was.
        Assert.Contains("2001-forum", page, StringComparison.Ordinal);
        Assert.Contains("Forum for Civil Society", site.Read("letters/2001-forum/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_organization_without_replacements_or_identifiers_shows_neither()
    {
        using var content = RenamedArchive();
        using var site = BuiltSite.From(content);

        var page = site.Read("organizations/human-rights-watch/index.html");

        Assert.DoesNotContain("<dt>Replaces</dt>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<dt>Identifiers</dt>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_structured_data_gives_the_website_and_the_authority_entries_as_sameAs_and_the_former_names_as_other_names()
    {
        using var content = RenamedArchive();
        using var site = BuiltSite.From(content);

        var organization = JsonDocument.Parse(JsonLdScript().Match(site.Read("organizations/civil-society-forum/index.html")).Groups[1].Value).RootElement;

        Assert.Equal(
            ["https://forum.example.org/", "https://www.wikidata.org/wiki/Q42", "https://viaf.org/viaf/123456789", "https://ror.org/02mhbdp94"],
            organization.GetProperty("sameAs").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(
            ["Forum for Civil Society", "Burundi NGO <Network> & \"Friends\""],
            organization.GetProperty("alternateName").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void The_old_pages_are_not_in_the_sitemap()
    {
        using var content = RenamedArchive();
        using var site = BuiltSite.From(content);

        var sitemap = site.Read("sitemap.xml");

        Assert.Contains("/organizations/civil-society-forum/", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("forum-for-civil-society", sitemap, StringComparison.Ordinal);
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdScript();
}
