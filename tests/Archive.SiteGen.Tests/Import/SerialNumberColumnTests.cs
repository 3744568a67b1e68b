using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A table pasted with tabs whose first column is headed as South Asian and East African tables head the serial number
/// ("S. No.", "Sl. No", "Sr. No.", "S/N") reads as a table (issue 14, the round for holdout19): the number is no part of a
/// name, the next column is the organization and the last its country. The letter is invented and written out in full.
/// </summary>
public class SerialNumberColumnTests
{
    [Theory]
    [InlineData("S. No.")]
    [InlineData("Sl. No")]
    [InlineData("Sr. No.")]
    [InlineData("S/N")]
    public void A_serial_number_column_heads_a_table_of_organizations_and_countries(string header)
    {
        var draft = SignatoryShapeTests.Read($"""
            Dear President of the Human Rights Council,

            We urge the Council to hold an urgent debate on the situation in the hill districts.

            Signed:

            {header}	Organisation	Country
            1	Hill Peoples' Forum	India
            2	Valley Women's Collective (VWC)	Nepal
            3	Delta Rights Watch	Bangladesh
            """);

        Assert.Equal(
            ["Hill Peoples' Forum | IN", "Valley Women's Collective (VWC) | NP", "Delta Rights Watch | BD"],
            draft.Signatories.Select(Describe));
    }

    private static string Describe(PrintedSignatory s) => $"{s.Name} | {string.Join(",", s.Places.Countries)}";
}
