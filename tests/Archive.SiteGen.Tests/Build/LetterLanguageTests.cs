using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// A letter's words are marked with its language wherever they are shown (issue 17): its title, recipients and text
/// on its page, its title and recipients in every list, and as the older or newer letter. The pages themselves, whose
/// own words are the site's, keep the site's language.
/// </summary>
public class LetterLanguageTests
{
    private const string French = "letters/2010-05-04-lettre-ouverte/";

    private static TemporaryContent ArchiveWithAFrenchLetter() => SiteFixtures.SmallArchive()
        .Letter("2010-05-04-lettre-ouverte", """
            title: Lettre ouverte aux chefs d'État
            date: 2010-05-04
            language: fr
            recipients:
              - Aux chefs d'État et de gouvernement
            cc:
              - Au Secrétaire général
            source: https://example.org/lettre
            signatories:
              - name: Forum pour le Renforcement de la Société Civile
            """, "Excellences,\n\nNous vous écrivons.\n");

    [Fact]
    public void A_french_letter_marks_its_title_recipients_and_text_as_french_on_an_english_page()
    {
        using var content = ArchiveWithAFrenchLetter();
        using var site = BuiltSite.From(content);
        var page = site.Read(French + "index.html");

        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1 data-pagefind-meta=\"title\" lang=\"fr\">Lettre ouverte aux chefs d&#39;État</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<dd><ul lang=\"fr\"><li>Aux chefs d&#39;État et de gouvernement</li></ul></dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd><ul lang=\"fr\"><li>Au Secrétaire général</li></ul></dd>", page, StringComparison.Ordinal);
        Assert.Contains("<div class=\"letter-body\" lang=\"fr\" data-pagefind-meta=\"lang:fr\">", page, StringComparison.Ordinal);
        Assert.Contains("\"inLanguage\":\"fr\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_french_letter_is_marked_as_french_in_every_list_and_as_a_neighbour()
    {
        using var content = ArchiveWithAFrenchLetter();
        using var site = BuiltSite.From(content);
        const string Title = $"<a class=\"letter-item-title\" href=\"/{French}\" lang=\"fr\">Lettre ouverte aux chefs d&#39;État</a>";
        const string Recipients = " · to <span lang=\"fr\">Aux chefs d&#39;État et de gouvernement</span>";

        Assert.All(
            ["index.html", "letters/index.html", "organizations/forum-pour-le-renforcement-de-la-societe-civile/index.html", "countries/bi/index.html"],
            path =>
            {
                var list = site.Read(path);
                Assert.Contains(Title, list, StringComparison.Ordinal);
                Assert.Contains(Recipients, list, StringComparison.Ordinal);
            });
        // The letters before and after it show its title as the newer and the older letter.
        Assert.Contains("<span class=\"pager-label\">Newer letter</span> <span lang=\"fr\">Lettre ouverte aux chefs d&#39;État</span></a>", site.Read("letters/2009-07-20-first/index.html"), StringComparison.Ordinal);
        Assert.Contains("<span class=\"pager-label\">Older letter</span> <span lang=\"fr\">Lettre ouverte aux chefs d&#39;État</span></a>", site.Read("letters/2012-03-ngo-letter/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Letters_in_the_sites_own_language_need_no_mark_of_their_own()
    {
        using var content = ArchiveWithAFrenchLetter();
        using var site = BuiltSite.From(content);
        var page = site.Read("letters/2012-03-ngo-letter/index.html");
        var home = site.Read("index.html");

        Assert.Contains("<h1 data-pagefind-meta=\"title\">A Letter of March 2012</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<dd><ul><li>The Secretary-General</li></ul></dd>", page, StringComparison.Ordinal);
        Assert.Contains("<a class=\"letter-item-title\" href=\"/letters/2012-03-ngo-letter/\">A Letter of March 2012</a>", home, StringComparison.Ordinal);
        Assert.Contains(" · to The Secretary-General</span>", home, StringComparison.Ordinal);
    }
}
