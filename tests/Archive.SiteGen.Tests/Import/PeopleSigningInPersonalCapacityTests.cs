namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// The section of a letter where individuals sign in their own name (issue 14, the round for holdout23 and
/// holdout24): its heading as Spanish, Portuguese, French and English letters print it (the signers' word, then the
/// capacity: "PERSONAS FIRMANTES A TÍTULO INDIVIDUAL", "Pessoas signatárias a título pessoal"), a person's capacity
/// and place in one bracket after the name, and an order's letters before a dash. Each letter is invented, small and
/// written out in full.
/// </summary>
public class PeopleSigningInPersonalCapacityTests
{
    [Theory]
    [InlineData("PERSONAS FIRMANTES A TÍTULO INDIVIDUAL")]
    [InlineData("Firmantes a título personal:")]
    [InlineData("Pessoas signatárias a título pessoal")]
    [InlineData("Signatários a título individual:")]
    [InlineData("Personnes signataires à titre individuel :")]
    [InlineData("Signataires à titre personnel")]
    [InlineData("People signing in an individual capacity:")]
    public void A_heading_that_names_the_signers_and_the_personal_capacity_they_sign_in_starts_a_list_of_people(string heading)
    {
        var draft = SignatoryShapeTests.Read($"""
            Estimada Relatora:

            Le pedimos visitar las comunidades del altiplano.

            ORGANIZACIONES FIRMANTES
            Red Andina de Pastores (Bolivia)
            Colectivo Agua Viva (Perú)

            {heading}
            Wilmer Condori Pacaje (Bolivia)
            Dra. Elsa Huamán Rojas (Perú)
            """);

        Assert.Equal(["Red Andina de Pastores", "Colectivo Agua Viva"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["Wilmer Condori Pacaje", "Dra. Elsa Huamán Rojas"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_capacity_and_a_place_in_one_bracket_after_a_name_are_the_persons_title_and_no_part_of_the_name_even_wrapped()
    {
        var draft = SignatoryShapeTests.Read("""
            Senhora Ministra,

            Pedimos a proteção dos defensores do rio.

            Organizações signatárias:
            Fórum Ribeirinho do Xingu (Brasil)

            Pessoas signatárias a título pessoal:
            Marta Ikpeng Souza (antropóloga, Belém)
            Joaquim Tavares (jornalista, Lisboa/Paris)
            Dr. Paulo Anselmo Reis (professor, Universidade de Coimbra, Portugal)
            Irmã Lúcia Pereira (educadora,
            Altamira/Santarém)
            Rui Carvalho (Coordenador, Amazônia Viva)
            """);

        Assert.Equal(["Marta Ikpeng Souza", "Joaquim Tavares", "Dr. Paulo Anselmo Reis", "Irmã Lúcia Pereira", "Rui Carvalho"], draft.People.Select(p => p.Name));
        Assert.Equal(["antropóloga", "jornalista"], draft.People.Take(2).Select(p => p.Roles.Single().Title));
        Assert.Equal("educadora", draft.People[3].Roles.Single().Title);
        Assert.Equal("Amazônia Viva", draft.People[4].Roles.Single().Affiliation);
        Assert.Equal(["Fórum Ribeirinho do Xingu"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void The_letters_of_an_order_stay_with_the_name_when_a_dash_and_a_place_follow_them()
    {
        var draft = SignatoryShapeTests.Read("""
            Excelentísimo Señor Presidente:

            Le pedimos detener las expulsiones colectivas.

            Organizaciones firmantes:
            Pastoral Fronteriza del Norte – Honduras

            A título individual:
            Fray Anselmo Ruiz Olmedo, O.F.M. – Jesús de Otoro
            Hna. Clara Benítez Solís, OP – Trojes
            """);

        Assert.Equal(["Fray Anselmo Ruiz Olmedo, O.F.M.", "Hna. Clara Benítez Solís, OP"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void The_degree_letters_of_an_indonesian_name_stay_with_it_before_the_place()
    {
        var draft = SignatoryShapeTests.Read("""
            Yth. Bapak Menteri,

            Kami meminta perlindungan bagi masyarakat adat di lembah.

            Organisasi penandatangan:
            Perkumpulan Tanah Adat Lestari, Sorong

            Perorangan:
            1. Pdt. Markus Yikwa, S.Th., Nabire
            2. Ir. Dewi Kartika Sari, M.Si., Manokwari
            """);

        Assert.Equal(["Pdt. Markus Yikwa, S.Th.", "Ir. Dewi Kartika Sari, M.Si."], draft.People.Select(p => p.Name));
    }
}
