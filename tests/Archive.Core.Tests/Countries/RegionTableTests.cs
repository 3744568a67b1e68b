using Archive.Core.Countries;

namespace Archive.Core.Tests.Countries;

public class RegionTableTests
{
    [Theory]
    [InlineData("southern africa", "Southern Africa", "ZM")]
    [InlineData("africa southern", "Southern Africa", "LS")]
    [InlineData("west africa", "West Africa", "GH")]
    [InlineData("africa east", "East Africa", "KE")]
    [InlineData("horn africa", "Horn of Africa", "ET")]
    [InlineData("central africa", "Central Africa", "CM")]
    [InlineData("great lakes", "Great Lakes", "CD")]
    [InlineData("southeast asia", "Southeast Asia", "TL")]
    [InlineData("asia south east", "Southeast Asia", "MM")]
    [InlineData("south asia", "South Asia", "NP")]
    [InlineData("america central", "Central America", "GT")]
    public void A_region_is_read_from_its_words_in_either_order_with_the_countries_it_holds(string reading, string region, string member)
    {
        var named = RegionTable.Named(Words(reading));

        Assert.Equal(region, named?.Name);
        Assert.Contains(member, named!.Value.Countries.Select(c => c.Value));
    }

    [Theory]
    // A country's name is no region, nor is a continent alone.
    [InlineData("south africa")]
    [InlineData("africa")]
    [InlineData("women law africa")]
    public void Words_that_name_no_region_of_the_table_give_none(string reading)
    {
        Assert.Null(RegionTable.Named(Words(reading)));
    }

    private static IReadOnlyList<IReadOnlyList<string>> Words(string reading) =>
        [.. reading.Split(' ').Select(word => (IReadOnlyList<string>)[word])];
}
