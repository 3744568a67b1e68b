namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// What American sign-on letters print (issue 14, holdout35): a city and its state's code after a dash or a comma,
/// the code read as the United States' even where a Brazilian state has it too ("Akron, PA", "Jackson, MS"); the list
/// split under "National Organizations" and "State and Local Organizations", headings that name no place; the page's
/// question to its readers under the list ("Is your organization not on the list? …"), which ends it. Each letter is
/// invented, small and written out in full.
/// </summary>
public class AmericanSignOnListsTests
{
    [Fact]
    public void An_american_city_with_its_states_code_after_a_dash_or_a_comma_gives_the_united_states()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Senators,

            We urge you to support the joint resolution of disapproval on the pending arms sale.

            Sincerely,

            Riverside Peace Fellowship – Akron, PA
            Lakeshore Refugee Welcome, Jackson, MS
            Prairie Interfaith Council – Omaha, NE
            """);

        Assert.Equal(["Riverside Peace Fellowship", "Lakeshore Refugee Welcome", "Prairie Interfaith Council"], draft.Signatories.Select(s => s.Name));
        Assert.All(draft.Signatories, s => Assert.Equal(["US"], s.Places.Countries.Select(c => c.Value)));
    }

    [Fact]
    public void State_and_local_headings_name_no_place_and_a_question_to_the_reader_ends_the_list()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Members of Congress,

            We urge you to fully fund atrocity prevention programs in the coming appropriations bill.

            Sincerely,

            NATIONAL ORGANIZATIONS
            Riverside Peace Fellowship
            Coalition for Civilian Protection

            STATE AND LOCAL ORGANIZATIONS
            Prairie Interfaith Council – Omaha, NE
            Lakeshore Refugee Welcome, Jackson, MS

            Is your organization not on the list? Sign-on remains open for the follow-up letter. → Add your organization
            """);

        Assert.Equal(["Riverside Peace Fellowship", "Coalition for Civilian Protection", "Prairie Interfaith Council", "Lakeshore Refugee Welcome"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["", "", "US", "US"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }
}
