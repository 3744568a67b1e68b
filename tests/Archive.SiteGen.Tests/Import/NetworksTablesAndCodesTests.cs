using Archive.SiteGen.Import;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Shapes of a list found in the third round of 27 November 2026 (issue 14): a network whose members are introduced on
/// a line of their own under it, a table drawn with characters whose last cell ends with an abbreviation's period, a
/// numbered table of individuals, and ISO alpha-3 codes after a dash. Each letter is invented, small and written out
/// in full.
/// </summary>
public sealed class NetworksTablesAndCodesTests : IDisposable
{
    private readonly TemporaryContent _content = new TemporaryContent()
        .Organization("pacific-women-lawyers-forum", "name: Pacific Women Lawyers Forum\ncountries: [FJ]\n")
        .Organization("andean-water-watch", "name: Andean Water Watch\nacronym: AWW\ncountries: [BO]\n");

    private readonly string _letter = Path.Combine(Path.GetTempPath(), "archive-codes-" + Guid.NewGuid().ToString("N") + ".txt");

    public void Dispose()
    {
        _content.Dispose();
        File.Delete(_letter);
    }

    [Fact]
    public void A_network_s_members_introduced_on_a_line_of_their_own_under_it_sign_after_it_in_its_places_unless_they_print_their_own()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Ministers,

            We ask you to protect the fishing communities of the lake.

            Yours sincerely,

            SUPPORTING ORGANIZATIONS

            Andean Water Watch (Bolivia)
            Baltic Fisheries Alliance (Estonia)

            ENDORSING NETWORKS

            1. Sahel Peace Coalition (SPC)¹ — Niger
               Members of the Coalition signing in their own name:
                 – Niamey Women's Forum
                 – Bamako Youth Network (Mali)²

            2. Lake Region Peace Forum — Kenya
               National platforms signing:
                 – Kisumu Fishers Union
                 – Homa Bay Women's Network (Uganda)

            __________
            ¹ The SPC signs as a network; its secretariat is hosted by another organization, which does not sign.
            ² Also a member of another network.
            """);

        Assert.Equal(
            [
                "Andean Water Watch | BO | ",
                "Baltic Fisheries Alliance | EE | ",
                "Sahel Peace Coalition (SPC) | NE | ",
                "Niamey Women's Forum | NE | ",
                "Bamako Youth Network | ML | ",
                "Lake Region Peace Forum | KE | ",
                "Kisumu Fishers Union | KE | ",
                "Homa Bay Women's Network | UG | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_row_of_a_table_drawn_with_characters_whose_country_cell_ends_with_an_abbreviation_s_period_is_a_row_not_a_footnote()
    {
        var draft = SignatoryShapeTests.Read("""
            Estimados señores:

            Les pedimos proteger a las comunidades pesqueras del lago.

            Atentamente,

            +----+------------------------------------------+----------------+------------+
            | N° | Organización                             | Ciudad         | País       |
            +----+------------------------------------------+----------------+------------+
            |  1 | Red Andina de Vigilancia del Agua        | La Paz         | Bolivia    |
            |  2 | Instituto de Estudios Pesqueros de la    | Nueva York     | EE. UU.    |
            |    | Costa Atlántica (IEPCA)                  |                |            |
            |  3 | Foro de Pescadores del Lago Titicaca     | Puno           | Perú       |
            +----+------------------------------------------+----------------+------------+
            """);

        Assert.Equal(
            [
                "Red Andina de Vigilancia del Agua | BO | ",
                "Instituto de Estudios Pesqueros de la Costa Atlántica (IEPCA) | US | ",
                "Foro de Pescadores del Lago Titicaca | PE | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_numbered_table_of_individuals_gives_each_person_without_the_row_s_number_and_its_header_row_is_no_person()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Ministers,

            We ask you to protect the fishing communities of the lake.

            Sincerely,

            Andean Water Watch (Bolivia)

            In their personal capacity:

            +----+------------------------+-----------------------------------------+
            | No.| Name                   | Affiliation (for identification only)   |
            +----+------------------------+-----------------------------------------+
            |  1 | Dr. Amina Wekesa       | University of Nairobi                   |
            |  2 | Prof. Lars Eklund      | Uppsala University, Department of Law   |
            +----+------------------------+-----------------------------------------+
            """);

        Assert.Equal(["Dr. Amina Wekesa", "Prof. Lars Eklund"], draft.People.Select(p => p.Name));
        Assert.Equal(["Andean Water Watch | BO | "], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void In_a_list_that_prints_an_alpha_3_code_after_a_dash_the_code_is_the_country_even_after_an_organization_s_name()
    {
        var signatories = Import("""
            Pacific Women Lawyers Forum – FJI
            Andean Water Watch (AWW) – BOL
            Kisumu Fishers Union – KEN
            Baltic Fisheries Alliance – EST
            """);

        Assert.Equal(
            [
                "Pacific Women Lawyers Forum | pacific-women-lawyers-forum | FJ",
                "Andean Water Watch (AWW) | andean-water-watch | BO",
                "Kisumu Fishers Union | kisumu-fishers-union | KE",
                "Baltic Fisheries Alliance | baltic-fisheries-alliance | EE",
            ],
            signatories.Select(s => $"{s.Printed.Name} | {s.OrganizationId} | {string.Join(",", s.Printed.Places.Countries)}"));
    }

    private IReadOnlyList<ResolvedSignatory> Import(string list)
    {
        File.WriteAllText(_letter, $"3 November 2015\n\nDear Minister,\n\nWe write to you.\n\nSignatories:\n\n{list}\n");
        var outcome = ImportLetters.Plan(new ImportOptions(_content.Root, [_letter]), forWriting: false);
        Assert.Empty(outcome.Problems);
        return Assert.Single(outcome.Letters).Signatories;
    }

    private static string Describe(PrintedSignatory s) =>
        $"{s.Name} | {string.Join(",", s.Places.Countries)} | {string.Join(",", s.Places.Regions)}";
}
