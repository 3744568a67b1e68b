using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Organizations;

namespace Archive.Core.Tests.Organizations;

/// <summary>
/// Names transliterated from Arabic, printed with the name the body is known by in brackets (issue 14, the round for
/// holdout13): the article and particles joined to a word with a hyphen ("al-", "li-l-", "wa-") are not words of
/// their own when the two names are compared for length.
/// </summary>
public class TransliteratedNameTests
{
    private static readonly OrganizationMatcher Matcher = OrganizationMatcher.Create(
    [
        new Organization
        {
            Id = "mosul-center-for-legal-aid",
            Name = "Mosul Center for Legal Aid and Community Development",
            Countries = [new CountryCode("IQ")],
            Location = new SourceLocation("organizations/mosul-center-for-legal-aid.yml", 1),
        },
    ]);

    [Fact]
    public void A_transliterated_Arabic_name_with_many_particles_links_by_the_known_name_in_brackets()
    {
        var match = Matcher.Match("Markaz al-Mawṣil li-l-Musāʿada al-Qānūniyya wa-Tanmiyat al-Mujtamaʿ (Mosul Center for Legal Aid and Community Development)", [new CountryCode("IQ")]);

        Assert.Equal("mosul-center-for-legal-aid", match.Organization?.Id);
    }

    [Fact]
    public void A_transliterated_name_with_a_different_body_in_brackets_does_not_link()
    {
        var match = Matcher.Match("Markaz al-Mawṣil li-l-Tanwīr (Mosul Centre for Enlightenment)", [new CountryCode("IQ")]);

        Assert.Null(match.Organization);
    }
}
