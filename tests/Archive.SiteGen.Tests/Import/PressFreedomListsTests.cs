namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Shapes of press-freedom and digital-rights coalitions' lists (issue 14, holdout38): a PDF's columns of names that a
/// copy ran together, a Markdown page's HTML comment to its signers, a blog's handles set apart by dashes, a place in
/// two languages, a scope after a name that reads like a person's, a contact for correspondence and a viewer's page
/// counters under the list. Each letter is invented, small and written out in full.
/// </summary>
public class PressFreedomListsTests
{
    [Fact]
    public void Columns_of_names_that_a_copy_ran_together_are_read_line_by_line_each_name_an_entry()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Secretary-General,

            We ask you to call for the release of every detained journalist.

            Respectfully,

            SIGNATORY ORGANISATIONS

            Harbour Press Council               Lakeside Media Watch                  Asia Reporters Forum
            Centre for the Freedom of the Press   Delta Journalists Union   Eastwind Radio
            Free Expression Lakeside    Hill Country Writers PEN        Independent Newsroom Network
            Journalists in Exile Network   Kettle Valley Press Club

            INDIVIDUALS (in a personal capacity)

            Daw Khin Mar Lwin, journalist in exile    U Tun Aung, media lawyer    Ms. Ratana Boon, lecturer
            Dr. Thomas Elbury, former UN officer
            """);

        Assert.Equal(
            [
                "Harbour Press Council", "Lakeside Media Watch", "Asia Reporters Forum", "Centre for the Freedom of the Press",
                "Delta Journalists Union", "Eastwind Radio", "Free Expression Lakeside", "Hill Country Writers PEN",
                "Independent Newsroom Network", "Journalists in Exile Network", "Kettle Valley Press Club",
            ],
            draft.Signatories.Select(s => s.Name));
        Assert.Equal(["Daw Khin Mar Lwin", "U Tun Aung", "Ms. Ratana Boon", "Dr. Thomas Elbury"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void Columns_that_still_line_up_are_read_down_each_column_and_a_table_of_places_is_no_run_of_names()
    {
        var columns = SignatoryShapeTests.Read("""
            Dear Minister,

            We ask you to restore access to the internet.

            Signed:

            Harbour Press Council        Kettle Valley Press Club       Delta Journalists Union
            Lakeside Media Watch         Eastwind Radio                 Free Expression Lakeside
            Asia Reporters Forum         Hill Country Writers PEN       Independent Newsroom Network
            """);
        var table = SignatoryShapeTests.Read("""
            Dear Minister,

            We ask you to restore access to the internet.

            Signed:

            Harbour Press Council   Nairobi   Kenya
            Lakeside Media Watch   Kampala   Uganda
            """);

        Assert.Equal(
            [
                "Harbour Press Council", "Lakeside Media Watch", "Asia Reporters Forum", "Kettle Valley Press Club", "Eastwind Radio",
                "Hill Country Writers PEN", "Delta Journalists Union", "Free Expression Lakeside", "Independent Newsroom Network",
            ],
            columns.Signatories.Select(s => s.Name));
        Assert.Equal(["Harbour Press Council", "Lakeside Media Watch"], table.Signatories.Select(s => s.Name));
        Assert.Equal(["KE", "UG"], table.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void An_html_comment_in_a_markdown_page_is_not_shown_and_is_no_entry()
    {
        var draft = SignatoryShapeTests.Read("""
            # Open letter: keep the internet on during the elections

            Dear President,

            We ask you to keep the internet on.

            Sincerely,

            ## Signatories

            <!-- add your organisation in alphabetical order by PR; format: - **Name** (Country) -->

            - **Harbour Digital Rights** (Kenya)
            <!--
              reviewers: check each new line
            -->
            - **Lakeside Media Watch** (Uganda)
            """);

        Assert.Equal(["Harbour Digital Rights", "Lakeside Media Watch"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["KE", "UG"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_handle_set_apart_by_dashes_goes_with_its_dash_and_a_city_before_it_gives_the_country()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Commissioners,

            We ask you to ban spyware used against journalists.

            Signed:
            Human Rights Watch, Brussels — @hrw — https://www.hrw.org
            Harbour Digital Rights, Austria — @harbourdr — https://harbour.example
            Lakeside Media Watch, Belgium — https://lakeside.example
            """);

        Assert.Equal(["Human Rights Watch", "Harbour Digital Rights", "Lakeside Media Watch"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["BE", "AT", "BE"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_place_printed_in_two_languages_is_read_from_the_half_the_archive_reads()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear High Representative,

            We ask you to act for the release of jailed journalists.

            Signatories / Podpisi:

            Free Press Lakeside — Netherlands / Niderlandy
            Harbour Partnership for Human Rights — Germany & Switzerland / Germaniya i Shveitsariya
            United Nations Association – UK — United Kingdom / Velikobritaniya
            Institute of Mass Information / Institut massovoi informatsii — Ukraine / Ukraina
            """);

        Assert.Equal(
            ["Free Press Lakeside", "Harbour Partnership for Human Rights", "United Nations Association – UK", "Institute of Mass Information / Institut massovoi informatsii"],
            draft.Signatories.Select(s => s.Name));
        Assert.Equal(["NL", "DE,CH", "GB", "UA"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_scope_after_a_name_that_reads_like_a_persons_is_an_organizations_place_not_a_position()
    {
        var draft = SignatoryShapeTests.Read("""
            Estimado Presidente:

            Le pedimos liberar al periodista.

            Firman:

            - Semillas del Lago, Paraguay
            - Voces del Sur, Regional
            """);

        Assert.Equal(["Semillas del Lago", "Voces del Sur"], draft.Signatories.Select(s => s.Name));
        Assert.Empty(draft.People);
    }

    [Fact]
    public void A_contact_for_correspondence_and_a_viewers_page_counters_end_the_list()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Secretary-General,

            We ask you to call for the release of every detained journalist.

            Signed:
            Harbour Press Council
            Lakeside Media Watch

            For correspondence: Myanmar Press Freedom Solidarity Network, secretariat@example.org

            1 / 2 … 2 / 2
            """);

        Assert.Equal(["Harbour Press Council", "Lakeside Media Watch"], draft.Signatories.Select(s => s.Name));
        Assert.Empty(draft.People);
    }
}
