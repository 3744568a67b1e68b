using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A place printed twice after a spaced dash, in two scripts with a slash between, as bilingual lists do ("… – حلب /
/// Aleppo", "… – Tunis / تونس") (issue 14, the round for holdout29): the half in Latin letters says which place, and the
/// name keeps both of its own names. Each example is invented.
/// </summary>
public class PlacesInTwoScriptsTests
{
    [Theory]
    [InlineData("جمعية الأمل (Hope Association) – حلب / Aleppo", "جمعية الأمل (Hope Association)", "SY")]
    [InlineData("Hope Association (جمعية الأمل) – Beirut / بيروت", "Hope Association (جمعية الأمل)", "LB")]
    [InlineData("Association Espoir – Tunis / تونس", "Association Espoir", "TN")]
    [InlineData("Правозащитный центр (Rights Centre) – Москва / Moscow", "Правозащитный центр (Rights Centre)", "RU")]
    public void A_city_in_two_scripts_after_a_dash_is_left_out_and_gives_its_country(string line, string name, string country)
    {
        var read = CityCountries.Given(SignatoryLine.One(line, 1));

        Assert.Equal(name, read.Name);
        Assert.Equal([country], read.Places.Countries.Select(c => c.Value));
    }

    [Theory]
    [InlineData("جمعية الأمل (Hope Association) – السويد / Sweden", "جمعية الأمل (Hope Association)", "SE")]
    [InlineData("Hope Association (جمعية الأمل) – Canada / كندا", "Hope Association (جمعية الأمل)", "CA")]
    public void A_country_in_two_scripts_after_a_dash_is_read_from_its_latin_half(string line, string name, string country)
    {
        var read = SignatoryLine.One(line, 1);

        Assert.Equal(name, read.Name);
        Assert.Equal([country], read.Places.Countries.Select(c => c.Value));
    }

    [Fact]
    public void International_in_two_scripts_after_a_dash_is_a_region()
    {
        var read = SignatoryLine.One("منظمة الحماية (Protection Watch) – دولي / International", 1);

        Assert.Equal("منظمة الحماية (Protection Watch)", read.Name);
        Assert.Equal(["International"], read.Places.Regions);
    }

    [Fact]
    public void A_town_the_archive_does_not_know_in_two_scripts_is_left_out_without_a_country()
    {
        var read = CityCountries.Given(SignatoryLine.One("فريق الأمل (Hope Team) – سرمدا / Sarmada", 1));

        Assert.Equal("فريق الأمل (Hope Team)", read.Name);
        Assert.Empty(read.Places.Countries);
    }
}
