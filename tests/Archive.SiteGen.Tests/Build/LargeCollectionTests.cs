using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Core.Content;
using Archive.Core.Letters;
using Archive.SiteGen.Build.Pages;
using Archive.SiteGen.Corpus;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// Large collections (issue 17): an organization's letters go on over pages, newest first and by year, below its
/// co-signers and its letters per year; every paged list says at its top which page it is and marks a year continued
/// from the page before; the organizations index of a large archive goes on an initial to a page and by country, and
/// its filter reads every organization's names from a JSON file. Built once from a generated archive of 300 letters
/// and 400 organizations.
/// </summary>
public sealed partial class LargeCollectionTests(LargeCollectionTests.LargeSite large) : IClassFixture<LargeCollectionTests.LargeSite>
{
    private BuiltSite Site => large.Site;

    private ArchiveContent Loaded => large.Loaded;

    [Fact]
    public void An_organization_lists_the_letters_it_signed_newest_first_by_year_over_its_pages()
    {
        var (id, signed) = MostActive();
        var pages = PagesOf($"organizations/{id}/", signed.Count);

        var listed = pages.SelectMany(page => LetterItems().Matches(Section(Site.Read(page), "signed")).Select(m => m.Groups[1].Value)).ToList();

        Assert.True(pages.Count > 1, $"{id} signed {signed.Count} letters: too few for the test");
        Assert.Equal(signed.Select(l => $"/letters/{l.Id}/"), listed);
        Assert.False(Site.Exists($"organizations/{id}/page/{pages.Count + 1}/index.html"));
        Assert.All(pages.Select((page, i) => (Html: Site.Read(page), Letters: signed.Skip(i * SiteData.LettersPerPage).Take(SiteData.LettersPerPage))), page =>
            Assert.Equal(page.Letters.Select(l => l.Date.Year).Distinct(), YearHeadings().Matches(page.Html).Select(m => int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Its_co_signers_letters_per_year_and_years_are_above_its_letters_on_its_first_page_only()
    {
        var (id, signed) = MostActive();
        var first = Site.Read($"organizations/{id}/index.html");
        var second = Site.Read($"organizations/{id}/page/2/index.html");
        var count = (signed.Count + SiteData.LettersPerPage - 1) / SiteData.LettersPerPage;

        Assert.True(first.IndexOf("id=\"timeline-title\"", StringComparison.Ordinal) is var chart && chart > 0 && chart < first.IndexOf("<h2 id=\"signed\">", StringComparison.Ordinal));
        Assert.True(first.IndexOf("<h2 id=\"co-signers\">", StringComparison.Ordinal) is var coSigners && coSigners > 0 && coSigners < first.IndexOf("<h2 id=\"signed\">", StringComparison.Ordinal));
        // Its first page links every year of its letters to the page where they start; the page links go on from there.
        var oldest = signed[^1].Date.Year;
        var starts = (signed.Select(l => l.Date.Year).ToList().IndexOf(oldest) / SiteData.LettersPerPage) + 1;
        Assert.Contains($"<li><a href=\"/organizations/{id}/page/{starts}/#y{oldest}\">{oldest}</a></li>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-label=\"Years\"", second, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"co-signers\"", second, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"timeline-title\"", second, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/organizations/{id}/\">its main page</a>", second, StringComparison.Ordinal);
        Assert.Contains($"(page 2 of {count}) · ", second, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"https://archive.example.org/organizations/{id}/page/2/\">", second, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/organizations/{id}/page/2/\" rel=\"next\">Older</a>", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_paged_list_says_at_its_top_which_page_it_is_and_a_year_from_the_page_before_is_continued()
    {
        var (id, signed) = MostActive();
        var country = Loaded.Countries.First(c => c.Letters.Count > SiteData.LettersPerPage);
        (string First, IReadOnlyList<Letter> Letters)[] lists =
        [
            ("letters/", Loaded.Letters),
            ($"countries/{country.Country.Code.Slug}/", country.Letters),
            ($"organizations/{id}/", signed),
        ];
        var continued = 0;

        foreach (var (address, letters) in lists)
        {
            var pages = PagesOf(address, letters.Count);
            Assert.True(pages.Count > 1, $"{address} is not paged");
            foreach (var (page, number) in pages.Select((page, i) => (page, i + 1)))
            {
                var html = Site.Read(page);
                var position = html.IndexOf($"<p class=\"pages-position\">Page {number} of {pages.Count}</p>", StringComparison.Ordinal);
                Assert.True(position > 0 && position < html.IndexOf("class=\"letter-item\"", StringComparison.Ordinal), $"{page} does not say where it is above its letters");
                var heading = YearHeadings().Matches(html)[0];
                var yearBefore = number > 1 ? letters[((number - 1) * SiteData.LettersPerPage) - 1].Date.Year : (int?)null;
                var expected = yearBefore?.ToString(System.Globalization.CultureInfo.InvariantCulture) == heading.Groups["year"].Value;
                Assert.True(expected == heading.Groups["continued"].Success, $"{page}: {heading.Value}");
                continued += expected ? 1 : 0;
            }
        }

        // Only meaningful if some page does go on with the year of the page before.
        Assert.True(continued > 0);
    }

    [Fact]
    public void The_organizations_index_of_a_large_archive_links_each_initial_with_its_count_and_each_country()
    {
        var index = Site.Read("organizations/index.html");
        var byInitial = Loaded.Organizations.GroupBy(o => SiteData.Initial(o.Name)).ToDictionary(g => g.Key, g => g.ToList());

        Assert.True(Loaded.Organizations.Count > OrganizationsKind.ListedWhole);
        Assert.DoesNotContain("class=\"initial-group\"", index, StringComparison.Ordinal);
        Assert.All(byInitial, group =>
        {
            var slug = group.Key == "#" ? "other" : group.Key.ToLowerInvariant();
            Assert.Contains($"<a href=\"/organizations/initial/{slug}/\">{group.Key} <span class=\"initial-count\">{group.Value.Count}</span></a>", index, StringComparison.Ordinal);
            var page = Site.Read($"organizations/initial/{slug}/index.html");
            Assert.Equal(group.Value.Select(o => $"/organizations/{o.Id}/"), OrganizationItems().Matches(page).Select(m => m.Groups[1].Value));
            Assert.Contains($"<a href=\"/organizations/initial/{slug}/\" aria-current=\"page\">", page, StringComparison.Ordinal);
        });
        Assert.Contains("<span class=\"initial-empty\">X <span class=\"initial-count\">0</span></span>", index, StringComparison.Ordinal);
        Assert.All(Loaded.Countries, c =>
            Assert.Contains($"<a href=\"/countries/{c.Country.Code.Slug}/\">{c.Country.Name}</a> <span class=\"count\">{c.Organizations.Count}</span>", index, StringComparison.Ordinal));
    }

    [Fact]
    public void The_filter_reads_every_organization_with_its_names_and_letter_count_from_a_json_file()
    {
        var index = Site.Read("organizations/index.html");
        using var json = JsonDocument.Parse(Site.Read("organizations/index.json"));
        var organizations = json.RootElement.GetProperty("organizations").EnumerateArray().ToList();
        var withAcronym = Loaded.Organizations.First(o => o.Acronym is not null);
        var withAliases = Loaded.Organizations.First(o => o.Aliases.Count > 0);
        var plain = Loaded.Organizations.First(o => o.Acronym is null && o.Aliases.Count == 0);

        Assert.Contains("data-organization-filter data-names=\"/organizations/index.json\" hidden", index, StringComparison.Ordinal);
        Assert.Matches("<script type=\"module\" src=\"/assets/organizations\\.[0-9a-f]{10}\\.js\"></script>", index);
        Assert.Equal("/organizations/{id}/", json.RootElement.GetProperty("url").GetString());
        Assert.Equal(Loaded.Organizations.Select(o => o.Id), organizations.Select(o => o.GetProperty("id").GetString()));
        Assert.All(Loaded.Organizations.Zip(organizations), pair =>
        {
            Assert.Equal(pair.First.Name, pair.Second.GetProperty("name").GetString());
            Assert.Equal(Loaded.LettersSignedBy(pair.First.Id).Count, pair.Second.GetProperty("letterCount").GetInt32());
        });
        Assert.Equal(withAcronym.Acronym, Entry(organizations, withAcronym.Id).GetProperty("acronym").GetString());
        Assert.Equal(withAliases.Aliases, Entry(organizations, withAliases.Id).GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.False(Entry(organizations, plain.Id).TryGetProperty("acronym", out _));
        Assert.False(Entry(organizations, plain.Id).TryGetProperty("aliases", out _));
    }

    [Fact]
    public void Every_page_of_every_list_is_in_the_sitemap_and_every_internal_link_resolves()
    {
        var (id, _) = MostActive();
        var sitemap = Site.Read("sitemap.xml");

        Assert.Contains($"<loc>https://archive.example.org/organizations/{id}/page/2/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://archive.example.org/organizations/initial/c/</loc>", sitemap, StringComparison.Ordinal);
        Assert.All(Site.HtmlFiles().Where(f => f.Contains("/page/", StringComparison.Ordinal) || f.StartsWith("organizations/initial/", StringComparison.Ordinal)),
            page => Assert.Contains($"<loc>https://archive.example.org/{page[..^"index.html".Length]}</loc>", sitemap, StringComparison.Ordinal));
        var broken = Site.HtmlFiles()
            .SelectMany(page => Site.InternalLinks(page).Where(link => !Site.Resolves(link)).Select(link => $"{page} -> {link}"))
            .ToList();
        Assert.Empty(broken);
    }

    [Fact]
    public void The_organizations_index_of_a_small_archive_lists_them_all_by_initial_with_counts_and_countries()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var index = site.Read("organizations/index.html");

        Assert.Contains("<a href=\"#f\">F <span class=\"initial-count\">1</span></a>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#other\"># <span class=\"initial-count\">1</span></a>", index, StringComparison.Ordinal);
        Assert.Contains("<span class=\"initial-empty\">A <span class=\"initial-count\">0</span></span>", index, StringComparison.Ordinal);
        Assert.Equal(4, OrganizationItems().Count(index));
        Assert.Contains("<a href=\"/countries/bi/\">Burundi</a> <span class=\"count\">1</span>", index, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "organizations", "initial")));
    }

    [Fact]
    public void The_letters_it_published_and_its_people_signed_show_their_newest_on_its_first_page_and_go_on_at_pages_of_their_own()
    {
        using var content = new TemporaryContent()
            .Organization("human-rights-watch", "name: Human Rights Watch\ncountries: [US]")
            .Organization("amnesty-international", "name: Amnesty International\ncountries: [GB]");
        // 12 letters Human Rights Watch published and Amnesty International's director signed; 3 it published alone.
        foreach (var n in Enumerable.Range(1, 15))
        {
            var director = n <= 12 ? "people:\n  - name: Jane Doe\n    roles:\n      - title: Director\n        organization: amnesty-international" : "";
            content.Letter($"{2000 + n}-letter-{n}", $"title: Letter {n}\ndate: {2000 + n}-05-01\npublisher: human-rights-watch\nsource: https://example.org/{n}\nsignatories:\n  - name: Human Rights Watch\n{director}");
        }

        using var site = BuiltSite.From(content);
        Assert.True(site.ExitCode == 0, site.Log);
        var watch = site.Read("organizations/human-rights-watch/index.html");
        var amnesty = site.Read("organizations/amnesty-international/index.html");
        var published = site.Read("organizations/human-rights-watch/published/index.html");
        var people = site.Read("organizations/amnesty-international/people/index.html");

        Assert.Equal(Enumerable.Range(6, 10).Reverse().Select(n => $"/letters/{2000 + n}-letter-{n}/"), LetterItems().Matches(Section(watch, "published")).Select(m => m.Groups[1].Value));
        Assert.Contains("<a href=\"/organizations/human-rights-watch/published/\">All 15 letters it published</a>", watch, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 15).Reverse().Select(n => $"/letters/{2000 + n}-letter-{n}/"), LetterItems().Matches(published).Select(m => m.Groups[1].Value));
        Assert.Contains("<h3 id=\"y2015\">2015</h3>", published, StringComparison.Ordinal);
        Assert.Contains("<title>Human Rights Watch: letters it published · Test Archive</title>", published, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/organizations/amnesty-international/people/\">All 12 letters its people signed</a>", amnesty, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 12).Reverse().Select(n => $"/letters/{2000 + n}-letter-{n}/"), LetterItems().Matches(people).Select(m => m.Groups[1].Value));
        Assert.Contains("No letter in the archive lists it as a signatory.", amnesty, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_with_more_organizations_than_a_page_lists_shows_its_busiest_and_lists_them_all_on_pages_of_their_own()
    {
        using var content = new TemporaryContent(site: "");
        foreach (var (path, text) in GenerateCorpus.Files(new CorpusSettings(Letters: 100, Organizations: 800, Countries: 2, Seed: 7)))
        {
            content.Write(path, text);
        }

        using var site = BuiltSite.From(content);
        Assert.True(site.ExitCode == 0, site.Log);
        var archive = LoadContent.FromFolder(content.Root).Content!;
        var country = archive.Countries.MaxBy(c => c.Organizations.Count)!;
        var slug = country.Country.Code.Slug;
        var first = site.Read($"countries/{slug}/index.html");
        var pageCount = (country.Organizations.Count + OrganizationsKind.ListedWhole - 1) / OrganizationsKind.ListedWhole;
        var pages = Enumerable.Range(1, pageCount).Select(n => site.Read(n == 1 ? $"countries/{slug}/organizations/index.html" : $"countries/{slug}/organizations/page/{n}/index.html")).ToList();

        Assert.True(country.Organizations.Count > OrganizationsKind.ListedWhole);
        Assert.Equal(
            country.Organizations.OrderByDescending(o => archive.LettersSignedBy(o.Id).Count).Take(10).Select(o => $"/organizations/{o.Id}/"),
            OrganizationItems().Matches(first).Select(m => m.Groups[1].Value));
        Assert.Contains($"<a href=\"/countries/{slug}/organizations/\">All {country.Organizations.Count} organizations from {country.Country.Name}, A–Z</a>", first, StringComparison.Ordinal);
        Assert.Contains("id=\"letters\"", first, StringComparison.Ordinal);
        Assert.Equal(country.Organizations.Select(o => $"/organizations/{o.Id}/"), pages.SelectMany(page => OrganizationItems().Matches(page).Select(m => m.Groups[1].Value)));
        Assert.Contains($"<p class=\"pages-position\">Page 2 of {pageCount}, A–Z.", pages[1], StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/countries/{slug}/organizations/\" rel=\"prev\">Previous</a>", pages[1], StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"letters\"", pages[1], StringComparison.Ordinal);
        Assert.False(site.Exists($"countries/{slug}/organizations/page/{pageCount + 1}/index.html"));
        Assert.Contains($"<loc>https://archive.example.org/countries/{slug}/organizations/page/2/</loc>", site.Read("sitemap.xml"), StringComparison.Ordinal);
    }

    // The organization that signed most letters, and those letters newest first.
    private (string Id, IReadOnlyList<Letter> Signed) MostActive()
    {
        var organization = Loaded.Organizations.MaxBy(o => Loaded.LettersSignedBy(o.Id).Count)!;
        return (organization.Id, [.. Loaded.LettersSignedBy(organization.Id).Reverse()]);
    }

    // The HTML files of a list's pages: {first}index.html, then {first}page/2/index.html…
    private static List<string> PagesOf(string first, int letters) =>
        [.. Enumerable.Range(1, Math.Max(1, (letters + SiteData.LettersPerPage - 1) / SiteData.LettersPerPage))
            .Select(n => n == 1 ? $"{first}index.html" : $"{first}page/{n}/index.html")];

    // A section of an organization's page, from its heading to the next section's.
    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"<h2 id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        var end = html.IndexOf("<h2 id=", start + 1, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }

    private static JsonElement Entry(List<JsonElement> organizations, string id) =>
        organizations.Single(o => o.GetProperty("id").GetString() == id);

    [GeneratedRegex("<li class=\"letter-item\" data-letter=\"([^\"]+)\">")]
    private static partial Regex LetterItems();

    [GeneratedRegex("<h[23] id=\"y(?<year>\\d{4})\">\\d{4}(?<continued> <span class=\"continued\">\\(continued\\)</span>)?</h[23]>")]
    private static partial Regex YearHeadings();

    [GeneratedRegex("<li><a href=\"(/organizations/(?!initial/)[^\"]+/)\">")]
    private static partial Regex OrganizationItems();

    /// <summary>The generated archive, built once for the class.</summary>
    public sealed class LargeSite : IDisposable
    {
        private readonly TemporaryContent _content = new(site: "");

        public LargeSite()
        {
            foreach (var (path, text) in GenerateCorpus.Files(new CorpusSettings(Letters: 300, Organizations: 400, Countries: 5, Seed: 5)))
            {
                _content.Write(path, text);
            }

            Site = BuiltSite.From(_content);
            Assert.True(Site.ExitCode == 0, Site.Log);
            Loaded = LoadContent.FromFolder(_content.Root).Content!;
        }

        public BuiltSite Site { get; }

        public ArchiveContent Loaded { get; }

        public void Dispose()
        {
            Site.Dispose();
            _content.Dispose();
        }
    }
}
