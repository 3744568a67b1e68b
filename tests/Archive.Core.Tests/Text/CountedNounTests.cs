using Archive.Core.Text;

namespace Archive.Core.Tests.Text;

public class CountedNounTests
{
    [Theory]
    [InlineData(0, "letter", null, "0 letters")]
    [InlineData(1, "letter", null, "1 letter")]
    [InlineData(2, "open letter", null, "2 open letters")]
    [InlineData(1, "country", "countries", "1 country")]
    [InlineData(249, "country", "countries", "249 countries")]
    [InlineData(10000, "letter", null, "10,000 letters")]
    public void One_is_singular_and_every_other_count_plural(int count, string noun, string? plural, string expected) =>
        Assert.Equal(expected, CountedNoun.Of(count, noun, plural));

    [Theory]
    [InlineData(0, "0")]
    [InlineData(999, "999")]
    [InlineData(1234, "1,234")]
    [InlineData(1234567, "1,234,567")]
    [InlineData(-4321, "-4,321")]
    public void Numbers_shown_to_readers_have_their_thousands_separated_by_commas(long number, string expected) =>
        Assert.Equal(expected, ReadableNumber.Of(number));

    [Fact]
    public void The_separator_is_the_same_whatever_the_culture_of_the_machine()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("1,234", ReadableNumber.Of(1234));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
