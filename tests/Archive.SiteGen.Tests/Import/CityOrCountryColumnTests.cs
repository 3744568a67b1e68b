namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A table typed in a word processor with one column for where each organization is, headed "City / Country" (issue
/// 14, the round for holdout25): its cells are a city or, where the city is left out, the country, and some are empty;
/// pasted as text, the cells line up only roughly under the headings. The letter is invented, small and written out in full.
/// </summary>
public class CityOrCountryColumnTests
{
    [Fact]
    public void A_column_headed_city_or_country_is_the_rows_place_a_city_giving_its_country()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Prime Minister,

            We, the undersigned organisations, ask you to keep the Baltic reception centres open through the winter.

            Yours faithfully,

            Organisation                                        City / Country
            Baltic Refugee Solidarity                            Vilnius
            Daugava Legal Aid Centre                        Riga
            Harbour Welcome Network                              Estonia
            Nordic Asylum Lawyers' Forum
            Amber Coast Migrant Support                         Gdańsk
            """);

        Assert.Equal(
            ["Baltic Refugee Solidarity | LT", "Daugava Legal Aid Centre | LV", "Harbour Welcome Network | EE", "Nordic Asylum Lawyers' Forum | ", "Amber Coast Migrant Support | PL"],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
    }

    [Fact]
    public void A_cell_a_few_characters_short_of_its_heading_is_still_in_that_headings_column()
    {
        // "Genève" starts four characters left of "Ville / Pays": a word processor's proportional columns, pasted as
        // text, come out ragged; the cell is the place of its row, not the end of its name.
        var draft = SignatoryShapeTests.Read("""
            Monsieur le Ministre,

            Nous, organisations soussignées, vous demandons de suspendre les renvois vers la Syrie.

            Veuillez agréer, Monsieur le Ministre, l'expression de notre haute considération.

            Organisation                                    Ville / Pays
            Collectif Accueil Sans Frontières                 Lyon
            Maison des Droits des Exilés                   Bruxelles
            Réseau Solidarité Syrie                     Genève
            """);

        Assert.Equal(
            ["Collectif Accueil Sans Frontières | FR", "Maison des Droits des Exilés | BE", "Réseau Solidarité Syrie | CH"],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
    }
}
