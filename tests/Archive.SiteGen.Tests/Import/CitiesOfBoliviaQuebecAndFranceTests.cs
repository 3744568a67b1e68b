using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A city printed after a signatory's name whose name has several words and particles ("… de la …"), and the cities of
/// Bolivia, Quebec and France the letters of Latin-American and Francophone coalitions print (issue 14, the round for
/// holdout28). Each example is invented.
/// </summary>
public class CitiesOfBoliviaQuebecAndFranceTests
{
    [Theory]
    [InlineData("Colectivo de Mujeres Aymaras (COMA), Santa Cruz de la Sierra", "Colectivo de Mujeres Aymaras (COMA)", "BO")]
    [InlineData("Fundación Tierra y Agua, San Ignacio de Velasco", "Fundación Tierra y Agua", "BO")]
    [InlineData("Centre d'écoute des familles (CEF), Caen", "Centre d'écoute des familles (CEF)", "FR")]
    [InlineData("Maison des réfugiés de l'Estrie (MRE), Sherbrooke", "Maison des réfugiés de l'Estrie (MRE)", "CA")]
    public void A_known_city_after_a_comma_even_of_several_words_is_left_out_and_gives_its_country(string line, string name, string country)
    {
        var read = CityCountries.Given(SignatoryLine.One(line, 1));

        Assert.Equal(name, read.Name);
        Assert.Equal([country], read.Places.Countries.Select(c => c.Value));
    }

    [Fact]
    public void A_known_city_of_two_hyphened_words_in_brackets_gives_its_country_and_the_name_keeps_its_own_slash()
    {
        var read = CityCountries.Given(SignatoryLine.One("Table de concertation/Trois-Rivières (Trois-Rivières)", 1));

        Assert.Equal("Table de concertation/Trois-Rivières", read.Name);
        Assert.Equal(["CA"], read.Places.Countries.Select(c => c.Value));
    }

    [Theory]
    [InlineData("Santa Cruz de la Sierra", "BO")]
    [InlineData("Sucre", "BO")]
    [InlineData("Trois-Rivières", "CA")]
    [InlineData("Gatineau", "CA")]
    [InlineData("Rouen", "FR")]
    public void The_cities_of_Bolivia_Quebec_and_France_letters_print_are_known_with_their_country(string city, string country)
    {
        Assert.Equal(country, KnownCities.CountryOf(city)?.Value);
    }
}
