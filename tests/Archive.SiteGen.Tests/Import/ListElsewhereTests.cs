using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Signatory lists printed somewhere else than under the signature (issue 14, the round for holdout13): as a note at
/// the end, as an update above the letter, and as the members' lists of two coalitions that sign together. Each
/// letter is invented, small and written out in full.
/// </summary>
public class ListElsewhereTests
{
    [Fact]
    public void A_signature_that_refers_to_a_note_reads_that_note_as_the_list_and_no_other_note()
    {
        var draft = Read("""
            Dear Ministers,

            The undersigned organisations¹ ask you to protect the fishing communities of the lake.²

            Yours faithfully,

            The organisations listed in note 1

            ____________________

            ¹ The following organisations have signed this letter:
            – Andean Water Watch – Bolivia
            – Lake Region Peace Forum – Kenya
            – Fjord Communities – Norway

            ² Lake Authority, Annual Report 2019, quoted by Kivu Shore Forum and the Baltic Fisheries Alliance.
            """);

        Assert.Equal(
            [
                "Andean Water Watch | BO | ",
                "Lake Region Peace Forum | KE | ",
                "Fjord Communities | NO | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void An_update_above_the_letter_listing_who_joined_since_adds_them_to_the_signatories_at_its_end()
    {
        var draft = Read("""
            UPDATE, 4 June 2020: two more organisations have added their names since the letter was sent. They are
            listed here; the first signatories are at the end.

            * Kivu Shore Forum, Rwanda
            * Baltic Fisheries Alliance, Estonia

            -----------------------------

            Dear Ministers,

            We ask you to protect the fishing communities of the lake.

            Sincerely,

            The undersigned organisations

            Signatories:

            * Andean Water Watch, Bolivia
            * Lake Region Peace Forum, Kenya
            * Fjord Communities, Norway
            """);

        Assert.Equal(
            [
                "Kivu Shore Forum | RW | ",
                "Baltic Fisheries Alliance | EE | ",
                "Andean Water Watch | BO | ",
                "Lake Region Peace Forum | KE | ",
                "Fjord Communities | NO | ",
            ],
            draft.Signatories.Select(Describe));
        Assert.DoesNotContain("UPDATE", draft.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_coalition_that_heads_the_list_of_its_own_endorsing_members_signs_with_them_once()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to protect the fishing communities of the lake.

            Yours sincerely,

            Amara Okonkwo
            Coordinator, Great Lakes Fisheries Coalition

            GREAT LAKES FISHERIES COALITION – MEMBERS ENDORSING THIS LETTER

            ▪ Kivu Shore Forum, Rwanda
            ▪ Lake Region Peace Forum, Kenya

            Andean Water Network – members signing this letter:

            ▪ Andean Water Watch, Bolivia
            ▪ Lake Region Peace Forum, Kenya
            """);

        Assert.Equal(
            [
                "GREAT LAKES FISHERIES COALITION |  | ",
                "Kivu Shore Forum | RW | ",
                "Lake Region Peace Forum | KE | ",
                "Andean Water Network |  | ",
                "Andean Water Watch | BO | ",
            ],
            draft.Signatories.Select(Describe));
    }

    private static LetterDraft Read(string text) => SignatoryShapeTests.Read(text);

    private static string Describe(PrintedSignatory s) =>
        $"{s.Name} | {string.Join(",", s.Places.Countries)} | {string.Join(",", s.Places.Regions)}";
}
