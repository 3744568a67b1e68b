using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A list copied from a narrow PDF column, where a long name wraps onto the next line with its "(Country)" there
/// (issue 14, the round for holdout17): a line that cannot end a name (it stops on a linking word, or the next line is
/// only the name's end with its place in brackets) goes on on the next, while short names one a line stay apart. Each
/// letter is invented, small and written out in full.
/// </summary>
public class NamesWrappedInANarrowColumnTests
{
    [Fact]
    public void A_name_wrapped_in_a_narrow_column_is_joined_to_its_end_and_place_on_the_next_line_even_when_many_names_wrap()
    {
        var draft = Read("""
            Dear Ministers,

            We urge you to fund the regional early-warning mechanism in full.

            Yours faithfully,

            Signed:

            Baltic Institute for the Study of
            Minority Languages (Estonia)
            Coastal Peoples Alliance (Chile)
            Federation of Independent Journalists
            (Nepal)
            Forum on Water Rights and Shared
            Rivers (FWRSR) (Egypt)
            Inland Fisheries Cooperative (Uganda)
            Institute for Dialogue and Peaceful
            Transitions (Lebanon/France)
            Nordic Council of Rural Women
            (Sweden)
            Pacific Network on Climate
            Displacement (Fiji)
            Seed Savers Collective (India)
            Tamarind Trust
            Urban Refuge Project (Greece)
            """);

        Assert.Equal(
            [
                "Baltic Institute for the Study of Minority Languages | EE | ", "Coastal Peoples Alliance | CL | ",
                "Federation of Independent Journalists | NP | ", "Forum on Water Rights and Shared Rivers (FWRSR) | EG | ",
                "Inland Fisheries Cooperative | UG | ", "Institute for Dialogue and Peaceful Transitions | LB,FR | ",
                "Nordic Council of Rural Women | SE | ", "Pacific Network on Climate Displacement | FJ | ",
                "Seed Savers Collective | IN | ", "Tamarind Trust |  | ", "Urban Refuge Project | GR | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_list_of_short_names_one_a_line_that_seldom_prints_a_place_keeps_each_line_apart()
    {
        var draft = Read("""
            Dear Ministers,

            We urge you to fund the regional early-warning mechanism in full.

            Yours faithfully,

            Signed:

            Bread for All
            Cordaid
            Green Valley Trust
            Harbour Watch (Ireland)
            Lighthouse Legal
            Open Doors Collective
            """);

        Assert.Equal(
            ["Bread for All |  | ", "Cordaid |  | ", "Green Valley Trust |  | ", "Harbour Watch | IE | ", "Lighthouse Legal |  | ", "Open Doors Collective |  | "],
            draft.Signatories.Select(Describe));
    }

    private static LetterDraft Read(string text) => SignatoryShapeTests.Read(text);

    private static string Describe(PrintedSignatory s) =>
        $"{s.Name} | {string.Join(",", s.Places.Countries)} | {string.Join(",", s.Places.Regions)}";
}
