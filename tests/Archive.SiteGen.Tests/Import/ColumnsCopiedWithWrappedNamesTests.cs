using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A list printed in two narrow columns and copied column after column, one name a line, no places, each long name
/// wrapped onto the next line (issue 14, the round for holdout18): a line that cannot end a name (it stops on a linking
/// word of the list's language) goes on on the next in any list; in a list whose lines plainly wrap, so does a line
/// whose next starts in lower case or with a bracket, or is a word that did not fit on it. Short names one a line stay
/// apart. Each letter is invented, small and written out in full.
/// </summary>
public class ColumnsCopiedWithWrappedNamesTests
{
    [Fact]
    public void Names_wrapped_in_a_narrow_column_without_places_are_joined_at_linking_words_small_letters_brackets_and_pushed_down_words()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Members of the Committee,

            We ask you to keep the fisheries agreement under review until the coastal communities are heard.

            Yours sincerely,

            Baltic Centre for Coastal Studies and
            Maritime Law
            Harbour Workers Union
            Lagoon Keepers Association of the Western
            Shore (LKAWS)
            Observatoire de la Pêche Artisanale et
            de l'Environnement Côtier
            Institut pour la Protection des Mangroves
            et des Zones Humides (IPMZH)
            Network of Small-Scale Fishers for Sustainable
            Livelihoods
            Estuary Watch
            Tidal Justice Collective (TJC)
            North Sea Forum for the Rights of
            Seafarers (NSFRS) (Norway)
            """);

        Assert.Equal(
            [
                "Baltic Centre for Coastal Studies and Maritime Law", "Harbour Workers Union",
                "Lagoon Keepers Association of the Western Shore (LKAWS)", "Observatoire de la Pêche Artisanale et de l'Environnement Côtier",
                "Institut pour la Protection des Mangroves et des Zones Humides (IPMZH)", "Network of Small-Scale Fishers for Sustainable Livelihoods",
                "Estuary Watch", "Tidal Justice Collective (TJC)", "North Sea Forum for the Rights of Seafarers (NSFRS)",
            ],
            draft.Signatories.Select(s => s.Name));
        Assert.Equal("NO", Assert.Single(draft.Signatories[^1].Places.Countries).ToString());
    }

    [Fact]
    public void A_name_that_stops_on_a_linking_word_goes_on_on_the_next_line_in_any_language()
    {
        var draft = SignatoryShapeTests.Read("""
            Sehr geehrte Damen und Herren,

            wir bitten Sie, das Lieferkettengesetz nicht abzuschwächen.

            Mit freundlichen Grüßen

            Zentrum für
            Menschenrechte und Bergbau
            Bündnis Faire Rohstoffe
            Instituto para la Paz y
            el Desarrollo Rural
            """);

        Assert.Equal(
            ["Zentrum für Menschenrechte und Bergbau", "Bündnis Faire Rohstoffe", "Instituto para la Paz y el Desarrollo Rural"],
            draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_list_of_one_word_names_under_long_names_that_do_not_wrap_keeps_each_line_apart()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Ministers,

            We urge you to fund the regional early-warning mechanism in full.

            Yours faithfully,

            Catholic Organisation for Relief and Development Aid
            Cordaid
            Scottish Catholic International Aid Fund
            Trócaire
            Lighthouse Legal
            Bread for All
            Misereor
            """);

        Assert.Equal(
            ["Catholic Organisation for Relief and Development Aid", "Cordaid", "Scottish Catholic International Aid Fund", "Trócaire", "Lighthouse Legal", "Bread for All", "Misereor"],
            draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_series_that_ends_its_line_with_and_is_no_name_broken_at_a_linking_word()
    {
        var lines = WrappedLines.InANarrowColumn([("Oxfam, Cordaid, and", 1), ("Trócaire", 2), ("Justice et Paix asbl", 3), ("Misereor", 4)]);

        Assert.Equal(["Oxfam, Cordaid, and", "Trócaire", "Justice et Paix asbl", "Misereor"], lines.Select(l => l.Text));
    }
}
