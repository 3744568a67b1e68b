using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// How humanitarian coalitions print their lists (issue 14, holdout41): the kind of each organization in brackets
/// before its place ("(national NGO, DRC)", "(INGO, DRC country office)"), an office of an international organization
/// in a country ("— Somalia Country Office"), a name with commas in it before a dash and its place, a heading with a
/// note ("International NGOs (country offices)"), two directions sharing one continent ("WEST &amp; CENTRAL AFRICA"),
/// a heading with the time the list was taken, a spreadsheet's "Status" column and its counters under the list. Each
/// letter is invented, small and written out in full. Also how such pages date a letter: a dateline of several places, a
/// page's "Originally published" under its "Posted", and the letter's kind before its date.
/// </summary>
public class HumanitarianListsTests
{
    [Fact]
    public void The_kind_of_organization_in_brackets_before_its_place_is_left_out_and_the_place_read()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Members of the Security Council,

            We ask you to protect civilians in North Kivu.

            Signed by:

            Lake Kivu Women's Solidarity (LKWS) (national NGO, DRC)
            Goma Youth for Peace (citizen movement, DRC)
            Kampala Refugee Law Initiative (INGO, Kampala, Uganda)
            Highland Relief (INGO, DRC country office)
            Harbour Aid International (INGO, Global)
            Riverside Relief (INGO, country office)
            """);

        Assert.Equal(["Lake Kivu Women's Solidarity (LKWS)", "Goma Youth for Peace", "Kampala Refugee Law Initiative", "Highland Relief", "Harbour Aid International", "Riverside Relief"],
            draft.Signatories.Select(s => s.Name));
        Assert.Equal(["CD", "CD", "UG", "CD", "", ""], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Equal(["Global"], draft.Signatories[4].Places.Regions);
    }

    [Fact]
    public void An_office_in_a_country_a_name_with_commas_before_its_dashed_place_and_a_heading_with_a_note()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear donors,

            We ask you to restore funding for the drought response.

            Signed:

            National and local NGOs
            Candlelight for Water, Land and Health — Hargeisa, Somaliland
            Gedo Women Development Centre — Baidoa, Somalia

            International NGOs (country offices)
            Highland Relief — Somalia Country Office
            Harbour Aid — Kenya Country Office
            """);

        Assert.Equal(["Candlelight for Water, Land and Health", "Gedo Women Development Centre", "Highland Relief", "Harbour Aid"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["SO", "SO", "SO", "KE"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_heading_with_the_time_the_list_was_taken_and_two_directions_of_one_continent_head_the_list()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Leaders,

            We ask you to reverse the announced cuts to development aid.

            [Comment — Joseph O.: "G7 Heads of State" rather than "G7 Leaders"? — Resolved]

            SIGNATORIES (as of 10 June 2025, 08:00 UTC)

            GLOBAL
            Harbour Aid International

            WEST & CENTRAL AFRICA
            Sahel Water Network – Mali
            Gulf of Guinea Fishers' Forum – Ghana
            Lake Chad Fishers' Union – Chad

            ---------------------------------------------------------------
            Sign-on form responses: 31 · Confirmed: 29 · Pending verification: 2
            """);

        Assert.Equal(["Harbour Aid International", "Sahel Water Network", "Gulf of Guinea Fishers' Forum", "Lake Chad Fishers' Union"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["", "ML", "GH", "TD"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Empty(draft.People);
    }

    [Fact]
    public void A_spreadsheets_status_column_is_one_more_column_of_its_table()
    {
        var draft = SignatoryShapeTests.Read(
            "Dear Emergency Relief Coordinator,\n\nWe ask you to keep funding principled humanitarian action.\n\nSigned by the organisations listed on sheet 2.\n\n"
            + "Sheet 2 of 2: \"Signatories\" (filter: Status = Confirmed)\n"
            + "#\tOrganisation\tType\tCountry of operation\tStatus\n"
            + "1\tHerat Women's Network (HWN)\tNNGO\tAfghanistan\tConfirmed\n"
            + "2\tHarbour Aid International\tINGO\tGlobal\tConfirmed\n"
            + "3\tBorderlands Relief\tNNGO\tAfghanistan, Pakistan\tConfirmed\n\n"
            + "3 rows · Last edited 06/01/2025 by Secretariat\n");

        Assert.Equal(["Herat Women's Network (HWN)", "Harbour Aid International", "Borderlands Relief"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["AF", "", "AF,PK"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Theory]
    [InlineData("Ciudad de México, Santo Domingo y Puerto Príncipe, 6 de mayo de 2025", "2025-05-06")]
    [InlineData("Originally published: 19 Aug 2025", "2025-08-19")]
    [InlineData("Joint letter — 19 August 2025", "2025-08-19")]
    public void A_dateline_of_several_places_the_originals_date_and_the_letters_kind_before_its_date_are_read(string line, string expected)
    {
        Assert.True(WrittenDate.TryParse(line, out var date, out _));
        Assert.Equal(expected, date.ToString());
    }

    [Fact]
    public void The_date_a_page_says_the_letter_was_first_published_wins_over_when_the_page_posted_it()
    {
        var draft = SignatoryShapeTests.Read("""
            Joint NGO letter to UN Security Council members on access to El Fasher

            Format: Advocacy
            Source: Sudan Relief Forum
            Posted: 20 Aug 2025
            Originally published: 19 Aug 2025

            Excellencies,

            We ask you to secure humanitarian access to El Fasher.

            Signed:

            Sudan Relief Forum (Sudan)
            Darfur Women's Network (Sudan)
            """);

        Assert.Equal("2025-08-19", draft.Date?.ToString());
    }
}
