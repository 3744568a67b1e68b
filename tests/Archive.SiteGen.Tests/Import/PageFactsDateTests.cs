using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A web page that prints what it publishes as a line of facts between bars under its headline ("Statements | 5 July
/// 2022 | 4 min read", issue 14, the round for holdout18): its date dates the letter when the letter prints no other,
/// in the languages the importer reads dates in; the line is neither the title nor an addressee. Each letter is
/// invented, small and written out in full.
/// </summary>
public class PageFactsDateTests
{
    [Theory]
    [InlineData("Statements | 5 July 2022 | 4 min read", "2022-07-05")]
    [InlineData("Joint letter | 21 November 2022", "2022-11-21")]
    [InlineData("Communiqués | 3 mars 2021 | Lecture : 5 min", "2021-03-03")]
    [InlineData("Carta abierta | 24 de marzo de 2022 | Noticias", "2022-03-24")]
    [InlineData("Offene Briefe | 12. Mai 2020", "2020-05-12")]
    public void A_line_of_facts_between_bars_gives_its_date(string line, string expected)
    {
        Assert.True(WrittenDate.TryParsePageFacts(line, out var date, out _));
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("Statements | Syria | Humanitarian access")]
    [InlineData("Aegis Trust | United Kingdom")]
    public void A_line_of_facts_without_a_date_gives_none(string line)
    {
        Assert.False(WrittenDate.TryParsePageFacts(line, out _, out _));
    }

    [Fact]
    public void A_web_page_whose_only_date_is_in_its_line_of_facts_is_dated_by_it()
    {
        var draft = SignatoryShapeTests.Read("""
            Yemen: donors must restore funding for water and sanitation

            Joint statement | 14 March 2023 | 3 min read

            To the donors of the Yemen Humanitarian Response Plan

            Excellencies,

            We, the undersigned organisations, urge you to restore the funding cut from water and sanitation programmes.

            Signatories

            Aden Water Initiative
            Coastal Health Alliance
            Marib Relief Network
            """);

        Assert.Equal("2023-03-14", draft.Date.ToString());
        Assert.Equal("Yemen: donors must restore funding for water and sanitation", draft.Title);
        Assert.Equal(["the donors of the Yemen Humanitarian Response Plan"], draft.Recipients);
    }

    [Fact]
    public void The_date_the_letter_prints_wins_over_the_line_of_facts()
    {
        var draft = SignatoryShapeTests.Read("""
            Yemen: donors must restore funding for water and sanitation

            News | 20 March 2023 | 3 min read

            Sana'a, 14 March 2023

            Excellencies,

            We, the undersigned organisations, urge you to restore the funding cut from water and sanitation programmes.

            Signatories

            Aden Water Initiative
            Coastal Health Alliance
            Marib Relief Network
            """);

        Assert.Equal("2023-03-14", draft.Date.ToString());
    }
}
