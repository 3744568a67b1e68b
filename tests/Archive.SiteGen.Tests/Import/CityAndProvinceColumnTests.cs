namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A table pasted from a word processor whose second column is headed "City / Province" (issue 14, the round for
/// holdout22): the column is the row's place, not part of the name. The letter is invented, small and written out in full.
/// </summary>
public class CityAndProvinceColumnTests
{
    [Fact]
    public void A_column_headed_city_and_province_is_the_rows_place_not_part_of_its_name()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We, the undersigned organizations, ask you to fund legal aid for asylum seekers in detention.

            Sincerely,

            Organization	City / Province
            Prairie Legal Aid Network	Regina, SK
            Atlantic Newcomers Alliance	Halifax, NS
            Northern Justice Circle	Yellowknife, NT
            """);

        Assert.Equal(["Prairie Legal Aid Network", "Atlantic Newcomers Alliance", "Northern Justice Circle"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void Rows_whose_city_cells_happen_to_line_up_are_still_rows_not_two_columns_of_names()
    {
        // Tabs print no width: three rows whose names are about as long put their cities one under the other, as two
        // columns of names side by side would; cities the archive knows, alone or with their province, are places.
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We, the undersigned organizations, ask you to fund legal aid for asylum seekers in detention.

            Sincerely,

            Organization	City / Province
            Prairie Legal Aid Network	Regina, SK
            Red River Newcomers Council	Winnipeg, MB
            Foothills Refugee Law Office	Edmonton, AB
            Lakeshore Sanctuary Coalition	Toronto
            """);

        Assert.Equal(
            ["Prairie Legal Aid Network | CA", "Red River Newcomers Council | CA", "Foothills Refugee Law Office | CA", "Lakeshore Sanctuary Coalition | CA"],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
    }
}
