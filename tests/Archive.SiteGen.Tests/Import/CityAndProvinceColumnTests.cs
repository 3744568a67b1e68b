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
}
