namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A letter forwarded in a chat, which marks whole lines bold or italic with one star or underscore at each end
/// ("_Lusaka, 3rd June 2024_", "*To: …*"): the line is read without its marks (issue 14, the round for holdout20).
/// Each letter is invented, small and written out in full.
/// </summary>
public class LinesMarkedBoldOrItalicTests
{
    [Theory]
    [InlineData("_Lusaka, 3rd June 2024_")]
    [InlineData("*Lusaka, 3rd June 2024*")]
    [InlineData("~Lusaka, 3rd June 2024~")]
    public void A_date_line_marked_italic_or_bold_in_a_chat_is_the_letters_date(string dateLine)
    {
        var draft = SignatoryShapeTests.Read($"""
            [04/06/2024, 09:12] Mwila B.: Forwarded
            *OPEN LETTER ON THE CYBER SECURITY ACT*

            {dateLine}

            *To: Hon. Minister of Technology and Science*

            We, the undersigned organisations, call on the Government to repeal the sections that criminalise online speech.

            *SIGNED:*
            1. Zambia Media Watch
            2. Copperbelt Youth Network
            """);

        Assert.Equal("2024-06-03", draft.Date.ToString());
        Assert.Equal(["Zambia Media Watch", "Copperbelt Youth Network"], draft.Signatories.Select(s => s.Name));
    }
}
