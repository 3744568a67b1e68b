namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A letter copied from a web page brings the site's menu above its headline (issue 14, noticed on holdout8, holdout19
/// and holdout20): a row of menu items set apart by wide gaps, the items as bullets one a line, and the site's name just
/// above its menu. None of it is the letter's title; the headline is. Each letter is invented, small and written out
/// in full.
/// </summary>
public class SiteMenuAboveTheTitleTests
{
    [Fact]
    public void A_row_of_menu_items_and_the_sites_name_above_it_are_not_the_title()
    {
        var draft = SignatoryShapeTests.Read("""
            Lake Rights Watch
            Issues  Campaigns  Resources  About us  Donate

            News > Press releases

            Fishing villages must not be evicted before the season opens

            Published 4 March 2024

            To the Minister of the Sea

            Dear Minister,

            We ask you to stop the evictions of fishing villages along the coast before the season opens.

            Signed:

            Lake Rights Watch (Benin)
            Fishers' Rights Forum (Togo)
            """);

        Assert.Equal("Fishing villages must not be evicted before the season opens", draft.Title);
    }

    [Fact]
    public void Menu_items_printed_as_bullets_above_the_headline_are_not_the_title()
    {
        var draft = SignatoryShapeTests.Read("""
            * Accueil

            * Qui sommes-nous

            * Campagnes

            Lettre ouverte sur les expulsions des villages de pêcheurs

            Cotonou, le 4 mars 2024

            Monsieur le Ministre,

            Nous vous demandons de suspendre les expulsions des villages de pêcheurs sur la côte.

            Signataires :

            Ligue des pêcheurs du lac (Bénin)
            Forum des droits des pêcheurs (Togo)
            """);

        Assert.Equal("Lettre ouverte sur les expulsions des villages de pêcheurs", draft.Title);
    }

    [Fact]
    public void A_blog_posts_author_and_buttons_under_its_headline_are_no_addressee()
    {
        var draft = SignatoryShapeTests.Read("""
            Open in app

            An open letter on the fishing villages of the coast

            Coastal Voices Network
            Follow

            5 min read
            ·
            Apr 9, 2023

            Listen

            Cotonou, 7 April 2023

            To: The Minister of the Sea

            Dear Minister,

            We ask you to stop the evictions of fishing villages along the coast before the season opens.

            Signed:

            Coastal Voices Network (Benin)
            Fishers' Rights Forum (Togo)
            """);

        Assert.Equal("An open letter on the fishing villages of the coast", draft.Title);
        Assert.Equal(["The Minister of the Sea"], draft.Recipients);
    }

    [Fact]
    public void A_short_title_above_a_line_that_is_no_menu_stays_the_title()
    {
        var draft = SignatoryShapeTests.Read("""
            Open letter

            To the Minister of the Sea

            Dear Minister,

            We ask you to stop the evictions of fishing villages along the coast before the season opens.

            Signed:

            Lake Rights Watch (Benin)
            Fishers' Rights Forum (Togo)
            """);

        Assert.Equal("Open letter", draft.Title);
    }
}
