namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A shared document numbers its list itself, and a signer types the number again ("11. 11. Sudan Peace Forum"):
/// both numbers are the list's, not the name's (issue 14, a letter of the round for holdout29 tried as an editor
/// would). Each letter is invented, small and written out in full.
/// </summary>
public class NumberTypedAgainByTheSignerTests
{
    [Fact]
    public void The_same_number_twice_before_a_name_is_the_lists_numbering()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Ministers,

            We ask you to keep the border crossings open for families fleeing the drought.

            Signatories:

            10. Horn Pastoralists Network (Kenya)
            11. 11. Sudan Peace Forum (Sudan)
            12. Dry Lands Relief (Ethiopia)
            """);

        Assert.Equal(["Horn Pastoralists Network", "Sudan Peace Forum", "Dry Lands Relief"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_number_that_is_part_of_the_name_after_the_lists_own_is_kept()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Ministers,

            We ask you to keep the border crossings open for families fleeing the drought.

            Signatories:

            1. Horn Pastoralists Network (Kenya)
            2. 11.11.11 (Belgium)
            3. Dry Lands Relief (Ethiopia)
            """);

        Assert.Equal(["Horn Pastoralists Network", "11.11.11", "Dry Lands Relief"], draft.Signatories.Select(s => s.Name));
    }
}
