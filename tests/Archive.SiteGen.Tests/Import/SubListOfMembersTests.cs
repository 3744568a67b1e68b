using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Networks that sign with their members listed under them, in a sub-list of their own item (issue 14, the round for
/// holdout14): the network signs, and each member signs in the network's places unless it prints its own. Each
/// letter is invented, small and written out in full.
/// </summary>
public class SubListOfMembersTests
{
    [Fact]
    public void Members_numbered_or_lettered_under_a_network_that_signs_for_them_sign_in_the_network_s_country()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to protect the fishing communities of the lake.

            Sincerely,

            Signatories:

            1. Andean Water Watch (Bolivia)
            2. Lake Region Peace Forum (Kenya), on behalf of its member organisations:
               2.1 Kisumu Fishers Union
               2.2 Homa Bay Women's Network
            3. Baltic Fisheries Alliance (Estonia), with:
               a) Tallinn Shore Collective
               b) Daugava River Forum (Latvia)
            4. Kivu Shore Forum
            """);

        Assert.Equal(
            [
                "Andean Water Watch | BO | ",
                "Lake Region Peace Forum | KE | ",
                "Kisumu Fishers Union | KE | ",
                "Homa Bay Women's Network | KE | ",
                "Baltic Fisheries Alliance | EE | ",
                "Tallinn Shore Collective | EE | ",
                "Daugava River Forum | LV | ",
                "Kivu Shore Forum |  | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_Nordic_network_s_members_under_dashes_sign_in_its_country_and_its_sub_list_ends_at_the_next_item()
    {
        var draft = Read("""
            Kære ministre,

            Vi beder jer om at beskytte fiskersamfundene ved søen.

            Med venlig hilsen

            Underskrivere:

            Dansk Kystforum (Danmark), på vegne af følgende medlemsorganisationer:
               – Esbjerg Havnelaug
               – Skagen Kystkollektiv
            Nordisk Sønetværk (Norge), med:
               – Bergen Kystlag
            Järviverkosto ry (Finland)
            Baltic Lakes Trust
            """);

        Assert.Equal(
            [
                "Dansk Kystforum | DK | ",
                "Esbjerg Havnelaug | DK | ",
                "Skagen Kystkollektiv | DK | ",
                "Nordisk Sønetværk | NO | ",
                "Bergen Kystlag | NO | ",
                "Järviverkosto ry | FI | ",
                "Baltic Lakes Trust |  | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_numbered_heading_of_kinds_over_a_sub_list_is_no_signatory_and_gives_no_country()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to protect the fishing communities of the lake.

            Sincerely,

            Signatories:

            1. Andean Water Watch (Bolivia)
            2. Regional networks:
               2.1 Mekong Delta Watch (Viet Nam)
               2.2 Sahel Rivers Forum (Niger)
            """);

        Assert.Equal(
            [
                "Andean Water Watch | BO | ",
                "Mekong Delta Watch | VN | ",
                "Sahel Rivers Forum | NE | ",
            ],
            draft.Signatories.Select(Describe));
    }

    private static LetterDraft Read(string text) => SignatoryShapeTests.Read(text);

    private static string Describe(PrintedSignatory s) =>
        $"{s.Name} | {string.Join(",", s.Places.Countries)} | {string.Join(",", s.Places.Regions)}";
}
