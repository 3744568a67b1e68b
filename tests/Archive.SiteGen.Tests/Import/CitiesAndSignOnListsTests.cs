using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A city printed alone gives its country, and shapes of sign-on lists as coalitions publish them (issue 14, the round
/// for holdout16, a representative set): a national list whose few foreign signatories end "– País", bullet items side
/// by side, a head typed among the organizations of a numbered list, a word processor's page footer, a table's header
/// copied one cell a line, an Italian list of "Nome (Città)" with its people and its page's links. Each letter is
/// invented, small and written out in full.
/// </summary>
public class CitiesAndSignOnListsTests
{
    [Theory]
    [InlineData("Lake Fishers' Union, Rotterdam", "Lake Fishers' Union | NL | ")]
    [InlineData("Delta Water Trust (Genf)", "Delta Water Trust | CH | ")]
    // A city as another language names it.
    [InlineData("Fórum de Paz do Lago (Joanesburgo)", "Fórum de Paz do Lago | ZA | ")]
    // Two cities, in two countries: both.
    [InlineData("Mountain Women's Network (Nairobi / Bruxelles)", "Mountain Women's Network | KE,BE | ")]
    // The city a line prints says where the body is, more than a country its name is about.
    [InlineData("Radio Lake Chad, Amsterdam", "Radio Lake Chad | NL | ")]
    // An American city the archive does not know, with its state's code: the code is the United States' alone.
    [InlineData("Andean Water Watch, Takoma Park, MD", "Andean Water Watch | US | ")]
    // As Brazilian lists print the seat: a city, a slash and the code of its state.
    [InlineData("Cooperativa do Sertão (COSE), Juazeiro/BA", "Cooperativa do Sertão (COSE) | BR | ")]
    // Two known cities after a comma, in a list that prints few cities: both seats.
    [InlineData("Lake Women's Voice, Kampala/Genf", "Lake Women's Voice | UG,CH | ")]
    [InlineData("Lake Justice and Rights (LJR) – Díli / Jacarta", "Lake Justice and Rights (LJR) | TL,ID | ")]
    // A known city whose name starts with the article, after a comma.
    [InlineData("Lake Peace Partnership (LPP), The Hague", "Lake Peace Partnership (LPP) | NL | ")]
    // A known city after the acronym, with no comma: the seat.
    [InlineData("Lake Region Lawyers' Forum (LRLF) Kisumu", "Lake Region Lawyers' Forum (LRLF) | KE | ")]
    // "MA" is Massachusetts and Maranhão: after a comma, as American lists print the state, Massachusetts; after a
    // dash, either, and Cambridge is in England too: no country.
    [InlineData("Coastal Peace Institute, Cambridge, MA", "Coastal Peace Institute | US | ")]
    [InlineData("Coastal Peace Institute – Cambridge – MA", "Coastal Peace Institute |  | ")]
    // A country the line prints stands.
    [InlineData("Nordic Lake Aid (Oslo), Sweden", "Nordic Lake Aid | SE | ")]
    public void A_city_printed_without_a_country_gives_the_country_the_archive_knows_it_in(string line, string expected)
    {
        var draft = SignatoryShapeTests.Read($"Dear Minister,\n\nWe write to you about the lake.\n\nSincerely,\n\n{line}\n");

        var signatory = Assert.Single(draft.Signatories);
        Assert.Equal(expected, Describe(signatory));
        if (signatory.Places.Countries.Count > 0 && !line.EndsWith("Sweden", StringComparison.Ordinal))
        {
            Assert.Contains("from the city", signatory.Note, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_name_whose_unknown_city_the_list_leaves_out_still_gives_the_country_it_names()
    {
        // Guelph is a town the archive does not know; the list prints cities, so it is left out, and "of Canada" is
        // then where the association is, as it would be printed alone.
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We write to you about the lake.

            Sincerely,

            Lake Fishers' Union, Toronto
            Great Lakes Water Trust, Ottawa
            Eritrean Association of Canada, Guelph
            Prairie Peace Forum, Winnipeg
            """);

        Assert.Equal(
            ["Lake Fishers' Union | CA | ", "Great Lakes Water Trust | CA | ", "Eritrean Association of Canada | CA | ", "Prairie Peace Forum | CA | "],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_city_under_a_heading_that_names_a_region_gives_no_country()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We write to you about the lake.

            Sincerely,

            KENYA
            Lake Region Peace Forum (Kisumu)
            Fishers' Voice (Mombasa)

            INTERNATIONAL
            Delta Water Trust (London)
            Andean Water Watch (New York)
            """);

        Assert.Equal(
            ["Lake Region Peace Forum | KE | ", "Fishers' Voice | KE | ", "Delta Water Trust |  | International", "Andean Water Watch |  | International"],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_national_list_whose_few_foreign_signatories_print_their_country_after_a_dash_reads_the_dash_as_a_separator()
    {
        var draft = SignatoryShapeTests.Read("""
            Excelentíssimo Senhor Ministro,

            Pedimos a proteção imediata das comunidades ribeirinhas do lago.

            Assinam esta carta:

            Associação dos Pescadores do Lago
            Rede Ribeirinha de Direitos
            Instituto Água Viva
            Conselho das Comunidades do Delta
            Movimento Lago Livre
            Fórum Nórdico da Água – Noruega
            Ajuda Luterana aos Pescadores – Alemanha
            Rede Andina da Água – Bolívia
            Fundação Costa Verde
            """);

        Assert.Equal(
            [
                "Associação dos Pescadores do Lago |  | ", "Rede Ribeirinha de Direitos |  | ", "Instituto Água Viva |  | ",
                "Conselho das Comunidades do Delta |  | ", "Movimento Lago Livre |  | ", "Fórum Nórdico da Água | NO | ",
                "Ajuda Luterana aos Pescadores | DE | ", "Rede Andina da Água | BO | ", "Fundação Costa Verde |  | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void Bullet_items_under_country_headings_are_entries_side_by_side_even_when_the_next_starts_with_a_title_word()
    {
        var draft = SignatoryShapeTests.Read("""
            Estimados Representantes:

            Les escribimos sobre la situación de los pescadores del lago.

            Firmantes:

            Bolivia
            - Semillas del Lago
            - Coordinadora de Pescadores del Titicaca (COPETI)

            Chile
            - Red Costera de Derechos (RCD)
            """);

        Assert.Equal(
            ["Semillas del Lago | BO | ", "Coordinadora de Pescadores del Titicaca (COPETI) | BO | ", "Red Costera de Derechos (RCD) | CL | "],
            draft.Signatories.Select(Describe));
        Assert.Empty(draft.People);
    }

    [Fact]
    public void A_head_typed_among_the_organizations_of_a_numbered_sign_on_list_signs_for_the_organization_and_the_next_item_is_not_theirs()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Excellencies,

            We ask you to renew the mandate of the lake inquiry.

            Signatories (as entered by each signer):

            1. Lake Region Peace Forum – Kenya
            2. Dr. Amina Wekesa, Executive Director, Fishers' Voice, Uganda
            3. Delta Water Trust
            4. Rev. Jonas Berg, Secretary General, Nordic Lake Aid
            5. Andean Water Watch (AWW)
            6. Coastal Peace Institute – Chile
            """);

        Assert.Equal(
            ["Lake Region Peace Forum | KE | ", "Fishers' Voice | UG | ", "Delta Water Trust |  | ", "Nordic Lake Aid |  | ", "Andean Water Watch (AWW) |  | ", "Coastal Peace Institute | CL | "],
            draft.Signatories.Select(Describe));
        Assert.Equal(["Dr. Amina Wekesa", "Rev. Jonas Berg"], draft.People.Select(p => p.Name));
        Assert.Equal(["Nordic Lake Aid"], draft.People[1].Roles.Select(r => r.Affiliation));
    }

    [Fact]
    public void A_word_processors_page_footer_and_a_tables_header_copied_one_cell_a_line_are_no_signatories()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Commissioners,

            We ask the Commission to visit the lake districts.

            Signatories

            Organisation
            Country
            Lake Region Peace Forum
            Kenya
            Fishers' Voice
            Uganda
            Delta Water Trust
            Nigeria
                                                                    2 | Page
            Andean Water Watch
            Bolivia
            """);

        Assert.Equal(
            ["Lake Region Peace Forum | KE | ", "Fishers' Voice | UG | ", "Delta Water Trust | NG | ", "Andean Water Watch | BO | "],
            draft.Signatories.Select(Describe));
    }

    [Theory]
    [InlineData("Lake Fishers' Association of the USA", "Lake Fishers' Association of the USA | US | ")]
    [InlineData("Refugee Council of the UK", "Refugee Council of the UK | GB | ")]
    [InlineData("Friends of the Congo", "Friends of the Congo |  | ")]
    public void A_name_that_ends_with_of_the_and_a_country_is_in_that_country_unless_it_is_about_it(string line, string expected)
    {
        var draft = SignatoryShapeTests.Read($"Dear Minister,\n\nWe write to you about the lake.\n\nSincerely,\n\n{line}\n");

        Assert.Equal(expected, Describe(Assert.Single(draft.Signatories)));
    }

    [Fact]
    public void An_italian_list_of_names_with_their_cities_in_brackets_and_its_people_and_page_links_reads_each_as_it_is()
    {
        var draft = SignatoryShapeTests.Read("""
            Al Presidente del Consiglio dei Ministri

            Chiediamo al Governo di proteggere le comunità del lago.

            Hanno aderito:

            Rete dei Pescadori del Lago (Roma)
            Associazione Acqua Viva (Rimini)
            Forum per la Pace sul Lago (Firenze)
            Comitato Delta Libero (Pavia)
            Osservatorio sulle Acque (Milano)
            Acqua Viva Italia (Arezzo)
            Rete Andina per l'Acqua (Ginevra / New York)

            Hanno aderito a titolo personale:
            Prof.ssa Chiara Donati, Università di Bologna
            Dott. Marco Ruggeri, giurista
            Suor Anna Maria Colombo

            Condividi: Facebook | X | E-mail
            Articoli correlati
            → Il lago, dieci anni dopo
            """);

        Assert.Equal(
            ["Rete dei Pescadori del Lago | IT | ", "Associazione Acqua Viva |  | ", "Forum per la Pace sul Lago | IT | ", "Comitato Delta Libero |  | ", "Osservatorio sulle Acque | IT | ", "Acqua Viva Italia | IT | ", "Rete Andina per l'Acqua | CH,US | "],
            draft.Signatories.Select(Describe));
        Assert.Equal(["Prof.ssa Chiara Donati", "Dott. Marco Ruggeri", "Suor Anna Maria Colombo"], draft.People.Select(p => p.Name));
        Assert.Contains("left out the city 'Rimini'", draft.Signatories[1].Note, StringComparison.Ordinal);
    }

    private static string Describe(PrintedSignatory s) =>
        $"{s.Name} | {string.Join(",", s.Places.Countries)} | {string.Join(",", s.Places.Regions)}";
}
