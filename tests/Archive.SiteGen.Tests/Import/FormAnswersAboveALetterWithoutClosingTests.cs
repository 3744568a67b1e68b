using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A sign-on form's answers pasted above the statement they sign, where the statement prints no closing and no list,
/// only a line saying where its signatories are (issue 14, a letter of holdout30 the importer refused). Each letter is
/// invented, small and written out in full.
/// </summary>
public class FormAnswersAboveALetterWithoutClosingTests
{
    [Fact]
    public void The_answers_are_the_signatories_of_a_statement_with_no_closing()
    {
        var draft = SignatoryShapeTests.Read("""
            Lake Chad alert – sign-on (Responses)

            Timestamp	Organisation	Country
            12/05/2025 09:14:02	Kanem Women Forum	Chad
            12/05/2025 10:40:51	Diffa Youth Network	Niger
            13/05/2025 08:03:10	Borno Peace Initiative	Nigeria

            Statement as sent, 14 May 2025

            To the Lake Chad Basin Commission,

            We, the undersigned organisations of the Lake Chad region, warn that the attacks on displaced people's
            camps around the lake put tens of thousands of civilians at risk, and we ask the Commission to act now.

            The organisations that signed are listed in the attached sheet.
            """);

        Assert.Equal(["Kanem Women Forum", "Diffa Youth Network", "Borno Peace Initiative"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["TD", "NE", "NG"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries.Select(c => c.Value))));
        Assert.Equal(3, draft.SignatureLine);
    }

    [Fact]
    public void A_statement_without_a_closing_or_a_table_of_signers_is_still_refused()
    {
        var draft = ReadLetterText.From("""
            Statement as sent, 14 May 2025

            To the Lake Chad Basin Commission,

            We, the undersigned organisations of the Lake Chad region, warn that the attacks on displaced people's
            camps around the lake put tens of thousands of civilians at risk, and we ask the Commission to act now.

            The organisations that signed are listed in the attached sheet.
            """, "letter.txt", out var problem);

        Assert.Null(draft);
        Assert.StartsWith("no signatory block found", problem!.Message, StringComparison.Ordinal);
    }
}
