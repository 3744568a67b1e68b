using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Organizations;

namespace Archive.Core.Tests.Organizations;

/// <summary>
/// A known name with the same body's name in a script that has no capitals (Arabic, Chinese, Hebrew) in brackets after
/// it, as bilingual lists print both names (issue 14, the round for holdout29). Each example is invented.
/// </summary>
public class NameInAScriptWithoutCapitalsTests
{
    private static readonly OrganizationMatcher Matcher = OrganizationMatcher.Create(
    [
        Organization("peace-council", "Peace Council", "NO"),
        Organization("medical-relief-network", "Medical Relief Network", "JO"),
    ]);

    [Theory]
    [InlineData("Medical Relief Network (شبكة الإغاثة الطبية)", "JO", "medical-relief-network")]
    [InlineData("Peace Council (和平理事会)", "NO", "peace-council")]
    [InlineData("Medical Relief Network (רשת הסיוע הרפואי)", "JO", "medical-relief-network")]
    public void A_known_name_links_with_its_name_in_another_script_in_brackets(string printed, string country, string id)
    {
        var match = Matcher.Match(printed, [new CountryCode(country)]);

        Assert.Equal(id, match.Organization?.Id);
        Assert.Contains("in brackets", match.Reason, StringComparison.Ordinal);
    }

    private static Organization Organization(string id, string name, string country) => new()
    {
        Id = id,
        Name = name,
        Countries = [new CountryCode(country)],
        Location = new SourceLocation($"organizations/{id}.yml", 1),
    };
}
