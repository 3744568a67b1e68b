using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Organizations;

namespace Archive.Core.Tests.Organizations;

/// <summary>
/// A known body printed under its name in a language the glossary does not read, with its English acronym in
/// brackets (issue 14, the round for holdout13: Swahili names such as "Chama cha Wanasheria wa Afrika Mashariki (EALS)").
/// </summary>
public class AcronymOfAKnownNameTests
{
    private static readonly OrganizationMatcher Matcher = OrganizationMatcher.Create(
    [
        Organization("lake-region-fishers-union", "Lake Region Fishers Union", "KE"),
        Organization("coastal-peace-forum", "Coastal Peace Forum", "TZ"),
    ]);

    [Fact]
    public void A_name_in_another_language_with_an_acronym_spelling_a_known_name_links_to_that_body()
    {
        var match = Matcher.Match("Muungano wa Wavuvi wa Kanda ya Ziwa (LRFU)", [new CountryCode("UG")]);

        Assert.Equal("lake-region-fishers-union", match.Organization?.Id);
    }

    [Fact]
    public void An_acronym_of_three_letters_or_one_that_spells_the_printed_name_itself_does_not_link()
    {
        Assert.Null(Matcher.Match("Jukwaa la Amani Pwani (CPF)", [new CountryCode("TZ")]).Organization);
        Assert.Null(Matcher.Match("Lulu Rafiki Foundation Uganda (LRFU)", [new CountryCode("UG")]).Organization);
    }

    private static Organization Organization(string id, string name, string country) => new()
    {
        Id = id,
        Name = name,
        Countries = [new CountryCode(country)],
        Location = new SourceLocation($"organizations/{id}.yml", 1),
    };
}
