namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// How indigenous, press-freedom, sea-rescue and health coalitions print their lists (issue 14, holdout49): a page's
/// HTML source saved as the letter, a German table with its seat column, a press kit of files pasted together with the
/// lists as quoted CSV, what each entry works on after its places, and the organization a coordinator signs for.
/// Each letter is invented, small and written out in full.
/// </summary>
public class IndigenousPressRescueAndHealthListsTests
{
    [Fact]
    public void A_pages_html_source_is_read_as_the_page_shows_it_and_what_each_works_on_is_no_part_of_its_name()
    {
        var draft = SignatoryShapeTests.Read("""
            <h1>Stop the evictions: joint letter</h1>
            <p>Nairobi, 15 November 2023</p>

            <p>H.E. the President of the Republic<br />State House, Nairobi</p>

            <p>Your Excellency,</p>

            <p>We ask you to halt the evictions from the forest.</p>

            <p>Yours sincerely,</p>

            <p><strong>Signatories</strong> (organisation, city, country &mdash; area of work)</p>
            <ul>
            <li>Forest Dwellers Programme, Kapsowar, Kenya &mdash; indigenous rights</li>
            <li>Continental Defenders Network (CDN), pan-African &mdash; defenders' network</li>
            <li>Valley Law Institute, Nairobi, Kenya &mdash; land and environment</li>
            </ul>
            <!-- added after sending:
            <li>Late Group, Kenya</li> -->
            """);

        Assert.Equal("2023-11-15", draft.Date?.ToString());
        Assert.Equal(["H.E. the President of the Republic, State House, Nairobi"], draft.Recipients);
        Assert.Equal(["Forest Dwellers Programme", "Continental Defenders Network (CDN)", "Valley Law Institute"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["KE", "", "KE"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_german_table_with_its_number_and_seat_columns_is_read_and_a_legal_forms_dot_is_kept()
    {
        var draft = SignatoryShapeTests.Read("""
            Sehr geehrte Frau Ministerin,

            wir bitten Sie, die Seenotrettung zu unterstützen.

            Mit freundlichen Grüßen

            Nr.   Organisation                               Sitz                Land
            1     Rettungsschiff Nordwind e.V.                Hamburg             Deutschland
            2     Hafenbündnis – Sichere Häfen                Berlin              Deutschland
            3     Mare Aperto Onlus                           Palermo             Italien
            """);

        Assert.Equal(["Rettungsschiff Nordwind e.V.", "Hafenbündnis – Sichere Häfen", "Mare Aperto Onlus"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["DE", "DE", "IT"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_press_kit_of_files_pasted_together_gives_its_lists_as_quoted_csv_and_a_readme_is_no_part_of_the_letter()
    {
        var draft = SignatoryShapeTests.Read("""
            ================================================================================
            == README.txt
            ================================================================================

            Contents:
              1. letter.txt           the joint letter
              2. signatories.csv      organisations that signed

            ================================================================================
            == letter.txt
            ================================================================================

            19 May 2025

            Dear Secretary-General,

            We ask you to restore the internet in the country.

            Respectfully,

            The undersigned organisations and individuals (see signatories.csv and individuals.csv)

            Coordinated by the Delta Internet Freedom Coalition (DIFC)

            ================================================================================
            == signatories.csv
            ================================================================================

            "No.","Organisation","Based in","Type"
            "1","Delta Internet Freedom Coalition (DIFC)","Myanmar","Coalition"
            "2","Mekong Journalists Network","Phnom Penh, Cambodia","Journalists' association"

            ================================================================================
            == individuals.csv
            ================================================================================

            "No.","Name","Affiliation (for identification only)","Based in"
            "1","Daw Khin Lay Mon","Former editor","Mae Sot, Thailand"
            """);

        Assert.DoesNotContain(draft.Recipients, r => r.Contains("Contents", StringComparison.Ordinal));
        Assert.Equal(["Delta Internet Freedom Coalition (DIFC)", "Mekong Journalists Network"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["MM", "KH"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Equal("Daw Khin Lay Mon", Assert.Single(draft.People).Name);
    }

    [Theory]
    [InlineData("Pour la Coalition pour la liberté de la presse des Grands Lacs (CLPGL),", "Clarisse Ndayizeye, coordinatrice régionale", "Coalition pour la liberté de la presse des Grands Lacs (CLPGL)", "")]
    [InlineData("For the Euro-African Migrants' Network (EAMN), Brussels:", "Samba Diallo, Coordinator", "Euro-African Migrants' Network (EAMN)", "BE")]
    public void The_organization_a_coordinator_signs_for_signs_without_the_words_before_its_name(string signsFor, string coordinator, string name, string country)
    {
        var draft = SignatoryShapeTests.Read($"""
            Dear Commissioner,

            We ask you to withdraw the proposal.

            Yours sincerely,

            {signsFor}
            {coordinator}

            Signatories:

            Lake Press Union (Burundi)
            """);

        Assert.Equal([name, "Lake Press Union"], draft.Signatories.Select(s => s.Name));
        Assert.Equal([country, "BI"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Single(draft.People);
    }
}
