using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A letter copied from a blog platform or a press wire prints the page's own date above its own (issue 14, the round
/// for holdout20): the blog's "Mar 19, 2024" under the author's name, the wire's "Jun 11, 2024, 09:00 ET". The date
/// the letter prints with its place ("Ouagadougou, 18 March 2024") is its own, and a date with a time of day is a
/// stamp, so the letter's bare date line below it wins. Each letter is invented, small and written out in full.
/// </summary>
public class DatelineOverPageStampTests
{
    [Theory]
    [InlineData("Ouagadougou, 18 March 2024", true)]
    [InlineData("Paris le 3 mars 2012", true)]
    [InlineData("Ciudad de Guatemala, 4 de abril de 2023", true)]
    [InlineData("Mar 19, 2024", false)]
    [InlineData("Monday, 4 March 2024", false)]
    [InlineData("18 March 2024", false)]
    [InlineData("Published, 4 March 2024", false)]
    public void A_dateline_prints_a_place_before_the_date(string line, bool dateline)
    {
        Assert.Equal(dateline, WrittenDate.IsDateline(line));
    }

    [Theory]
    [InlineData("Jun 11, 2024, 09:00 ET")]
    [InlineData("4 December 2017, 09:15 GMT")]
    [InlineData("12.03.2023 14:05")]
    [InlineData("18.04.2024 – 10:15")]
    public void A_date_with_its_time_of_day_is_a_stamp(string line)
    {
        Assert.True(WrittenDate.IsPageStamp(line));
    }

    [Fact]
    public void The_letters_dateline_wins_over_the_date_a_blog_platform_prints_under_the_author()
    {
        var draft = SignatoryShapeTests.Read("""
            Open in app

            An Open Letter on the Protection of Fishing Villages

            Coastal Voices Network
            Follow

            5 min read
            ·
            Apr 9, 2023

            Cotonou, 7 April 2023

            To: The Minister of the Sea

            Dear Minister,

            We ask you to stop the evictions of fishing villages along the coast before the season opens.

            Signed:

            Coastal Voices Network (Benin)
            Fishers' Rights Forum (Togo)
            """);

        Assert.Equal("2023-04-07", draft.Date.ToString());
    }

    [Fact]
    public void A_press_wire_stamp_gives_way_to_the_date_of_the_letter_it_quotes()
    {
        var draft = SignatoryShapeTests.Read("""
            News provided by
            Lake Basin Coalition
            Sep 14, 2022, 08:30 ET

            Coalition urges action on the lake's displaced families

            The full text of the letter follows:

            September 12, 2022

            The Honorable Secretary of State

            Dear Secretary,

            We write to urge you to fund the return of families displaced from the lake's shores this year.

            Sincerely,

            Lake Basin Coalition
            Fishers' Rights Forum
            """);

        Assert.Equal("2022-09-12", draft.Date.ToString());
    }
}
