namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// "Balay Mindanaw Foundation, Inc. – Cagayan de Oro City": a city the archive knows, printed with the word "City"
/// after it as Philippine cities often are, is that city and gives its country (issue 14, a miss of holdout29). Each
/// letter is invented, small and written out in full.
/// </summary>
public class CityPrintedWithTheWordCityTests
{
    [Fact]
    public void A_known_city_with_the_word_city_after_it_is_read_as_the_city()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear President,

            We ask your government to protect the displaced families of Marawi and to publish the rehabilitation plan.

            Signatories:

            - Mindanao Peace Weavers Foundation, Inc. – Cagayan de Oro City
            - Lanao Women's Circle – Marawi
            - Southern Legal Aid Group – Davao City
            """);

        Assert.Equal(["Mindanao Peace Weavers Foundation, Inc.", "Lanao Women's Circle", "Southern Legal Aid Group"], draft.Signatories.Select(s => s.Name));
        Assert.All(draft.Signatories, s => Assert.Equal(["PH"], s.Places.Countries.Select(c => c.Value)));
    }

    [Fact]
    public void A_name_that_ends_in_city_is_not_cut_when_what_comes_before_is_no_known_city()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear President,

            We ask your government to protect the displaced families of Marawi and to publish the rehabilitation plan.

            Signatories:

            - Peace Weavers – Harbour City
            - Lanao Women's Circle (Philippines)
            """);

        Assert.Equal(["Peace Weavers – Harbour City", "Lanao Women's Circle"], draft.Signatories.Select(s => s.Name));
    }
}
