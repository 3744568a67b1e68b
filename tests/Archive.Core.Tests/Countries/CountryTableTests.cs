using Archive.Core.Countries;

namespace Archive.Core.Tests.Countries;

public class CountryTableTests
{
    [Theory]
    [InlineData("Uganda", "UG")]
    [InlineData("USA", "US")]
    [InlineData("the United States", "US")]
    [InlineData("United States of America", "US")]
    [InlineData("UK", "GB")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("The Netherlands", "NL")]
    [InlineData("DR Congo", "CD")]
    [InlineData("Democratic Republic of the Congo", "CD")]
    [InlineData("Swaziland", "SZ")]
    [InlineData("the Gambia", "GM")]
    [InlineData("The Philippines", "PH")]
    [InlineData("Côte d'Ivoire", "CI")]
    [InlineData("Cote d’Ivoire", "CI")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("Burma", "MM")]
    [InlineData("Tanzania", "TZ")]
    [InlineData("Ouganda", "UG")]
    [InlineData("États-Unis", "US")]
    [InlineData("Etats-Unis", "US")]
    [InlineData("Royaume-Uni", "GB")]
    [InlineData("Pays-Bas", "NL")]
    [InlineData("RDC", "CD")]
    [InlineData("Estados Unidos", "US")]
    [InlineData("Reino Unido", "GB")]
    [InlineData("Sudáfrica", "ZA")]
    [InlineData("Afrique du Sud", "ZA")]
    [InlineData("Liban", "LB")]
    [InlineData("Líbano", "LB")]
    [InlineData("Alemanha", "DE")]
    [InlineData("Suíça", "CH")]
    [InlineData("África do Sul", "ZA")]
    [InlineData("Zimbabué", "ZW")]
    [InlineData("República Democrática do Congo", "CD")]
    [InlineData("Moz", "MZ")]
    [InlineData("Serra Leoa", "SL")]
    [InlineData("Costa do Marfim", "CI")]
    [InlineData("Guiné", "GN")]
    [InlineData("Guiné-Bissau", "GW")]
    [InlineData("Iraque", "IQ")]
    [InlineData("Irão", "IR")]
    [InlineData("Afeganistão", "AF")]
    [InlineData("Kanaky Nouvelle-Calédonie", "NC")]
    [InlineData("  uganda  ", "UG")]
    public void A_printed_country_name_resolves_to_its_code(string printed, string code)
    {
        Assert.True(CountryTable.TryResolveName(printed, out var country), printed);
        Assert.Equal(code, country.Code.Value);
    }

    // A form's menu of countries prints the ISO 3166 list's order, the name turned around at a comma.
    [Theory]
    [InlineData("Tanzania, United Republic of", "TZ")]
    [InlineData("Congo, The Democratic Republic of the", "CD")]
    [InlineData("Korea, Democratic People's Republic of", "KP")]
    [InlineData("Korea, Republic of", "KR")]
    [InlineData("Iran, Islamic Republic of", "IR")]
    [InlineData("Palestine, State of", "PS")]
    [InlineData("Bolivia, Plurinational State of", "BO")]
    public void A_country_printed_in_the_ISO_lists_order_resolves(string printed, string code)
    {
        Assert.True(CountryTable.TryResolveName(printed, out var country), printed);
        Assert.Equal(code, country.Code.Value);
    }

    [Theory]
    [InlineData("Nairobi, Kenya")]
    [InlineData("Friends of")]
    [InlineData("Congo, Republic of the Sudan")]
    public void A_comma_alone_does_not_turn_a_name_around(string printed) =>
        Assert.False(CountryTable.TryResolveName(printed, out _));

    [Theory]
    [InlineData("South Asia")]
    [InlineData("Africa")]
    [InlineData("Europe")]
    [InlineData("West Africa")]
    [InlineData("Latin America")]
    [InlineData("")]
    public void A_region_is_never_a_country(string printed) =>
        Assert.False(CountryTable.TryResolveName(printed, out _));

    [Fact]
    public void The_table_holds_every_ISO_3166_country_once()
    {
        Assert.Equal(249, CountryTable.All.Count);
        Assert.Equal(249, CountryTable.All.Select(c => c.Code).Distinct().Count());
        Assert.All(CountryTable.All, c => Assert.Matches("^[A-Z]{2}$", c.Code.Value));
    }

    [Theory]
    [InlineData("ug", "Uganda")]
    [InlineData("GB", "United Kingdom")]
    [InlineData("CD", "Democratic Republic of the Congo")]
    public void A_code_finds_its_country_in_any_case(string code, string name)
    {
        Assert.True(CountryTable.TryGetByCode(code, out var country));
        Assert.Equal(name, country.Name);
    }

    [Fact]
    public void A_code_that_ISO_does_not_assign_is_unknown() =>
        Assert.False(CountryTable.TryGetByCode("XX", out _));

    [Theory]
    [InlineData("Kenyan", "KE")]
    [InlineData("South Sudanese", "SS")]
    [InlineData("Sudanese", "SD")]
    [InlineData("south african", "ZA")]
    [InlineData("Burkinabè", "BF")]
    [InlineData("Dutch", "NL")]
    [InlineData("British", "GB")]
    [InlineData("American", "US")]
    public void An_adjective_of_nationality_finds_its_country(string printed, string code)
    {
        Assert.True(CountryTable.TryResolveDemonym(printed, out var country));
        Assert.Equal(code, country.Code.Value);
    }

    [Theory]
    [InlineData("Kenya")]
    [InlineData("Congolese")]
    [InlineData("Korean")]
    [InlineData("Dominican")]
    [InlineData("Network")]
    public void A_country_name_or_an_adjective_two_countries_share_is_no_adjective_of_nationality(string printed) =>
        Assert.False(CountryTable.TryResolveDemonym(printed, out _));

    [Theory]
    [InlineData("Congolese", true)]
    [InlineData("korean", true)]
    [InlineData("Kenyan", false)]
    public void An_adjective_two_countries_share_is_known_as_such(string printed, bool shared) =>
        Assert.Equal(shared, CountryTable.IsSharedDemonym(printed));

    [Fact]
    public void An_adjective_of_nationality_is_no_country_name() =>
        Assert.False(CountryTable.TryResolveName("Kenyan", out _));
}
