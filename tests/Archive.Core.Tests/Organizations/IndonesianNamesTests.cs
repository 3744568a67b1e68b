using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Organizations;

namespace Archive.Core.Tests.Organizations;

/// <summary>
/// Known organizations printed under their Indonesian names, alone or with the English name in brackets (issue 14,
/// the round for holdout14), and Indonesian names of other bodies that share most words with them. The organizations
/// and names are invented.
/// </summary>
public class IndonesianNamesTests
{
    private static readonly OrganizationMatcher Matcher = OrganizationMatcher.Create(
    [
        Known("south-east-asian-fishers-network", "South-East Asian Fishers Network"),
        Known("centre-for-peace-studies-makassar", "Centre for Peace Studies", "ID"),
        Known("fishers-legal-aid-association", "Fishers Legal Aid Association", "ID"),
    ]);

    [Theory]
    [InlineData("Jaringan Nelayan Asia Tenggara (South-East Asian Fishers Network)", "", "south-east-asian-fishers-network")]
    [InlineData("Pusat Kajian Perdamaian", "ID", "centre-for-peace-studies-makassar")]
    public void An_Indonesian_name_of_a_known_organization_links_to_it(string printed, string country, string id)
    {
        var match = Matcher.Match(printed, country.Length == 0 ? [] : [new CountryCode(country)]);

        Assert.Equal(id, match.Organization?.Id);
    }

    [Theory]
    [InlineData("Pusat Kajian Keamanan dan Perdamaian")]
    [InlineData("Perkumpulan Bantuan Hukum Perempuan")]
    public void An_Indonesian_name_with_a_word_the_known_name_lacks_is_not_it(string printed)
    {
        Assert.Null(Matcher.Match(printed, [new CountryCode("ID")]).Organization);
    }

    private static Organization Known(string id, string name, params string[] countries) => new()
    {
        Id = id,
        Name = name,
        Countries = [.. countries.Select(c => new CountryCode(c))],
        Location = new SourceLocation($"organizations/{id}.yml", 1),
    };
}
