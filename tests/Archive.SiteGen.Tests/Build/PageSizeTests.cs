using System.Text.RegularExpressions;
using Archive.SiteGen.Build.Pages;
using Archive.SiteGen.Corpus;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// However large the archive, no page is over 300 KB of HTML (issue 17): long lists are paged. A generated archive of
/// 1,000 letters and 3,000 organizations (gen-corpus's default) shows it: before, its busiest organization's page
/// listed 724 letters in 294 KB and the organizations index listed all 3,000 in 589 KB.
/// </summary>
public sealed partial class PageSizeTests
{
    private const int MaxBytes = 300_000;

    [Fact]
    public void No_page_of_a_thousand_letter_archive_is_over_300_KB_and_no_page_lists_more_than_a_page_of_letters()
    {
        using var content = new TemporaryContent(site: "");
        foreach (var (path, text) in GenerateCorpus.Files(new CorpusSettings(Letters: 1000, Organizations: 3000, Countries: 100, Seed: 1)))
        {
            content.Write(path, text);
        }

        using var site = BuiltSite.From(content);
        Assert.True(site.ExitCode == 0, site.Log);

        var sizes = site.HtmlFiles().Select(page => (Page: page, Bytes: new FileInfo(Path.Combine(site.Output, page)).Length)).ToList();
        Assert.Empty(sizes.Where(p => p.Bytes > MaxBytes).Select(p => $"{p.Page}: {p.Bytes / 1000} KB"));
        // An organization's first page: a page of the letters it signed, and the newest it published and its people signed.
        var mostLetters = sizes.Max(p => LetterItems().Count(site.Read(p.Page)));
        Assert.InRange(mostLetters, SiteData.LettersPerPage, SiteData.LettersPerPage + (2 * OrganizationKind.NewestShown));
        Assert.InRange(OrganizationItems().Count(site.Read("organizations/index.html")), 0, OrganizationsKind.ListedWhole);
    }

    [GeneratedRegex("<li class=\"letter-item\"")]
    private static partial Regex LetterItems();

    [GeneratedRegex("<li><a href=\"/organizations/(?!initial/)[^\"]+/\">")]
    private static partial Regex OrganizationItems();
}
