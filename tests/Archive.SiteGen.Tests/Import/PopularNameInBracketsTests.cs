namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A name followed by the name the body is popularly known by, in brackets and starting with "The" ("Sudan Civil
/// Defence (The Blue Vests)", issue 14, the round for holdout18): under a heading that places the list, a town in
/// brackets is where an organization sits and is left out, but a popular name is part of the name. Each letter is
/// invented, small and written out in full.
/// </summary>
public class PopularNameInBracketsTests
{
    [Fact]
    public void A_popular_name_in_brackets_under_a_country_heading_stays_with_the_name_while_a_town_is_left_out()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Members of the Council,

            We urge you to renew the authorisation for cross-border aid.

            Signatories

            Yemeni organisations
            Yemen Rescue Volunteers (The Orange Vests)
            Mothers of Abductees Association (Aden)
            Tamdeen Youth Foundation
            """);

        Assert.Equal(
            ["Yemen Rescue Volunteers (The Orange Vests) | YE", "Mothers of Abductees Association | YE", "Tamdeen Youth Foundation | YE"],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
    }
}
