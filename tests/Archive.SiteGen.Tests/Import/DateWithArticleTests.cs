using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>A date written with its article, "the 3rd of March, 2021" (issue 14, the round for holdout11 and holdout12).</summary>
public class DateWithArticleTests
{
    [Theory]
    [InlineData("the 3rd of March, 2021", "2021-03-03")]
    [InlineData("Utrecht, the 14th of May 2019", "2019-05-14")]
    public void A_day_written_with_the_and_of_before_its_month_is_that_day(string line, string expected)
    {
        Assert.True(WrittenDate.TryParse(line, out var date, out _));
        Assert.Equal(expected, date.ToString());
    }
}
