namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// The places Latin American and Caribbean lists print after a name (issue 14, holdout33): a Brazilian city with its
/// state's code after a dash or in brackets ("– Brasília/DF", "Dourados (MS)"), a Mexican state after a dash under
/// the country's heading ("– Jalisco"), a town whose name is hyphenated ("– Pétion-Ville, Haïti"), a Guatemalan
/// department in brackets where the others print the country. Each is the place, not the end of the name. Each letter
/// is invented, small and written out in full.
/// </summary>
public class PlacesAsLatinAmericanListsPrintThemTests
{
    [Fact]
    public void A_brazilian_city_with_its_states_code_after_a_dash_is_the_place_and_gives_brazil()
    {
        var draft = SignatoryShapeTests.Read("""
            Excelentíssimos Senhores Parlamentares,

            Pedimos que mantenham integralmente os vetos presidenciais ao projeto de lei.

            Respeitosamente,

            Assinam esta carta:

            • Articulação Ribeirinha do Xingu – Altamira/PA
            • Coletivo Terra Firme – Dourados/MS
            • Instituto Cerrado Vivo – Brasília/DF
            • Observatório das Águas – São Paulo/SP
            """);

        Assert.Equal(["Articulação Ribeirinha do Xingu", "Coletivo Terra Firme", "Instituto Cerrado Vivo", "Observatório das Águas"], draft.Signatories.Select(s => s.Name));
        Assert.All(draft.Signatories, s => Assert.Equal(["BR"], s.Places.Countries.Select(c => c.Value)));
    }

    [Fact]
    public void A_brazilian_city_with_its_states_code_in_brackets_in_a_table_gives_brazil()
    {
        var draft = SignatoryShapeTests.Read("""
            Senhora Presidenta da Comissão,

            Solicitamos a ampliação das medidas cautelares em favor das comunidades atacadas.

            Atenciosamente,

            ENTIDADES SIGNATÁRIAS

            Entidade	País / sede
            Coletivo Terra Firme	Brasil
            Conselho Missionário – Regional Centro-Oeste	Dourados (MS)
            Semillas del Chaco	Paraguai
            """);

        Assert.Equal(["Coletivo Terra Firme", "Conselho Missionário – Regional Centro-Oeste", "Semillas del Chaco"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["BR", "BR", "PY"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Empty(draft.People);
    }

    [Fact]
    public void A_mexican_state_after_a_dash_under_the_countrys_heading_is_the_place()
    {
        var draft = SignatoryShapeTests.Read("""
            Señora Presidenta:

            Les pedimos que reconozcan la crisis de desaparición y que fortalezcan las comisiones de búsqueda.

            Atentamente,

            MÉXICO
            Madres Buscadoras del Desierto – Sonora
            Colectivo Luz del Puerto – Veracruz
            Centro de Derechos Humanos de la Sierra – Guerrero
            Red de Enlaces por la Paz

            GUATEMALA
            Mujeres del Altiplano (Totonicapán)
            """);

        Assert.Equal(["Madres Buscadoras del Desierto", "Colectivo Luz del Puerto", "Centro de Derechos Humanos de la Sierra", "Red de Enlaces por la Paz", "Mujeres del Altiplano"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["MX", "MX", "MX", "MX", "GT"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_hyphenated_town_before_the_country_is_the_place_not_an_acronym_of_the_name()
    {
        var draft = SignatoryShapeTests.Read("""
            Mesdames et Messieurs les Représentants permanents,

            Nous vous demandons de renouveler le mandat de la mission et de renforcer la protection des civils.

            Veuillez agréer l'expression de notre haute considération.

            Réseau des Femmes du Nord – Port-au-Prince, Haïti
            Groupe d'Appui aux Rapatriés – Port-au-Prince, Haïti
            Commission Diocésaine Justice et Paix – Pétion-Ville, Haïti
            Jeunes Bâtisseurs de Paix – Cap-Haïtien, Haïti
            Collectif Solidarité Caraïbe – Paris, France
            """);

        Assert.Equal(["Réseau des Femmes du Nord", "Groupe d'Appui aux Rapatriés", "Commission Diocésaine Justice et Paix", "Jeunes Bâtisseurs de Paix", "Collectif Solidarité Caraïbe"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["HT", "HT", "HT", "HT", "FR"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }
}
