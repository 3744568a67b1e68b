namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// "African Women's Development and Communication Network – FEMNET, Nairobi, Kenya": the acronym after the dash is
/// the name's, not a second town before the city (issue 14, a miss of holdout30). Each letter is invented, small and
/// written out in full.
/// </summary>
public class AcronymAfterADashBeforeTheCityTests
{
    [Fact]
    public void A_word_in_capitals_after_a_dash_stays_in_the_name_and_the_city_and_country_are_read()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We ask your government to name a focal point for the Responsibility to Protect.

            Signatories:

            - Horn Women Network – HOWNET, Nairobi, Kenya
            - Lakeside Peace Forum, Kisumu, Kenya
            - Coast Legal Aid – Mombasa, Kenya
            """);

        Assert.Equal(["Horn Women Network – HOWNET", "Lakeside Peace Forum", "Coast Legal Aid"], draft.Signatories.Select(s => s.Name));
        Assert.All(draft.Signatories, s => Assert.Equal(["KE"], s.Places.Countries.Select(c => c.Value)));
    }
}
