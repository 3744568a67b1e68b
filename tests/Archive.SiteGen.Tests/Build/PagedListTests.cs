using System.Text.RegularExpressions;
using Archive.Core.Content;
using Archive.SiteGen.Build;
using Archive.SiteGen.Build.Pages;
using Archive.SiteGen.Corpus;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// Long lists are split into pages of <see cref="SiteData.LettersPerPage"/> letters: /letters/ goes on at
/// /letters/page/2/, a country at /countries/xx/page/2/. Every letter is on exactly one page of each list.
/// </summary>
public sealed partial class PagedListTests : IDisposable
{
    private readonly TemporaryContent _content = new(site: "");
    private readonly BuiltSite _site;
    private readonly ArchiveContent _archive;

    public PagedListTests()
    {
        foreach (var (path, text) in GenerateCorpus.Files(new CorpusSettings(Letters: 250, Organizations: 60, Countries: 4, Seed: 3)))
        {
            _content.Write(path, text);
        }

        _site = BuiltSite.From(_content);
        _archive = LoadContent.FromFolder(_content.Root).Content!;
    }

    [Fact]
    public void The_letters_list_shows_every_letter_once_over_its_pages_newest_first()
    {
        Assert.True(_site.ExitCode == 0, _site.Log);
        string[] pages = ["letters/index.html", "letters/page/2/index.html", "letters/page/3/index.html"];
        Assert.False(_site.Exists("letters/page/4/index.html"));

        var listed = pages.SelectMany(page => LetterItems().Matches(_site.Read(page)).Select(m => m.Groups[1].Value)).ToList();

        Assert.Equal(_archive.Letters.Select(l => $"/letters/{l.Id}/"), listed);
        Assert.All(pages, page => Assert.Contains("250 letters, newest first.", _site.Read(page), StringComparison.Ordinal));
    }

    [Fact]
    public void Each_page_links_to_its_neighbours_says_where_it_is_and_has_its_own_title_and_address()
    {
        var second = _site.Read("letters/page/2/index.html");

        Assert.Contains("<a href=\"/letters/\" rel=\"prev\">Newer</a>", second, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/letters/page/3/\" rel=\"next\">Older</a>", second, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/letters/page/2/\" aria-current=\"page\">2</a>", second, StringComparison.Ordinal);
        Assert.Contains("Page 2 of 3", second, StringComparison.Ordinal);
        Assert.Contains("<title>Letters (page 2 of 3) · ", second, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://archive.example.org/letters/page/2/\">", second, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", _site.Read("letters/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_year_links_to_the_page_where_its_letters_start()
    {
        var first = _site.Read("letters/index.html");
        var oldest = _archive.Letters[^1].Date.Year;

        Assert.Contains($"<a href=\"/letters/page/3/#y{oldest}\">{oldest}</a>", first, StringComparison.Ordinal);
        Assert.Contains($"<h2 id=\"y{oldest}\">{oldest}</h2>", _site.Read("letters/page/3/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_lists_its_organizations_on_the_first_page_and_its_letters_over_all_its_pages()
    {
        var country = _archive.Countries.First(c => c.Letters.Count > SiteData.LettersPerPage);
        var slug = country.Country.Code.Slug;
        var pageCount = (country.Letters.Count + SiteData.LettersPerPage - 1) / SiteData.LettersPerPage;
        var pages = Enumerable.Range(1, pageCount).Select(n => n == 1 ? $"countries/{slug}/index.html" : $"countries/{slug}/page/{n}/index.html").ToList();

        var listed = pages.SelectMany(page => LetterItems().Matches(_site.Read(page)).Select(m => m.Groups[1].Value)).ToList();

        Assert.Equal(country.Letters.Select(l => $"/letters/{l.Id}/"), listed);
        Assert.Contains("id=\"organizations\"", _site.Read(pages[0]), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"organizations\"", _site.Read(pages[1]), StringComparison.Ordinal);
        Assert.All(pages, page => Assert.Contains($"signed {country.Letters.Count} letters", _site.Read(page), StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_of_every_list_is_in_the_sitemap()
    {
        var sitemap = _site.Read("sitemap.xml");

        Assert.Contains("<loc>https://archive.example.org/letters/page/3/</loc>", sitemap, StringComparison.Ordinal);
        Assert.All(_site.HtmlFiles().Where(f => f.Contains("/page/", StringComparison.Ordinal)),
            page => Assert.Contains($"<loc>https://archive.example.org/{page[..^"index.html".Length]}</loc>", sitemap, StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_list_links_the_first_and_last_pages_and_those_near_the_current_one()
    {
        Assert.Equal([1, null, 4, 5, 6, 7, 8, null, 37], PageLinks.Shown(6, 37));
        Assert.Equal([1, 2, 3, null, 37], PageLinks.Shown(1, 37));
        Assert.Equal([1, 2], PageLinks.Shown(2, 2));
    }

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }

    [GeneratedRegex("<li class=\"letter-item\" data-letter=\"([^\"]+)\">")]
    private static partial Regex LetterItems();
}
