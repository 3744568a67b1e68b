using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A list that prints its places in brackets, with one name that ends "– Country" (issue 14, the round for
/// holdout26): the country after that dash is the name's own, and still its country. Two such lines make the dash one
/// of the list's ways of printing a place. Each letter is invented, small and written out in full.
/// </summary>
public class LoneDashedCountryTests
{
    [Fact]
    public void A_lone_name_ending_with_a_dash_and_a_country_in_a_list_of_bracketed_places_keeps_the_country_in_its_name()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to release the detained journalists.

            Signed:

            Press Freedom Circle (Ghana)
            Coastal Lawyers Guild (Togo)
            Sahel Women's Forum (Niger)
            Association of Rural Reporters – Burkina Faso
            Open Courts Initiative (Benin)
            """);

        Assert.Equal("Association of Rural Reporters – Burkina Faso | BF", Describe(draft.Signatories[3]));
    }

    [Fact]
    public void Two_names_ending_with_a_dash_and_a_country_in_a_list_of_bracketed_places_print_their_place_after_the_dash()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to release the detained journalists.

            Signed:

            Press Freedom Circle (Ghana)
            Coastal Lawyers Guild (Togo)
            Sahel Women's Forum (Niger)
            Association of Rural Reporters – Burkina Faso
            Open Courts Initiative – Benin
            """);

        Assert.Equal(["Association of Rural Reporters | BF", "Open Courts Initiative | BJ"], draft.Signatories.Skip(3).Select(Describe));
    }

    private static LetterDraft Read(string text) => SignatoryShapeTests.Read(text);

    private static string Describe(PrintedSignatory s) => $"{s.Name} | {string.Join(",", s.Places.Countries)}";
}
