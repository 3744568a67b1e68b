namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Shapes of South and Southeast Asian and Pacific coalitions' lists (issue 14, holdout37): cities as they print them
/// ("Jakarta Pusat", "Colombo 7", "Bacolod City", two seats "Jakarta and Dili"), a members' table whose country cells
/// stand out of line with their heading, a form's answers under a sentence that points to them, a heading of a
/// country's organisations by its adjective ("Philippine organisations"), a heading that names no one place ("Diaspora
/// and international"), a closing in a kind of solidarity and the Indonesian word for international. Each letter is invented, small and written out in full.
/// </summary>
public class AsiaPacificListsTests
{
    [Fact]
    public void A_city_printed_with_its_quarter_or_its_postal_district_gives_its_country()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear President,

            We ask you to end the militarisation of the region.

            Signed:
            Lembaga Bantuan Hukum Lakeside (LBHL) – Jakarta Pusat
            Harbour Rights Collective, Colombo 7
            Negros Defenders Circle, Bacolod City
            Lakeside Justice and Rights (LJR), Jakarta and Dili
            """);

        Assert.Equal(["Lembaga Bantuan Hukum Lakeside (LBHL)", "Harbour Rights Collective", "Negros Defenders Circle", "Lakeside Justice and Rights (LJR)"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["ID", "LK", "PH", "ID,TL"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_numbered_members_table_whose_country_cells_stand_out_of_line_gives_each_its_country()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Forum Leaders,

            We ask you to send the long-delayed mission to West Papua.

            On behalf of the following organisations:

            No.   Organisation                                                        Country
            1     Pacific Islands Lakeside Association (PILA)                          Fiji
            2     Harbour Church Aid                                     Norway
            3     Lakeside Solidarity Coalition        Australia
            """);

        Assert.Equal(["Pacific Islands Lakeside Association (PILA)", "Harbour Church Aid", "Lakeside Solidarity Coalition"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["FJ", "NO", "AU"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_forms_answers_under_a_sentence_pointing_to_them_are_the_list()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Prime Minister,

            We ask you to halt all further deportations of persons at risk.

            Signatories are listed in the form responses below.

            ---

            Timestamp	Organisation name	Country	Type of organisation	Contact email
            3/4/2025 8:02:14	Lakeside Refugee Rights Network	Thailand	National network	lrrn@example.org
            3/4/2025 8:05:51	Harbour Protection Circle	International	INGO	hpc@example.org
            """);

        Assert.Equal(["Lakeside Refugee Rights Network", "Harbour Protection Circle"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["TH", ""], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Equal(["International"], draft.Signatories[1].Places.Regions);
    }

    [Fact]
    public void A_heading_of_a_countrys_organisations_by_its_adjective_gives_them_its_country()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear President,

            We ask you to end red-tagging and cooperate with the ICC.

            MGA LUMAGDA / SIGNATORIES

            Philippine organisations
            Lakeside Alliance for Human Rights
            Harbour Defenders Network
            """);

        Assert.Equal(["Lakeside Alliance for Human Rights", "Harbour Defenders Network"], draft.Signatories.Select(s => s.Name));
        Assert.All(draft.Signatories, s => Assert.Equal(["PH"], s.Places.Countries.Select(c => c.Value)));
    }

    [Fact]
    public void A_heading_of_the_diaspora_and_international_bodies_ends_the_country_heading_above_it_and_names_no_place()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Members of the Human Rights Council,

            We ask you to adopt a strong resolution on accountability.

            Signed:

            Sri Lanka
            Lakeside Centre for Policy, Jaffna

            Diaspora and international
            Harbour Campaign for Justice, London
            Tamil Lakeside Forum
            """);

        Assert.Equal(["Lakeside Centre for Policy", "Harbour Campaign for Justice", "Tamil Lakeside Forum"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["LK", "GB", ""], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Empty(draft.Signatories[2].Places.Regions);
    }

    [Theory]
    [InlineData("Yours in Pacific solidarity,")]
    [InlineData("In feminist solidarity,")]
    [InlineData("En solidarité océanienne,")]
    public void A_closing_in_a_kind_of_solidarity_starts_the_list(string closing)
    {
        var draft = SignatoryShapeTests.Read($"""
            Dear Forum Leaders,

            We ask you to send the mission without further delay.

            {closing}

            Harbour Peace Movement – Wellington, Aotearoa Nouvelle-Zélande
            Lakeside Women's Forum – Suva
            """);

        Assert.Equal(["Harbour Peace Movement", "Lakeside Women's Forum"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["NZ", "FJ"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void The_indonesian_word_for_international_is_a_region()
    {
        var draft = SignatoryShapeTests.Read("""
            Kepada Yth. Presiden Republik Indonesia,

            Kami mendesak Presiden untuk menghentikan operasi militer.

            Hormat kami,

            1. Harbour Legal Aid – Jayapura, Indonesia
            2. Lakeside Papua Campaign – London, Inggris
            3. Lakeside Franciscans – Internasional
            """);

        Assert.Equal(["Harbour Legal Aid", "Lakeside Papua Campaign", "Lakeside Franciscans"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["ID", "GB", ""], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        // A region is kept as printed, as "Internacional" is.
        Assert.Equal(["Internasional"], draft.Signatories[2].Places.Regions);
    }
}
