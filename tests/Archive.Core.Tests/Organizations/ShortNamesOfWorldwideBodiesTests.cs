using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Organizations;

namespace Archive.Core.Tests.Organizations;

/// <summary>
/// A worldwide body printed by its short name, and names translated with the words of any body's name (issue 14, the
/// round for holdout27): "Marula" and "Lake Crisis Group" are "Marula International" and "International Lake Crisis
/// Group" without "International", but an affiliate printed with its country ("Marula America") never becomes the
/// worldwide body, not even once "Marula" is one of its names; "Mouvement pour une paix permanente" and "Ciudadanos por
/// Soluciones Globales" read as the English names they translate.
/// </summary>
public class ShortNamesOfWorldwideBodiesTests
{
    private static readonly Organization Marula = Organization("marula-international", "Marula International", "US");

    private static readonly OrganizationMatcher Matcher = OrganizationMatcher.Create(
    [
        Marula,
        Organization("marula-australia", "Marula Australia", "AU"),
        Organization("international-lake-crisis-group", "International Lake Crisis Group", "US"),
        Organization("international-alert-service", "International Service", "CH"),
        Organization("lasting-peace-movement", "Permanent Peace Movement", "LB"),
        Organization("citizens-for-global-solutions", "Citizens for Global Solutions", "US"),
    ]);

    [Theory]
    [InlineData("Marula", "marula-international")]
    [InlineData("Lake Crisis Group", "international-lake-crisis-group")]
    public void A_known_name_without_its_International_is_the_worldwide_body(string printed, string id)
    {
        var match = Matcher.Match(printed, []);

        Assert.Equal((MatchMethod.Variant, id), (match.Method, match.Organization?.Id));
        Assert.Contains("without 'International', the short name letters print for it", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_name_printed_with_another_country_or_made_of_one_common_word_is_not_linked_by_it()
    {
        Assert.NotEqual("marula-international", Matcher.Match("Marula", [new CountryCode("KE")]).Organization?.Id);
        Assert.Null(Matcher.Match("Service", []).Organization);
    }

    [Fact]
    public void An_affiliate_with_its_country_is_never_the_worldwide_body_even_once_the_short_name_is_its_alias()
    {
        var withAlias = OrganizationMatcher.Create([Marula with { Aliases = ["Marula"] }]);

        Assert.Null(withAlias.Match("Marula America", [new CountryCode("US")]).Organization);
        Assert.Equal("marula-international", withAlias.Match("Marula", []).Organization?.Id);
    }

    [Theory]
    [InlineData("Mouvement pour une paix permanente (PPM)", "LB", "lasting-peace-movement")]
    [InlineData("Ciudadanos por Soluciones Globales", "US", "citizens-for-global-solutions")]
    public void A_translation_made_of_the_words_of_a_known_name_links_where_the_country_agrees_and_says_so(string printed, string country, string id)
    {
        var match = Matcher.Match(printed, [new CountryCode(country)]);

        Assert.Equal(id, match.Organization?.Id);
        Assert.Contains("they differ only in language", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_name_printed_with_an_acronym_another_file_also_claims_is_the_organization_the_name_is()
    {
        var matcher = OrganizationMatcher.Create(
        [
            Organization("centro-de-estudios-del-valle", "Centro de Estudios del Valle", "CO"),
            Organization("cedval-programa-por-la-paz", "Centro de Estudios del Valle / Programa por la Paz (CEDVAL/PPP)", "CO"),
        ]);

        Assert.Equal("centro-de-estudios-del-valle", matcher.Match("Centro de Estudios del Valle (CEDVAL)", []).Organization?.Id);
    }

    private static Organization Organization(string id, string name, string country) => new()
    {
        Id = id,
        Name = name,
        Countries = [new CountryCode(country)],
        Location = new SourceLocation($"organizations/{id}.yml", 1),
    };
}
