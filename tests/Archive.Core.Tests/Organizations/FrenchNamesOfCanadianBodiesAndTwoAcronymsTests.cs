using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Organizations;

namespace Archive.Core.Tests.Organizations;

/// <summary>
/// Known bodies printed in French as Quebec writes their names ("dans le monde" for "international", a city's
/// adjective for the city), and a body's two acronyms in two languages (issue 14, the round for holdout28). Each
/// example is invented.
/// </summary>
public class FrenchNamesOfCanadianBodiesAndTwoAcronymsTests
{
    private static readonly OrganizationMatcher Matcher = OrganizationMatcher.Create(
    [
        Organization("canadian-jurists-for-international-peace", "Canadian Jurists for International Peace", "CA"),
        Organization("vancouver-institute-for-peace-studies", "Vancouver Institute for Peace Studies", "CA"),
        Organization("sahel-farmers-network", "Sahel Farmers Network", "NE", "Réseau des agriculteurs du Sahel (RAS/SFN)"),
    ]);

    [Fact]
    public void In_the_world_in_a_French_name_is_international()
    {
        var match = Matcher.Match("Juristes canadiens pour la paix dans le monde (JCPM)", [new CountryCode("CA")]);

        Assert.Equal("canadian-jurists-for-international-peace", match.Organization?.Id);
    }

    [Fact]
    public void A_French_name_without_in_the_world_is_not_the_international_body()
    {
        Assert.Null(Matcher.Match("Juristes canadiens pour la paix", [new CountryCode("CA")]).Organization);
    }

    [Fact]
    public void A_city_s_French_adjective_is_that_city_in_a_translated_name()
    {
        var match = Matcher.Match("Institut vancouvérois d'études sur la paix (IVEP)", [new CountryCode("CA")]);

        Assert.Equal("vancouver-institute-for-peace-studies", match.Organization?.Id);
    }

    [Fact]
    public void Another_city_s_adjective_is_not_that_city()
    {
        Assert.Null(Matcher.Match("Institut québécois d'études sur la paix", [new CountryCode("CA")]).Organization);
    }

    [Fact]
    public void Each_of_two_slashed_acronyms_in_a_known_name_is_that_body_s_acronym()
    {
        var match = Matcher.Match("Rede de Agricultores do Sahel (SFN)", [new CountryCode("NE")]);

        Assert.Equal("sahel-farmers-network", match.Organization?.Id);
    }

    private static Organization Organization(string id, string name, string country, params string[] aliases) => new()
    {
        Id = id,
        Name = name,
        Aliases = aliases,
        Countries = [new CountryCode(country)],
        Location = new SourceLocation($"organizations/{id}.yml", 1),
    };
}
