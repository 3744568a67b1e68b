using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// The headings Latin-American and Brazilian letters put over their lists (issue 14, the round for holdout28):
/// "ENTIDADES SIGNATÁRIAS" heads the organizations, and "Personas a título individual" or "ASSINATURAS INDIVIDUAIS"
/// heads the people, whose names and positions are no organizations. Each letter is invented, small and written out
/// in full.
/// </summary>
public class SignerHeadingsInSpanishAndPortugueseTests
{
    [Fact]
    public void Entidades_signatarias_heads_the_organizations_and_assinaturas_individuais_the_people()
    {
        var draft = SignatoryShapeTests.Read("""
            Excelentíssimo Senhor Presidente,

            Pedimos a proteção urgente das comunidades ribeirinhas.

            Respeitosamente,

            ENTIDADES SIGNATÁRIAS

            Associação dos Pescadores do Rio Claro
            Instituto Terra Viva (ITV)

            ASSINATURAS INDIVIDUAIS
            (instituições mencionadas apenas para fins de identificação)

            Marina Tavares, escritora
            Prof. Dr. Paulo Freitas, geógrafo
            """);

        Assert.Equal(["Associação dos Pescadores do Rio Claro", "Instituto Terra Viva (ITV)"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["Marina Tavares", "Prof. Dr. Paulo Freitas"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void Personas_a_titulo_individual_heads_the_people_after_the_organizations()
    {
        var draft = SignatoryShapeTests.Read("""
            Señora Presidenta de la Comisión:

            Solicitamos medidas cautelares para las personas defensoras del río.

            Organizaciones firmantes:

            Colectivo Río Libre (Honduras)
            Red de Mujeres del Valle (Guatemala)

            Personas a título individual:

            Lucía Méndez Rivas, ex magistrada
            Tomás Ordóñez
            """);

        Assert.Equal(["Colectivo Río Libre", "Red de Mujeres del Valle"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["Lucía Méndez Rivas", "Tomás Ordóñez"], draft.People.Select(p => p.Name));
    }
}
