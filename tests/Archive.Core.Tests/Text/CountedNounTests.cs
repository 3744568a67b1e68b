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
    public void One_is_singular_and_every_other_count_plural(int count, string noun, string? plural, string expected) =>
        Assert.Equal(expected, CountedNoun.Of(count, noun, plural));
}
