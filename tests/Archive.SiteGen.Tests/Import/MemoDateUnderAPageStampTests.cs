namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A letter posted on a web page with a memo's header under the page's stamp ("Posted on 14 May 2025", then "To: …",
/// "Date: 12 May 2025"): the memo's date is the letter's, the stamp is when the page went up (issue 14, a letter of
/// the round for holdout29 tried as an editor would). Each letter is invented, small and written out in full.
/// </summary>
public class MemoDateUnderAPageStampTests
{
    [Fact]
    public void The_memo_date_under_a_posted_stamp_is_the_letters_date()
    {
        var draft = SignatoryShapeTests.Read("""
            Joint statement: Keep the crossings open

            Posted on 14 May 2025

            To: Members of the United Nations Security Council
            Date: 12 May 2025

            Excellencies,

            We urge the Council to keep every crossing open for aid.

            Respectfully,

            Signatories:

            Horn Pastoralists Network (Kenya)
            Dry Lands Relief (Ethiopia)
            """);

        Assert.Equal("2025-05-12", draft.Date.ToString());
        Assert.Equal(["Members of the United Nations Security Council"], draft.Recipients);
    }

    [Fact]
    public void A_memo_date_above_a_later_stamp_stays_the_letters_date()
    {
        var draft = SignatoryShapeTests.Read("""
            To: Members of the United Nations Security Council
            Date: 12 May 2025

            Posted on 14 May 2025

            Excellencies,

            We urge the Council to keep every crossing open for aid.

            Respectfully,

            Signatories:

            Horn Pastoralists Network (Kenya)
            Dry Lands Relief (Ethiopia)
            """);

        Assert.Equal("2025-05-12", draft.Date.ToString());
    }
}
