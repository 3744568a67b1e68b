using System.Text.RegularExpressions;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// A signatory stands for the countries printed with it, or, when the letter printed none, its organization's; the
/// country pages, the countries table and the search filter of a letter page all count it so, as the API does (issue
/// 18). A country's organizations are the ones based there.
/// </summary>
public sealed partial class CountryMeaningTests
{
    private static TemporaryContent ArchiveWithAPrintedCountry() => new TemporaryContent()
        .Organization("geneva-forum", """
            name: Geneva Forum
            countries: [FR]
            """)
        .Organization("nordic-aid", """
            name: Nordic Aid
            countries: [DK]
            """)
        .Letter("2010-05-04-appeal", """
            title: An Appeal
            date: 2010-05-04
            source:
              url: https://example.org/appeal
            signatories:
              - name: Geneva Forum
                countries: [CH]
              - name: Nordic Aid
            """);

    [Fact]
    public void A_country_printed_with_a_signatory_has_the_letter_even_with_no_organization_based_there()
    {
        using var content = ArchiveWithAPrintedCountry();
        using var site = BuiltSite.From(content);

        Assert.Equal(0, site.ExitCode);
        var switzerland = site.Read("countries/ch/index.html");
        Assert.Contains("href=\"/letters/2010-05-04-appeal/\"", switzerland, StringComparison.Ordinal);
        Assert.Contains("No organization in the archive is based in Switzerland; 1 letter prints a signatory from Switzerland.", switzerland, StringComparison.Ordinal);
        Assert.Contains("href=\"/letters/2010-05-04-appeal/\"", site.Read("countries/dk/index.html"), StringComparison.Ordinal);
        var france = site.Read("countries/fr/index.html");
        Assert.Contains("href=\"/organizations/geneva-forum/\"", france, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/letters/2010-05-04-appeal/\"", france, StringComparison.Ordinal);
    }

    [Fact]
    public void The_countries_table_counts_organizations_based_there_and_letters_signed_for_it()
    {
        using var content = ArchiveWithAPrintedCountry();
        using var site = BuiltSite.From(content);

        var rows = CountryRow().Matches(site.Read("countries/index.html")).ToDictionary(m => m.Groups["code"].Value, m => (m.Groups["organizations"].Value, m.Groups["letters"].Value));

        Assert.Equal(("0", "1"), rows["CH"]);
        Assert.Equal(("1", "1"), rows["DK"]);
        Assert.Equal(("1", "0"), rows["FR"]);
    }

    [Fact]
    public void The_letter_page_marks_for_search_the_countries_its_country_pages_count()
    {
        using var content = ArchiveWithAPrintedCountry();
        using var site = BuiltSite.From(content);

        var filtered = CountryFilter().Matches(site.Read("letters/2010-05-04-appeal/index.html")).Select(m => m.Groups["name"].Value);

        Assert.Equal(["Denmark", "Switzerland"], filtered);
    }

    [GeneratedRegex("<tr data-country=\"(?<code>[A-Za-z]{2})\">.*?<td class=\"number\">(?<organizations>\\d+)</td><td class=\"number\">(?<letters>\\d+)</td>")]
    private static partial Regex CountryRow();

    [GeneratedRegex("data-pagefind-filter=\"country\">(?<name>[^<]+)</a>")]
    private static partial Regex CountryFilter();
}
