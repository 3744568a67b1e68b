using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A list that prints "Name – City, Country" on its lines (issue 14, holdout9): the city after the dash is a city even
/// where the archive's table of cities lacks it, while a list that does not print cities so keeps a name that ends with
/// a dash and a word ("… – Umoja, Kenya"). Each letter is invented, small and written out in full.
/// </summary>
public class CitiesAfterDashesTests
{
    [Fact]
    public void In_a_list_of_cities_after_dashes_a_city_the_archive_does_not_know_is_left_out_of_the_name()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We write to you about the lake.

            Sincerely,

            1. Lake Region Peace Forum – Kisumu, Kenya
            2. Sahel Women's Voice – Bamako, Mali
            3. Delta Fishers' Trust – Harlingen, Netherlands
            4. Coastal Rights Centre – Dakar, Senegal
            """);

        Assert.Equal(
            ["Lake Region Peace Forum | KE", "Sahel Women's Voice | ML", "Delta Fishers' Trust | NL", "Coastal Rights Centre | SN"],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void In_a_list_that_prints_no_cities_after_dashes_a_dash_and_a_word_before_the_country_stay_in_the_name()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We write to you about the lake.

            Sincerely,

            Lake Region Peace Forum, Kenya
            Mountain Aid Centre – Umoja, Kenya
            Sahel Women's Voice, Mali
            Coastal Rights Centre, Senegal
            """);

        Assert.Equal(
            ["Lake Region Peace Forum | KE", "Mountain Aid Centre – Umoja | KE", "Sahel Women's Voice | ML", "Coastal Rights Centre | SN"],
            draft.Signatories.Select(Describe));
    }

    private static string Describe(PrintedSignatory s) => $"{s.Name} | {string.Join(",", s.Places.Countries)}";
}
