namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A state, a province or a department printed after a name where a city would stand, as federal countries' lists
/// print them (issue 14, holdout35): "…, Waterloo, Ontario" in a Canadian letter, "(VIC)" in an Australian one. It is
/// the place, gives its country, and is no signatory of its own. Each letter is invented, small and written out in
/// full.
/// </summary>
public class ProvincesAndStatesAfterANameTests
{
    [Fact]
    public void A_city_and_its_province_after_a_name_give_the_country()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We urge Canada to press for the protection of civilians and to fund the humanitarian response.

            Respectfully,

            Lakeshore Peace Network, Waterloo, Ontario
            Prairie Relief Society, Regina, Saskatchewan
            Coastal Friends of Sudan, Victoria, British Columbia
            """);

        Assert.Equal(["Lakeshore Peace Network", "Prairie Relief Society", "Coastal Friends of Sudan"], draft.Signatories.Select(s => s.Name));
        Assert.All(draft.Signatories, s => Assert.Equal(["CA"], s.Places.Countries.Select(c => c.Value)));
    }

    [Fact]
    public void An_australian_states_abbreviation_in_brackets_is_the_place()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We ask the Australian Government to raise the human rights situation in West Papua with Indonesia.

            Yours sincerely,

            Harbour Papua Solidarity (VIC)
            Ridge Friends of the Pacific (NSW)
            Reef Justice Collective (QLD)
            """);

        Assert.Equal(["Harbour Papua Solidarity", "Ridge Friends of the Pacific", "Reef Justice Collective"], draft.Signatories.Select(s => s.Name));
        Assert.All(draft.Signatories, s => Assert.Equal(["AU"], s.Places.Countries.Select(c => c.Value)));
    }
}
