using Archive.Core.Letters;

namespace Archive.Core.Tests.Letters;

public class LetterDateTests
{
    [Theory]
    [InlineData("2009-07-20", DatePrecision.Day, "20 July 2009")]
    [InlineData("2008-09", DatePrecision.Month, "September 2008")]
    [InlineData("2008", DatePrecision.Year, "2008")]
    public void The_precision_follows_from_how_the_date_is_written(string text, DatePrecision precision, string display)
    {
        Assert.True(LetterDate.TryParse(text, out var date));
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
        Assert.Equal(display, date.ToDisplayString());
    }

    [Theory]
    [InlineData("2009-02-30")]
    [InlineData("2009-13")]
    [InlineData("20 July 2009")]
    [InlineData("2009-7-20")]
    [InlineData("")]
    [InlineData("0000")]
    public void Impossible_or_non_ISO_dates_are_refused(string text) =>
        Assert.False(LetterDate.TryParse(text, out _));

    [Fact]
    public void Dates_order_by_their_first_day_and_a_year_sorts_before_its_days()
    {
        var year = LetterDate.OfYear(2008);
        var firstDay = LetterDate.OfDay(2008, 1, 1);
        var later = LetterDate.OfDay(2009, 7, 20);
        Assert.True(year < firstDay);
        Assert.True(firstDay < later);
    }
}
