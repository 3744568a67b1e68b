using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A table of organizations and countries copied from a PDF with its spacing (issue 14, the round for holdout17): a
/// name too long for its cell goes on on the next line under it, and a row whose country cell is empty prints its
/// name alone, so a line that prints one cell alone is told apart by what it says and by whether the cell above had
/// room for it. The letter is invented and written out in full.
/// </summary>
public class TableRowsWithEmptyCellsTests
{
    private const string Letter = """
        Monsieur le Président,

        Nous vous demandons de protéger les communautés de pêcheurs des grands lacs et de leur rendre l'accès à l'eau.

        Veuillez agréer, Monsieur le Président, l'expression de notre haute considération.

        Organisations signataires

         Organisation                                                       Pays
         Collectif des pêcheurs du lac Tanganyika (COPELAT)                 Burundi
         Association pour la défense des riverains du fleuve Congo et       RD Congo
         de ses affluents
         Réseau des femmes rurales pour la souveraineté alimentaire         Sénégal
         (REFERSA)
         Observatoire citoyen des eaux douces

                                                                                                  2
         Organisation                                                       Pays
         Lake Shores Trust                                                  Royaume-Uni
         Amazon Waters Alliance
         Coalition of Fishing Communities for Water Justice and Fair Catch  Zambie
         Network
         Fondation Rivières Vivantes                                        Canada
         Coalition pour la justice climatique (CJC)                         France
         Andean Water Watch
        """;

    [Fact]
    public void A_line_alone_under_a_row_is_a_row_with_an_empty_country_cell_unless_it_finishes_the_name_above()
    {
        var draft = SignatoryShapeTests.Read(Letter);

        Assert.Equal(
            [
                "Collectif des pêcheurs du lac Tanganyika (COPELAT) | BI",
                "Association pour la défense des riverains du fleuve Congo et de ses affluents | CD",
                "Réseau des femmes rurales pour la souveraineté alimentaire (REFERSA) | SN",
                "Observatoire citoyen des eaux douces | ",
                "Lake Shores Trust | GB",
                "Amazon Waters Alliance | ",
                "Coalition of Fishing Communities for Water Justice and Fair Catch Network | ZM",
                "Fondation Rivières Vivantes | CA",
                "Coalition pour la justice climatique (CJC) | FR",
                "Andean Water Watch | ",
            ],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
    }
}
