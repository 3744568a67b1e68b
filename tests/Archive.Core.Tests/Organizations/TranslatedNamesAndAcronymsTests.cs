using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Organizations;

namespace Archive.Core.Tests.Organizations;

/// <summary>
/// A known body printed in another language (issue 14, the round for holdout15): a country's name inside the name is
/// read in any language the country table knows ("Iglesia de Suecia" is the "Church of Sweden"), and an acronym of
/// the translated name's own initials ("ACNU") does not argue against the known English acronym ("UNA-Canada"); the
/// short name a body goes by in brackets ("International Crisis Group (Crisis Group)") is no acronym.
/// </summary>
public class TranslatedNamesAndAcronymsTests
{
    private static readonly OrganizationMatcher Matcher = OrganizationMatcher.Create(
    [
        Organization("church-of-norway", "Church of Norway", "NO"),
        Organization("united-nations-association-in-canada", "United Nations Association in Canada", "CA", "UNA-Canada"),
        Organization("human-rights-network-uganda", "Human Rights Network – Uganda", "UG", "HURINET"),
        Organization("lake-region-crisis-group", "Lake Region Crisis Group", "KE", "LRCG"),
        Organization("lutheran-peace-service", "Lutheran Peace Service", "MZ"),
        Organization("centro-de-estudios-y-accion-popular", "Centro de Estudios y Acción Popular", "PE"),
        Organization("lake-rights-working-group", "Lake Rights Working Group", "KE", "LRWG"),
    ]);

    [Theory]
    [InlineData("Iglesia de Noruega")]
    [InlineData("Igreja da Noruega")]
    [InlineData("Église de Norvège")]
    public void A_name_with_a_country_in_another_language_reads_as_the_known_name_with_that_country(string printed)
    {
        var match = Matcher.Match(printed, [new CountryCode("NO")]);

        Assert.Equal("church-of-norway", match.Organization?.Id);
    }

    [Fact]
    public void A_name_with_another_country_in_another_language_is_not_that_body()
    {
        Assert.Null(Matcher.Match("Iglesia de Suecia", [new CountryCode("SE")]).Organization);
    }

    [Fact]
    public void A_translated_name_with_the_acronym_of_its_own_words_links_to_the_known_body_with_an_english_acronym()
    {
        var match = Matcher.Match("Association canadienne pour les Nations Unies (ACNU)", []);

        Assert.Equal("united-nations-association-in-canada", match.Organization?.Id);
    }

    [Fact]
    public void An_english_name_with_an_acronym_of_its_own_that_differs_from_the_known_one_is_not_that_body()
    {
        Assert.Null(Matcher.Match("Human Rights Network – Kenya (HRN-K)", [new CountryCode("KE")]).Organization);
        Assert.Null(Matcher.Match("United Nations Association of Canada (UNAC)", []).Organization);
    }

    [Fact]
    public void The_short_name_a_body_goes_by_in_brackets_after_its_name_is_no_acronym_and_it_links()
    {
        Assert.Equal("lake-region-crisis-group", Matcher.Match("Lake Region Crisis Group (Crisis Group)", [new CountryCode("KE")]).Organization?.Id);
        Assert.Null(PrintedOrganizationName.Parse("Lake Region Crisis Group (Crisis Group)").Acronym);
        Assert.Equal("Lake Region Crisis Group (Coastal Group)", PrintedOrganizationName.Parse("Lake Region Crisis Group (Coastal Group)").Base);
    }

    [Theory]
    [InlineData("Danish Refugee Council (DRC)", "Danish Refugee Council", "DRC")]
    [InlineData("Harbour Rights Watch (DRC)", "Harbour Rights Watch (DRC)", null)]
    [InlineData("Lake Civic Forum (UK)", "Lake Civic Forum (UK)", null)]
    public void Capitals_in_brackets_that_a_country_goes_by_are_an_acronym_only_when_they_spell_the_name(string printed, string name, string? acronym)
    {
        var parsed = PrintedOrganizationName.Parse(printed);

        Assert.Equal((name, acronym), (parsed.Base, parsed.Acronym));
    }

    [Fact]
    public void A_portuguese_name_of_a_known_body_links_by_its_words()
    {
        Assert.Equal("lutheran-peace-service", Matcher.Match("Serviço Luterano de Paz", [new CountryCode("MZ")]).Organization?.Id);
    }

    [Fact]
    public void An_acronym_of_the_printed_names_own_words_does_not_link_it_to_another_name_with_the_same_initials()
    {
        Assert.Null(Matcher.Match("Centro de Estudios y Acción para la Paz (CEAP)", [new CountryCode("PE")]).Organization);
    }

    [Fact]
    public void A_known_acronym_is_no_witness_for_other_words_with_the_same_initials()
    {
        Assert.Null(Matcher.Match("Lake Rights Watch Group Kenya", [new CountryCode("KE")]).Organization);
        Assert.Equal("lake-rights-working-group", Matcher.Match("LRWG", [new CountryCode("KE")]).Organization?.Id);
    }

    private static Organization Organization(string id, string name, string country, string? acronym = null) => new()
    {
        Id = id,
        Name = name,
        Acronym = acronym,
        Countries = [new CountryCode(country)],
        Location = new SourceLocation($"organizations/{id}.yml", 1),
    };
}
