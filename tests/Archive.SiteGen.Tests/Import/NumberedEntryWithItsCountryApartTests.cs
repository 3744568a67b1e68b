namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A list where a signer set the country apart with spaces, as a column ("28. Yemen Peace Forum␣␣Yemen"): the number
/// is the list's, as on every other line (issue 14, a miss of holdout29); and a name that looks like a sub-list's
/// number ("11.11.11") before such a gap is a name, not a number before a country heading. Each letter is invented,
/// small and written out in full.
/// </summary>
public class NumberedEntryWithItsCountryApartTests
{
    [Fact]
    public void A_numbered_entry_whose_country_stands_in_a_column_loses_its_number()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear High Representative,

            We ask the Union to suspend arms transfers that risk use against civilians in Yemen.

            Signed:

            1. Tihama Relief Network (Yemen)
            2. Arms Watch Nederland (Netherlands)
            3. Aden Legal Aid Centre  Yemen
            4. Coastal Fishers Union (Yemen)
            """);

        Assert.Equal(["Tihama Relief Network", "Arms Watch Nederland", "Aden Legal Aid Centre", "Coastal Fishers Union"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["YE"], draft.Signatories[2].Places.Countries.Select(c => c.Value));
    }

    [Theory]
    [InlineData("        ")]
    [InlineData("\t")]
    public void A_table_row_whose_name_is_numbers_and_dots_is_a_row(string gap)
    {
        var draft = SignatoryShapeTests.Read($"""
            Dear High Representative,

            We ask the Union to suspend arms transfers that risk use against civilians in Yemen.

            Signed by:

            Organisation{gap}Country
            Tihama Relief Network{gap}Yemen
            11.11.11{gap}Belgium
            Coastal Fishers Union{gap}Yemen
            """);

        Assert.Equal(["Tihama Relief Network", "11.11.11", "Coastal Fishers Union"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["YE", "BE", "YE"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries.Select(c => c.Value))));
    }

    [Fact]
    public void A_name_of_numbers_and_dots_before_a_column_gap_in_a_list_is_a_name()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear High Representative,

            We ask the Union to suspend arms transfers that risk use against civilians in Yemen.

            Signed:

            Tihama Relief Network  Yemen
            11.11.11  Belgium
            Coastal Fishers Union  Yemen
            """);

        Assert.Equal(["Tihama Relief Network", "11.11.11", "Coastal Fishers Union"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["YE", "BE", "YE"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries.Select(c => c.Value))));
    }
}
