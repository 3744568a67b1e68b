namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A web page that prints its list in an accordion ("▾ Signatories (4)", open, then "▸ Read the declaration", closed):
/// the open one's mark does not hide its heading, and a closed one after the list ends it (issue 14, holdout31's
/// letter 03 was refused). Each letter is invented, small and written out in full.
/// </summary>
public class AccordionOfSignatoriesTests
{
    [Fact]
    public void The_open_section_is_the_list_and_a_closed_one_after_it_ends_it()
    {
        var draft = SignatoryShapeTests.Read("""
            14 March 2025

            To: States endorsing the Declaration

            Excellencies,

            We ask you to report publicly on how your armed forces avoid the use of heavy explosive weapons in towns.

            ▾ Signatories (4)

              Harbour Relief Network (Ireland)
              Valley Clearance Group (Global)
              Mountain Medics (Nepal)
              River Peace Forum (Ghana)

            ▸ Read the Declaration
            ▸ Download the letter (PDF, 120 KB)
            """);

        Assert.Equal(["Harbour Relief Network", "Valley Clearance Group", "Mountain Medics", "River Peace Forum"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void Pointers_used_as_bullets_are_the_lists_marks_not_closed_sections()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Ministers,

            We ask you to report publicly on how your armed forces avoid the use of heavy explosive weapons in towns.

            Signed:

            ► Harbour Relief Network (Ireland)
            ► Valley Clearance Group (Ghana)
            ► Mountain Medics (Nepal)
            """);

        Assert.Equal(["Harbour Relief Network", "Valley Clearance Group", "Mountain Medics"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_closed_section_that_opens_more_names_is_a_heading()
    {
        var draft = SignatoryShapeTests.Read("""
            14 March 2025

            To: States endorsing the Declaration

            Excellencies,

            We ask you to report publicly on how your armed forces avoid the use of heavy explosive weapons in towns.

            ▾ Signatories (2)

              Harbour Relief Network (Ireland)
              Valley Clearance Group (Global)

            ▸ Individual signatories
              Dr. Aoife Brennan, Trinity College Dublin
            """);

        Assert.Equal(["Harbour Relief Network", "Valley Clearance Group"], draft.Signatories.Select(s => s.Name));
        Assert.Single(draft.People);
    }
}
