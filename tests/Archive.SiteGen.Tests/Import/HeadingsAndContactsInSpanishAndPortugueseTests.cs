namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// What Spanish and Portuguese lists print between and after their entries (issue 14, holdout33): a heading that
/// names a kind of body with the plural first and in capitals ("REDES REGIONALES", "ORGANIZAÇÕES INDÍGENAS"), which is
/// no signatory, and "REDES REGIONALES" names no country, so the country heading above it ends; a contact line whose
/// label says whom to write to ("Contacto para seguimiento: …"), which ends the list. Each letter is invented, small
/// and written out in full.
/// </summary>
public class HeadingsAndContactsInSpanishAndPortugueseTests
{
    [Fact]
    public void A_heading_of_regional_networks_in_capitals_ends_the_country_heading_above_it()
    {
        var draft = SignatoryShapeTests.Read("""
            Señora Presidenta de la Comisión:

            Solicitamos que la Comisión convoque una audiencia sobre las personas presas políticas.

            Atentamente,

            SUECIA
            Iglesia Luterana de Uppsala

            REDES REGIONALES
            Red Mesoamericana de Defensoras
            Observatorio Andino de Derechos

            Contacto para seguimiento: Colectivo Nunca Más, incidencia@nuncamas.example.org
            """);

        Assert.Equal(["Iglesia Luterana de Uppsala", "Red Mesoamericana de Defensoras", "Observatorio Andino de Derechos"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["SE", "", ""], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Theory]
    [InlineData("ORGANIZAÇÕES INDÍGENAS")]
    [InlineData("ORGANIZACIONES FEMINISTAS")]
    public void A_heading_of_a_kind_of_body_with_the_plural_first_in_capitals_is_no_signatory(string heading)
    {
        var draft = SignatoryShapeTests.Read($"""
            Excelentíssimos Senhores,

            Pedimos que mantenham os vetos presidenciais e respeitem a decisão do Supremo Tribunal Federal.

            Respeitosamente,

            BRASIL

            {heading}
            Coletivo Terra Firme
            Conselho do Povo Xokleng
            """);

        Assert.Equal(["Coletivo Terra Firme", "Conselho do Povo Xokleng"], draft.Signatories.Select(s => s.Name));
        Assert.All(draft.Signatories, s => Assert.Equal(["BR"], s.Places.Countries.Select(c => c.Value)));
    }

    [Fact]
    public void A_name_in_capitals_that_links_its_words_is_a_signatory_not_a_heading()
    {
        var draft = SignatoryShapeTests.Read("""
            Señor Presidente:

            Le pedimos que proteja a los líderes sociales amenazados en el Catatumbo.

            Firman:

            REDES DE PAZ
            Colectivo Tejiendo Memoria
            """);

        Assert.Equal(["REDES DE PAZ", "Colectivo Tejiendo Memoria"], draft.Signatories.Select(s => s.Name));
    }

    [Theory]
    [InlineData("Contacto para seguimiento: Colectivo Nunca Más, incidencia@nuncamas.example.org")]
    [InlineData("For follow-up contact: Lake Basin Coalition, info@lakebasin.example.org")]
    [InlineData("Pessoa de contato: Secretaria Executiva – secretaria@example.org")]
    [InlineData("NARAHUBUNG (Contact persons):")]
    public void A_label_naming_whom_to_contact_ends_the_list(string contact)
    {
        var draft = SignatoryShapeTests.Read($"""
            Dear Commissioners,

            We ask the Commission to hold a hearing on the situation of political prisoners.

            Sincerely,

            Harbour Relief Network (Ireland)
            Valley Clearance Group (Ghana)

            {contact}
            """);

        Assert.Equal(["Harbour Relief Network", "Valley Clearance Group"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void The_header_row_of_a_table_of_people_in_portuguese_is_no_person()
    {
        var draft = SignatoryShapeTests.Read("""
            Senhora Presidenta da Comissão,

            Solicitamos a ampliação das medidas cautelares em favor das comunidades atacadas.

            Atenciosamente,

            Coletivo Terra Firme (Brasil)

            ASSINATURAS INDIVIDUAIS

            Nome	Função / instituição (apenas para identificação)
            Prof.ª Dr.ª Laura Benites	Universidade Federal do Cerrado
            Dr. Rubens Moraes	Advogado, assessor jurídico
            """);

        Assert.Equal(["Prof.ª Dr.ª Laura Benites", "Dr. Rubens Moraes"], draft.People.Select(p => p.Name));
    }
}
