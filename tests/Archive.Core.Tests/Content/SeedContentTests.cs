using Archive.Core.Content;
using Archive.Testing;

namespace Archive.Core.Tests.Content;

/// <summary>The repository's own content: the four seed letters and their organizations.</summary>
public class SeedContentTests
{
    private static readonly ContentLoadResult Result = LoadContent.FromFolder(RepositoryPaths.Content);
    private static ArchiveContent Archive => Result.Content!;

    [Fact]
    public void The_content_is_clean() => Assert.Empty(Result.Diagnostics.Select(d => d.ToString()));

    [Theory]
    [InlineData("2008-rtop-at-the-63rd-general-assembly", 35, 1)]
    [InlineData("2009-07-20-ga-debate-on-rtop", 42, 0)]
    [InlineData("2012-03-23-third-pillar-report-and-dialogue", 38, 0)]
    [InlineData("2012-08-16-dialogue-on-the-third-pillar", 0, 3)]
    public void Each_letter_has_its_printed_signatories_and_people(string id, int organizations, int people)
    {
        var letter = Archive.FindLetter(id)!;
        Assert.Equal(organizations, letter.Signatories.Count);
        Assert.Equal(people, letter.People.Count);
    }

    [Theory]
    [InlineData("DanChurch Aid", "DanChurchAid")]
    [InlineData("Forum pour le Renforcement de la Société civile au Burundi (FORSC)", "Forum to Reinforce Civil Society")]
    [InlineData("Human Rights Network (HURINET)", "HURINET")]
    [InlineData("West African Civil Society Institute (WACSI)", "West Africa Civil Society Institute")]
    [InlineData("Global Centre on the Responsibility to Protect", "Global Centre for the Responsibility to Protect")]
    [InlineData("Global Action to Prevent War and Armed Conflict", "Global Action to Prevent War")]
    [InlineData("WFM-Institute for Global Policy", "World Federalist Movement – Institute for Global Policy")]
    [InlineData("World Federalist Movement - Canada", "World Federalist Movement – Canada")]
    public void Names_printed_differently_are_one_organization(string printed, string otherPrinted) =>
        Assert.Equal(OrganizationPrintedAs(printed), OrganizationPrintedAs(otherPrinted));

    [Theory]
    [InlineData("West Africa Civil Society Forum", "West Africa Civil Society Institute")]
    [InlineData("Oxfam International", "Oxfam-Australia")]
    [InlineData("Genocide Alert", "Genocide Intervention Network")]
    [InlineData("UNA-Canada", "World Federation of United Nations Associations")]
    [InlineData("United Nations Association – UK", "United Nations Association – Sweden")]
    [InlineData("Human Rights Focus", "Human Rights Network (HURINET)")]
    [InlineData("World Federalist Movement – Canada", "WFM-Institute for Global Policy")]
    public void Organizations_with_similar_names_stay_apart(string printed, string otherPrinted) =>
        Assert.NotEqual(OrganizationPrintedAs(printed), OrganizationPrintedAs(otherPrinted));

    [Fact]
    public void Every_signatory_has_a_country_or_a_region_except_where_the_letter_printed_neither()
    {
        var withoutPlace = Archive.Letters
            .SelectMany(l => l.Signatories)
            .Where(s => s.Countries.Count == 0 && s.Regions.Count == 0)
            .Select(s => s.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "Asia-Pacific Solidarity Coalition",
                "Human Rights Watch",
                "International Crisis Group",
                "Oxfam International",
                "WFM-Institute for Global Policy",
                "World Federation of United Nations Associations",
            ],
            withoutPlace);
    }

    [Fact]
    public void A_region_is_kept_as_printed_and_never_made_a_country()
    {
        var charter = Archive.FindLetter("2009-07-20-ga-debate-on-rtop")!.Signatories.Single(s => s.Name == "Charter of Human Responsibilities");
        Assert.Equal(["South Asia"], charter.Regions);
        Assert.Empty(charter.Countries);
    }

    [Fact]
    public void Several_printed_countries_are_kept_in_order()
    {
        var wfm = Archive.FindLetter("2012-03-23-third-pillar-report-and-dialogue")!.Signatories.Single(s => s.Name.StartsWith("World Federalist Movement – Institute", StringComparison.Ordinal));
        Assert.Equal(["US", "NL"], wfm.Countries.Select(c => c.Value));
    }

    [Fact]
    public void The_undated_letter_has_a_year_estimate_and_says_why()
    {
        var letter = Archive.FindLetter("2008-rtop-at-the-63rd-general-assembly")!;
        Assert.True(letter.DateIsEstimate);
        Assert.Equal("2008", letter.Date.ToString());
        Assert.Contains("63rd Session", letter.DateNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_letter_keeps_its_original_text()
    {
        Assert.All(Archive.Letters, letter =>
        {
            var original = File.ReadAllText(Path.Combine(RepositoryPaths.Content, letter.Source.File!));
            Assert.Contains(letter.Body.Split('\n')[0].Trim(), original, StringComparison.Ordinal);
        });
    }

    private static string OrganizationPrintedAs(string printed) =>
        Archive.Letters.SelectMany(l => l.Signatories).First(s => s.Name == printed).OrganizationId;
}
