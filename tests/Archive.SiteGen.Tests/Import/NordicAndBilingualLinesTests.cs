using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Letters in the Nordic languages, Finnish, Indonesian and Swahili (issue 14): the salutation that ends their header
/// ("Kära ministern,", "Arvoisa ministeri,", "Dengan hormat,", "Yang Mulia,", "Mheshimiwa Waziri,"), so that the title,
/// the date and the address above it are read; and a list line that prints both a name and its country in two
/// languages, which is an organization's line, not a person's name with affiliations. Each letter is invented and
/// written out in full.
/// </summary>
public class NordicAndBilingualLinesTests
{
    [Theory]
    [InlineData("Kära ministern,")]
    [InlineData("Kjære statsråd,")]
    [InlineData("Kære minister,")]
    [InlineData("Arvoisa ministeri,")]
    [InlineData("Dengan hormat,")]
    [InlineData("Yang Mulia,")]
    [InlineData("Mheshimiwa Waziri,")]
    public void A_salutation_in_another_language_ends_the_header_so_that_its_title_date_and_address_are_read(string salutation)
    {
        var draft = SignatoryShapeTests.Read($"""
            Open letter on the fishing communities of the great lakes

            Tromsø, 9 May 2022

            The Minister of Fisheries
            Ministry of Trade, Industry and Fisheries

            {salutation}

            We ask you to reopen the wells of the lake districts and to hear the fishing communities.

            Andean Water Watch – Bolivia
            Lake Region Peace Forum – Kenya
            """);

        Assert.Equal("Open letter on the fishing communities of the great lakes", draft.Title);
        Assert.Equal("2022-05-09", draft.Date.ToString());
        Assert.Equal(["The Minister of Fisheries, Ministry of Trade, Industry and Fisheries"], draft.Recipients);
    }

    [Fact]
    public void A_name_and_its_country_each_printed_in_two_languages_is_an_organization_and_not_a_person_with_affiliations()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Ministers,

            We ask you to protect the fishing communities of the lake.

            Sincerely,

            Svensk Fiskarhjälp / Swedish Fishers' Aid — Sverige / Sweden
            Suomen Järviliitto / Finnish Lakes Union — Suomi / Finland
            Andean Water Watch — Bolivia
            Jane Roe / Coastal Fishers' Union
            """);

        Assert.Equal(
            ["Svensk Fiskarhjälp / Swedish Fishers' Aid | SE", "Suomen Järviliitto / Finnish Lakes Union | FI", "Andean Water Watch | BO"],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
        var person = Assert.Single(draft.People);
        Assert.Equal("Jane Roe", person.Name);
        Assert.Equal("Coastal Fishers' Union", Assert.Single(person.Roles).Affiliation);
    }
}
