using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Shapes of sign-on lists as coalitions in Latin America, Lusophone and Francophone Africa publish them (issue 14, the
/// round for holdout28): a form's answers pasted from the sheet with a cell left empty at the end of a row, a second
/// sheet of individuals with their affiliation, a PDF's running title between the entries, a name that prints its
/// city in brackets over a short name, an office and its city in brackets, and a greeting to two addressees. Each
/// letter is invented, small and written out in full.
/// </summary>
public class FormSheetsRunningTitlesAndOfficesTests
{
    [Fact]
    public void A_form_answer_whose_last_cell_is_empty_is_a_row_of_its_own_and_not_the_rest_of_the_row_above()
    {
        var draft = Read("""
            Senhora Ministra,

            Pedimos a proteção das comunidades ribeirinhas do rio Tapajós.

            Atenciosamente,

            Carimbo de data/hora	Nome da organização	País	Cidade
            3/5/2023 10:12:40	Rede Ribeirinha do Tapajós	Brasil	Santarém
            3/5/2023 11:47:02	Coletivo Águas Livres	Brasil	
            4/5/2023 8:30:15	Fundación Ríos Vivos	Colombia	
            4/5/2023 9:05:51	Amigos da Floresta	Portugal	Lisboa
            """);

        Assert.Equal(
            ["Rede Ribeirinha do Tapajós | BR", "Coletivo Águas Livres | BR", "Fundación Ríos Vivos | CO", "Amigos da Floresta | PT"],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_sheet_of_individuals_with_an_affiliation_column_under_the_organizations_gives_people_and_no_signatory()
    {
        var draft = Read("""
            Madame la Ministre,

            Nous vous demandons de protéger les défenseurs des forêts du bassin du Congo.

            Veuillez agréer nos salutations distinguées,

            Horodatage	Nom de l'organisation	Pays
            12/3/2024 9:00:11	Réseau Forêts Vivantes	Cameroun
            12/3/2024 10:41:36	Action Bassin Congo	Gabon
            13/3/2024 14:02:59	Terres et Droits	Belgique

            Horodatage	Nom	Fonction
            12/3/2024 18:20:04	Dr Clarisse Mbeki-Ondo	chercheuse, Université de Douala
            14/3/2024 7:45:12	Père Joseph Nkulu	aumônier des communautés forestières
            """);

        Assert.Equal(["Réseau Forêts Vivantes | CM", "Action Bassin Congo | GA", "Terres et Droits | BE"], draft.Signatories.Select(Describe));
        Assert.Equal(["Dr Clarisse Mbeki-Ondo", "Père Joseph Nkulu"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_running_title_whose_page_counter_follows_a_dash_and_a_footer_that_starts_with_one_are_no_signatories()
    {
        var draft = Read("""
            Estimados miembros del Consejo:

            Les pedimos renovar el mandato del grupo de expertos sobre Nicaragua.

            Atentamente,

            Centro de Derechos Andinos (Perú)
            Colectivo Memoria Viva (Chile)
            Red de Periodistas del Sur (Argentina)

                                  Carta conjunta al Consejo – Nicaragua – página 2 de 3

            Observatorio Ciudadano del Istmo (Costa Rica)
            Fundación Lago Azul (Honduras)

            Página 3 de 3 — Para adherir: escriba antes del 2 de mayo
            """);

        Assert.Equal(
            ["Centro de Derechos Andinos | PE", "Colectivo Memoria Viva | CL", "Red de Periodistas del Sur | AR", "Observatorio Ciudadano del Istmo | CR", "Fundación Lago Azul | HN"],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_name_that_prints_its_city_in_brackets_is_not_the_first_half_of_a_short_name_below_it()
    {
        var draft = Read("""
            Dear President,

            We ask the Commission to open an inquiry into the killings in the north.

            Yours faithfully,

            Sahel Justice Collective (Mali)
            Desert Voices Network (Niger)
            Lawyers for the Sahel (Burkina Faso)
            Minority Rights Watchers (London)
            Kalanga (Mali)
            Observatory of the Great Lakes (Burundi)
            Peace Builders Initiative (PBI) (Senegal)
            """);

        Assert.Equal(
            ["Sahel Justice Collective | ML", "Desert Voices Network | NE", "Lawyers for the Sahel | BF", "Minority Rights Watchers | GB", "Kalanga | ML", "Observatory of the Great Lakes | BI", "Peace Builders Initiative (PBI) | SN"],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void An_entry_that_names_its_office_and_the_office_s_city_in_brackets_takes_the_city_s_country()
    {
        var draft = Read("""
            Dear Chairperson,

            We urge the Community to keep its monitors in the region.

            Sincerely,

            1. Coastal Rights Forum (Mozambique)
            2. Save the Delta International (regional office, Nairobi)
            3. Réseau Ouest-Africain des Juristes (bureau régional : Dakar)
            """);

        Assert.Equal(["Coastal Rights Forum | MZ", "Save the Delta International | KE", "Réseau Ouest-Africain des Juristes | SN"], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_greeting_to_two_addressees_after_your_excellency_ends_the_header_so_the_date_above_it_is_the_letter_s()
    {
        var draft = Read("""
            Lake Basin sign-on letter [SIGN-ON]
            Please add your organisation at the end of the list in the format: Organisation name (Country). Individuals in the
            second list please, with affiliation for identification only. Do not edit the text – suggest changes in comments.

            14 March 2023

            H.E. the Chairperson of the Lake Basin Commission

            Your Excellency, Dear Executive Secretary,

            We write to ask the Commission to publish its water allocation study before the dry season begins.

            The lake has lost most of its surface since the 1960s, and the fishing and herding communities on its shores
            depend on the allocation the Commission decides each year.

            We ask that the study be discussed with those communities in public hearings in each of the riparian States.

            We remain at your disposal for any further information.

            Respectfully,

            1. Lake Fishers Association (Chad)
            2. Green Sahel Coalition (Niger)
            """);

        Assert.Equal("2023-03-14", draft.Date.ToString());
    }

    [Fact]
    public void The_comments_pane_of_a_shared_document_under_the_list_names_no_person()
    {
        var draft = Read("""
            Dear Commissioner,

            We ask the Commission to suspend the eviction orders in the valley.

            Sincerely,

            ORGANISATIONS

            1. Valley Farmers Union (Kenya)
            2. Land Rights Watch Africa (Uganda)

            INDIVIDUALS

            1. Wanjiru Kamau, land lawyer

            Comments
              Peter K.  09:14 3 Mar
              Can we add the county names?
                Reply – Amina O.  10:02 3 Mar
              Resolved – Joseph N.  16:40 4 Mar
            """);

        Assert.Equal(["Wanjiru Kamau"], draft.People.Select(p => p.Name));
    }

    private static LetterDraft Read(string text) => SignatoryShapeTests.Read(text);

    private static string Describe(PrintedSignatory s) => $"{s.Name} | {string.Join(",", s.Places.Countries)}";
}
