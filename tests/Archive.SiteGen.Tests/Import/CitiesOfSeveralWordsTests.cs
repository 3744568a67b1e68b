using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Cities letters print after a name, in brackets or after a comma, that the archive's table of cities came to know in
/// the round for holdout18 (issue 14): names of several words ("Las Palmas de Gran Canaria", "Cidade da Praia"), cities
/// of Iraqi Kurdistan and Nigeria's Middle Belt, and Spanish cities that cities of Latin America share ("Mérida"), which
/// are left out of the name but give no country. Each letter is invented, small and written out in full.
/// </summary>
public class CitiesOfSeveralWordsTests
{
    [Fact]
    public void A_city_of_several_words_in_brackets_is_left_out_of_the_name_and_gives_its_country()
    {
        var draft = SignatoryShapeTests.Read("""
            Estimado señor ministro:

            Le escribimos sobre la situación en el Sáhara.

            Atentamente,

            - Colectivo de Apoyo a los Pescadores (Las Palmas de Gran Canaria)
            - Asociación de Vecinos del Puerto (Jerez de la Frontera)
            - Periodistas por la Paz (Santiago de Compostela)
            - Red de Mujeres del Sur (Madrid)
            """);

        Assert.Equal(
            ["Colectivo de Apoyo a los Pescadores | ES", "Asociación de Vecinos del Puerto | ES", "Periodistas por la Paz | ES", "Red de Mujeres del Sur | ES"],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_city_that_cities_of_other_countries_share_is_left_out_of_the_name_and_gives_no_country()
    {
        var draft = SignatoryShapeTests.Read("""
            Estimado señor ministro:

            Le escribimos sobre la situación en el Sáhara.

            Atentamente,

            - Colectivo de Apoyo a los Pescadores (Mérida)
            - Asociación de Vecinos del Puerto (Salamanca)
            - Red de Mujeres del Sur (Madrid)
            """);

        Assert.Equal(
            ["Colectivo de Apoyo a los Pescadores | ", "Asociación de Vecinos del Puerto | ", "Red de Mujeres del Sur | ES"],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void Cities_after_a_comma_give_their_countries()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Foreign Secretary,

            We write to you about the survivors.

            Yours sincerely,

            Mountain Women's Shelter, Duhok
            Valley Farmers' Union, Makurdi
            Island Lawyers' Circle, Cidade da Praia
            River Peace Forum, London
            """);

        Assert.Equal(
            ["Mountain Women's Shelter | IQ", "Valley Farmers' Union | NG", "Island Lawyers' Circle | CV", "River Peace Forum | GB"],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void Cities_as_Indonesian_prints_them_give_their_countries()
    {
        var draft = SignatoryShapeTests.Read("""
            Kepada Yth. Presiden Republik Indonesia,

            Kami meminta pemerintah membuka akses bagi pemantau independen.

            Hormat kami,

            1. Jaringan Damai Papua, Jayapura
            2. Forum Pemantau Pegunungan, Wamena
            3. Pacific Churches Watch, Jenewa
            """);

        Assert.Equal(["Jaringan Damai Papua | ID", "Forum Pemantau Pegunungan | ID", "Pacific Churches Watch | CH"], draft.Signatories.Select(Describe));
    }

    private static string Describe(PrintedSignatory s) => $"{s.Name} | {string.Join(",", s.Places.Countries)}";
}
