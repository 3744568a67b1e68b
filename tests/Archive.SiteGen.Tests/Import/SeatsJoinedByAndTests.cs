using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// An organization with two seats, each printed with its place and joined by "and" ("…, Ottawa, Canada and Mizoram,
/// India"), and the states of India letters print after a name as they print a city (issue 14, the round after
/// holdout41). Each example is invented.
/// </summary>
public class SeatsJoinedByAndTests
{
    [Theory]
    [InlineData("Chin Rights Council, Ottawa, Canada and Mizoram, India", "Chin Rights Council", "CA,IN")]
    [InlineData("Naga Peoples Forum, London, United Kingdom and Nagaland, India", "Naga Peoples Forum", "GB,IN")]
    [InlineData("Karen Women Network, Sydney, Australia and Chiang Mai, Thailand", "Karen Women Network", "AU,TH")]
    public void Two_seats_joined_by_and_give_both_countries_and_the_name_loses_both(string line, string name, string countries)
    {
        var read = CityCountries.Given(SignatoryLine.One(line, 1));

        Assert.Equal(name, read.Name);
        Assert.Equal(countries.Split(','), read.Places.Countries.Select(c => c.Value).Order(StringComparer.Ordinal));
    }

    [Theory]
    // "Canada and Mizoram" with no comma before it is a name's words, not a seat.
    [InlineData("Friends of Canada and Mizoram, India", "Friends of Canada and Mizoram", "IN")]
    // What comes after "and" must be a place of the country printed after it.
    [InlineData("Refugee Council, Ottawa, Canada and Partners, India", "Refugee Council, Ottawa, Canada and Partners", "IN")]
    public void Words_joined_by_and_that_are_not_a_second_seat_stay_in_the_name(string line, string name, string countries)
    {
        var read = CityCountries.Given(SignatoryLine.One(line, 1));

        Assert.Equal(name, read.Name);
        Assert.Equal(countries.Split(','), read.Places.Countries.Select(c => c.Value));
    }

    [Theory]
    [InlineData("Zomi Human Rights Foundation, Churachandpur, Manipur", "Zomi Human Rights Foundation")]
    [InlineData("Dalit Women's Collective – Kerala", "Dalit Women's Collective")]
    [InlineData("Adivasi Rights Forum, Ranchi, Jharkhand", "Adivasi Rights Forum")]
    public void A_state_of_India_after_a_name_is_left_out_and_gives_India(string line, string name)
    {
        var read = CityCountries.Given(SignatoryLine.One(line, 1));

        Assert.Equal(name, read.Name);
        Assert.Equal(["IN"], read.Places.Countries.Select(c => c.Value));
    }

    [Theory]
    // Punjab is a province of Pakistan as well as a state of India, and Kashmir is disputed: no country of their own.
    [InlineData("Punjab")]
    [InlineData("Kashmir")]
    public void A_state_two_countries_share_or_dispute_gives_no_country(string state)
    {
        Assert.Null(KnownCities.CountryOfDivision(state));
        Assert.Null(KnownCities.CountryOf(state));
    }
}
