using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Organizations;

namespace Archive.Core.Tests.Organizations;

/// <summary>
/// Ways a known name is printed that never tell two bodies apart (issue 14, the round for holdout18): a word in the
/// plural ("communications" for "communication"), a compound in two words ("Peace Building" for "Peacebuilding"), a
/// short name in another language that keeps a proper name or its own country ("Oxfam Internacional", "Iglesia de
/// Suecia"), and the acronyms of a name in two languages after a slash ("REFMAP/MARWOPNET").
/// </summary>
public class WordFormsAndShortTranslationsTests
{
    [Theory]
    [InlineData("Association des femmes juristes du lac", "Association de la femme juriste du lac")]
    [InlineData("Network of Human Rights Defender", "Network of Human Rights Defenders")]
    public void A_word_in_the_singular_and_the_plural_is_one_wording(string printed, string known)
    {
        Assert.Equal(NameVariant.Kind.Wording, NameVariant.Compare(printed, known, [], []).Kind);
    }

    [Theory]
    // Portuguese "na" ("in the") is a small word like "in"; the Pacific and Asia in French, Spanish, Portuguese and German.
    [InlineData("Oxfam na Nova Zelândia", "Oxfam New Zealand")]
    [InlineData("Centro Ásia-Pacífico para a Paz", "Asia-Pacific Centre for Peace")]
    [InlineData("Réseau du Pacifique pour les droits humains", "Pacific Network for Human Rights")]
    public void Small_words_and_regions_of_other_languages_are_one_wording(string printed, string known)
    {
        Assert.Equal(NameVariant.Kind.Wording, NameVariant.Compare(printed, known, [], []).Kind);
    }

    [Theory]
    [InlineData("Centre for Peace Building Studies", "Center for Peacebuilding Studies")]
    [InlineData("Peacebuilding Institute of the Lakes", "Peace Building Institute for the Lakes")]
    public void A_compound_written_as_two_words_is_one_wording(string printed, string known)
    {
        var (kind, why) = NameVariant.Compare(printed, known, [], []);

        Assert.Equal(NameVariant.Kind.Wording, kind);
        Assert.Contains("'peace building' / 'peacebuilding'", why, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_words_that_make_no_word_of_the_other_name_are_not_joined()
    {
        Assert.Equal(NameVariant.Kind.Different, NameVariant.Compare("Centre for Peace Studies", "Center for Peacebuilding Studies", [], []).Kind);
    }

    [Theory]
    [InlineData("Marula Internacional", "Marula International", "the proper name 'marula' in both")]
    [InlineData("Fundación Marula", "Marula Foundation", "the proper name 'marula' in both")]
    public void A_short_name_in_another_language_that_keeps_a_proper_name_is_one_wording(string printed, string known, string witness)
    {
        var (kind, why) = NameVariant.Compare(printed, known, [], []);

        Assert.Equal(NameVariant.Kind.Wording, kind);
        Assert.Contains(witness, why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_name_in_another_language_that_names_the_organizations_own_country_is_one_wording()
    {
        var (kind, why) = NameVariant.Compare("Iglesia de Noruega", "Church of Norway", [], [new CountryCode("NO")]);

        Assert.Equal(NameVariant.Kind.Wording, kind);
        Assert.Contains("its own country", why, StringComparison.Ordinal);
    }

    [Theory]
    // Words many bodies' names share, in any language, are no witness: the country must agree.
    [InlineData("Ligue des droits de l'homme", "Human Rights League")]
    [InlineData("Forum des ONG", "NGO Forum")]
    [InlineData("Iglesia de Noruega", "Church of Norway")]
    public void A_short_name_in_another_language_of_common_words_only_is_no_wording(string printed, string known)
    {
        Assert.NotEqual(NameVariant.Kind.Wording, NameVariant.Compare(printed, known, [], []).Kind);
    }

    [Fact]
    public void A_proper_name_printed_alone_offers_every_national_name_it_begins_for_review_and_links_none()
    {
        // With a "Marula International" too, "Marula" is its short name (ShortNamesOfWorldwideBodiesTests).
        var matcher = OrganizationMatcher.Create(
        [
            Known("marula-uganda", "Marula Uganda", "UG"),
            Known("marula-kenya", "Marula Kenya", "KE"),
            Known("forum-for-peace", "Forum for Peace", "KE"),
        ]);

        var marula = matcher.Match("Marula", []);
        var forum = matcher.Match("Forum", []);

        Assert.Equal(MatchMethod.Review, marula.Method);
        Assert.Equal(["marula-kenya", "marula-uganda"], marula.Candidates.Select(c => c.Organization.Id).Order(StringComparer.Ordinal));
        Assert.Equal(MatchMethod.New, forum.Method);
    }

    [Fact]
    public void An_acronym_after_a_slash_that_is_the_known_one_links_a_name_printed_in_a_language_the_glossary_does_not_read()
    {
        var matcher = OrganizationMatcher.Create(
        [
            new Organization
            {
                Id = "lake-region-crisis-group",
                Name = "Lake Region Crisis Group",
                Acronym = "LRCG",
                Countries = [new CountryCode("KE")],
                Location = new SourceLocation("organizations/lake-region-crisis-group.yml", 1),
            },
        ]);

        var match = matcher.Match("Kikundi cha Mgogoro wa Ziwa (KMZ/LRCG)", [new CountryCode("KE")]);

        Assert.Equal((MatchMethod.Acronym, "lake-region-crisis-group"), (match.Method, match.Organization?.Id));
    }

    private static Organization Known(string id, string name, string country) => new()
    {
        Id = id,
        Name = name,
        Countries = [new CountryCode(country)],
        Location = new SourceLocation($"organizations/{id}.yml", 1),
    };
}
