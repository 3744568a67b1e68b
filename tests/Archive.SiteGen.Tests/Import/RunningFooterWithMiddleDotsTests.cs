namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A PDF's running footer printed between the list's pages with middle dots between its parts ("Global Centre … ·
/// Joint letter on veto restraint · Annex I · page 2 of 3", "Red … · Página 1 de 2"): a footer, not a paragraph of
/// entries separated by dots (issue 14, holdout34's letters 01 and 08). Each letter is invented, small and written out
/// in full.
/// </summary>
public class RunningFooterWithMiddleDotsTests
{
    [Theory]
    [InlineData("Harbour Peace Centre · Joint letter on veto restraint · Annex I · page 2 of 3")]
    [InlineData("Red Regional para la Prevención · Página 1 de 2")]
    public void A_footer_with_its_parts_between_middle_dots_is_passed_over(string footer)
    {
        var draft = SignatoryShapeTests.Read($"""
            Dear Members of the Security Council,

            We ask you to refrain from using the veto in situations of mass atrocities.

            Signatories:

            1. Harbour Relief Network – Ireland
            2. Valley Clearance Group – Ghana

            {footer}

            3. Mountain Medics – Nepal
            4. River Peace Forum – Kenya
            """);

        Assert.Equal(["Harbour Relief Network", "Valley Clearance Group", "Mountain Medics", "River Peace Forum"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void Entries_between_middle_dots_are_still_read_one_each()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Ministers,

            We ask you to refrain from using the veto in situations of mass atrocities.

            Signed: Harbour Relief Network (Ireland) · Valley Clearance Group (Ghana) · Mountain Medics (Nepal) · River
            Peace Forum (Kenya)
            """);

        Assert.Equal(["Harbour Relief Network", "Valley Clearance Group", "Mountain Medics", "River Peace Forum"], draft.Signatories.Select(s => s.Name));
    }
}
