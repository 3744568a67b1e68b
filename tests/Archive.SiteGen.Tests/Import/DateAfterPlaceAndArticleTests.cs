using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A dateline that prints its place, then the article its language puts before a day, with no comma between
/// ("Stockholm den …", "Lyon le …", "Cali a … de … de …"), and the months of the Nordic languages and Indonesian
/// (issue 14, the round for holdout14).
/// </summary>
public class DateAfterPlaceAndArticleTests
{
    [Theory]
    [InlineData("Göteborg den 3 mars 2019", "2019-03-03")]
    [InlineData("København den 12. marts 2015", "2015-03-12")]
    [InlineData("Oslo den 1. desember 2020", "2020-12-01")]
    [InlineData("Malmö den 30 augusti 2017", "2017-08-30")]
    [InlineData("Frankfurt am Main den 5. Mai 2017", "2017-05-05")]
    [InlineData("Lyon le 7 juin 2016", "2016-06-07")]
    [InlineData("Santiago de Cali a 9 de julio de 2014", "2014-07-09")]
    [InlineData("Yogyakarta, 17 Agustus 2021", "2021-08-17")]
    public void A_place_then_the_article_of_a_day_then_the_date_is_that_date(string line, string expected)
    {
        Assert.True(WrittenDate.TryParse(line, out var date, out _));
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("Den 27 augusti 2018 presenterade utredningen sina slutsatser om läget")]
    [InlineData("Le 7 juin 2016 la mission a publié son rapport sur la situation")]
    public void A_sentence_that_starts_with_a_date_is_no_dateline(string line)
    {
        Assert.False(WrittenDate.TryParse(line, out _, out _));
    }
}
