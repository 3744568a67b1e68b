namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A shared document's comment exported as a bracketed line with its author after a dash ("[Comment – Lake group:
/// Please keep new sign-ons BELOW this line. Thank you!]"), indented under the entry it was left on: a comment, not
/// the rest of that entry (issue 14, holdout34's letter 04). Each letter is invented, small and written out in full.
/// </summary>
public class CommentWithItsAuthorAfterADashTests
{
    [Fact]
    public void A_bracketed_comment_with_its_author_after_a_dash_is_not_part_of_the_entry_above()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Members of the Human Rights Council,

            We ask you to renew the mandate of the Fact-Finding Mission.
              [Comment – Amira K.: Can we name the town explicitly here?]

            Signed,

            ORGANISATIONS
              • Harbour Relief Network (Ireland)
              • Valley Clearance Group (Ghana)
                [Comment – Lake group: Please keep new sign-ons BELOW this line. Thank you!]
              • Mountain Medics (Nepal)
            """);

        Assert.Equal(["Harbour Relief Network", "Valley Clearance Group", "Mountain Medics"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["IE", "GH", "NP"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries.Select(c => c.Value))));
    }
}
