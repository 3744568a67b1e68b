using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Headings over a list that name a scope (issue 14, the round for holdout19): "National and International
/// Organizations" puts a country's own bodies with the world's and names no one place, so a country in a name under it
/// ("Amnesty International USA") stays its country; "Regional and International" is still the region International;
/// and a line "Contact" under the list ends it. Each letter is invented and written out in full.
/// </summary>
public class MixedScopeHeadingsTests
{
    [Fact]
    public void A_heading_of_national_and_international_organizations_names_no_place_and_takes_none_from_a_name()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Secretary Blinken,

            We urge you to press for the release of those detained under the state of exception.

            Sincerely,

            National and International Organizations
            Harbour Rights Forum
            Marula Foundation USA
            Comité de Madres de Desaparecidos de Honduras (COMADEH)
            """);

        Assert.Equal(
            ["Harbour Rights Forum |  | ", "Marula Foundation USA | US | ", "Comité de Madres de Desaparecidos de Honduras (COMADEH) | HN | "],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_heading_of_regional_and_international_organizations_is_the_region_international()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Secretary Blinken,

            We urge you to press for the release of those detained under the state of exception.

            Sincerely,

            Regional and International Organizations
            Harbour Rights Forum
            Lakes Peace Council
            """);

        Assert.Equal(["Harbour Rights Forum |  | International", "Lakes Peace Council |  | International"], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_line_contact_under_the_list_ends_it()
    {
        var draft = SignatoryShapeTests.Read("""
            #KeepItOn: lift the shutdown now

            We, the undersigned organizations, call on the authorities to restore internet access.

            Signatories:

            Harbour Rights Forum (Bangladesh)
            Lakes Peace Council (Kenya)

            Contact
            For more information, please contact press@example.org
            """);

        Assert.Equal(["Harbour Rights Forum", "Lakes Peace Council"], draft.Signatories.Select(s => s.Name));
    }

    private static string Describe(PrintedSignatory s) => $"{s.Name} | {string.Join(",", s.Places.Countries)} | {string.Join(",", s.Places.Regions)}";
}
