namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// What a bilingual PDF and a PDF's run-in list do to a letter (issue 14, holdout47): two versions printed side by side,
/// a page's head that prints the letterhead's name across from the document's title, a list run in with commas that
/// wraps inside a name, and a town after a dash after a name that ends with its acronym.
/// Each letter is invented, small and written out in full.
/// </summary>
public class BilingualPrintsAndWrappedRunInListsTests
{
    [Fact]
    public void A_letter_printed_in_two_languages_side_by_side_is_read_in_its_left_version()
    {
        var draft = SignatoryShapeTests.Read("""
            Maputo e Londres, 3 de Junho de 2025                      Maputo and London, 3 June 2025

            Exmos. Membros do Conselho,                               Dear Members of the Board,

            Há dois anos, a empresa prometeu terra e água às          Two years ago the company promised land and water
            famílias reassentadas da península, e até hoje nada       to the families resettled from the peninsula, and
            foi entregue a nenhuma delas.                             nothing has been delivered to any of them.

            Pedimos que publiquem o plano de reassentamento e que     We ask you to publish the resettlement plan and to
            respondam às queixas das comunidades antes de             answer the communities' complaints before you
            retomarem a construção do projecto.                       resume building the project.

            Atenciosamente,                                           Yours sincerely,

            MOÇAMBIQUE                                                    MOZAMBIQUE
            Observatório das Águas do Norte                               Northern Waters Observatory
            Fórum das Mulheres Rurais                                     Rural Women's Forum

            NORUEGA                                                       NORWAY
            Conselho Norueguês para Angola                                Norwegian Council for Angola
            """);

        Assert.Equal(["Observatório das Águas do Norte", "Fórum das Mulheres Rurais", "Conselho Norueguês para Angola"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["MZ", "MZ", "NO"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Equal("2025-06-03", draft.Date?.ToString());
        Assert.DoesNotContain("Two years ago", draft.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_of_names_beside_their_descriptions_is_no_second_version()
    {
        // Long cells side by side on many lines, but names, not running text: both columns are the list's.
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We ask you to fund the schools that the cuts have closed.

            Signed:

            Northern Schools Alliance for Girls Education       Coalition of Parent Teacher Associations of the Lakes
            Lake Region Teachers Union of Primary Schools        Union of Primary and Secondary Teachers of the Coast
            Campaign for Free and Compulsory Education Now      Network of Rural Schools in the Northern Provinces
            Alliance of Student Unions of the Great Lakes       Forum for Education and Literacy in the Valleys
            Centre for Education Policy and Public Budgets      Association of Community Schools of the Highlands
            Movement for the Right to Education of Refugees     Foundation for Girls in Secondary Education Today
            """);

        Assert.Equal(12, draft.Signatories.Count);
        Assert.Contains(draft.Signatories, s => s.Name == "Foundation for Girls in Secondary Education Today");
    }

    [Fact]
    public void A_page_head_with_the_letterheads_name_across_from_the_documents_title_is_no_signatory()
    {
        var draft = SignatoryShapeTests.Read("""
            FAIR RIVERS ALLIANCE
            Nairobi · Lusaka

            Dear Ministers,

            We ask you to stop financing the dams.

            Yours sincerely,

            Upper Basin Network (Kenya), River Women Collective (Zambia),
            Delta Fishers Union (Zambia),

            Fair Rivers Alliance – Open letter to the ministers of finance                      Page 1 of 2
            FAIR RIVERS ALLIANCE                                        Open letter – SADC Ministers, Lusaka

            Lake Farmers Forum (Uganda), Valley Rights Centre (Kenya).
            """);

        Assert.Equal(["Upper Basin Network", "River Women Collective", "Delta Fishers Union", "Lake Farmers Forum", "Valley Rights Centre"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_list_run_in_with_commas_that_wraps_inside_a_name_goes_on_on_the_next_line()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Ministers,

            We ask you to tax the super-rich.

            Yours sincerely,

            Fair Levy Alliance (International), Tax Fairness Network Africa (Kenya), Global
            Alliance for Fiscal Equity (Global), Budget Watch Uganda (Uganda), Latin Tax
            Forum (Peru), Open Budgets Centre (India).
            """);

        Assert.Equal(["Fair Levy Alliance", "Tax Fairness Network Africa", "Global Alliance for Fiscal Equity", "Budget Watch Uganda", "Latin Tax Forum", "Open Budgets Centre"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["", "KE", "", "UG", "PE", "IN"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_town_after_a_dash_after_a_name_ending_with_its_acronym_is_its_seat()
    {
        var draft = SignatoryShapeTests.Read("""
            Señor Presidente:

            Le pedimos publicar los contratos.

            Atentamente,

            1. Iniciativas para el Diálogo Minero (IDM) – Ciudad de Davao, Filipinas
            2. Centro de Estudios del Sur – Santiago, Chile
            3. Liga Internacional de Mujeres por la Paz (LIMPAZ) – Sección Alemana, Alemania
            """);

        // A national section after the acronym is the body's own unit, not a town.
        Assert.Equal(["Iniciativas para el Diálogo Minero (IDM)", "Centro de Estudios del Sur", "Liga Internacional de Mujeres por la Paz (LIMPAZ) – Sección Alemana"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["PH", "CL", "DE"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }
}
