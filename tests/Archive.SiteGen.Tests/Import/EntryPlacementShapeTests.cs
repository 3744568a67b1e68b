using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Where a list puts its entries and their places (issue 14, the round for holdout11 and holdout12): the list in an
/// annex after the references, several entries to a line between bars, the city and the country on indented lines
/// under each name, and a form export whose fields repeat the same value. Each letter is invented, small and written
/// out in full.
/// </summary>
public class EntryPlacementShapeTests
{
    [Fact]
    public void A_list_printed_in_an_annex_after_the_references_is_read_from_the_annex()
    {
        var draft = Read("""
            Dear Ministers,

            The lake districts have been without clean water for a year [1]. We ask you to act now [2].

            Yours faithfully,

            The signatory organisations (listed in the annex)

            Sources

            [1] Lake Districts Water Survey, Third Report, March 2011.
            [2] Statement of the Regional Water Board, 2 April 2011.

            ANNEX – LIST OF SIGNATORIES

            Andean Water Watch (Bolivia)
            Lake Region Peace Forum (Kenya)
            Coastal Fishers' Union (Ghana)

            Individual signatories

            Prof. Ana Quispe, Universidad del Lago (Bolivia)
            """);

        Assert.Equal(
            ["Andean Water Watch | BO | ", "Lake Region Peace Forum | KE | ", "Coastal Fishers' Union | GH | "],
            draft.Signatories.Select(Describe));
        Assert.Equal(["Prof. Ana Quispe"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_closing_that_does_not_point_to_an_annex_keeps_its_own_list_before_the_notes()
    {
        var draft = Read("""
            Dear Ministers,

            The lake districts have been without clean water for a year.

            Sincerely,

            Andean Water Watch (Bolivia)
            Lake Region Peace Forum (Kenya)

            [1] Lake Districts Water Survey, Third Report, March 2011.

            Annex: Signatories of the 2010 appeal

            Mountain Women's Network (Nepal)
            """);

        Assert.Equal(["Andean Water Watch | BO | ", "Lake Region Peace Forum | KE | "], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void Several_entries_to_a_line_between_bars_are_one_signatory_each()
    {
        var draft = Read("""
            Dear Secretary-General,

            We ask you to send observers to the lake districts.

            Signed,

            Andean Water Watch (Bolivia) | Lake Region Peace Forum (Kenya) | Coastal Fishers' Union (Ghana)
            Mountain Women's Network (International) | Delta Farmers' Alliance (Nigeria)

            Individuals (signing in a personal capacity): Dr. Ana Quispe (Bolivia) | Prof. John Otieno (Kenya)
            """);

        Assert.Equal(
            [
                "Andean Water Watch | BO | ",
                "Lake Region Peace Forum | KE | ",
                "Coastal Fishers' Union | GH | ",
                "Mountain Women's Network |  | International",
                "Delta Farmers' Alliance | NG | ",
            ],
            draft.Signatories.Select(Describe));
        Assert.Equal(["Dr. Ana Quispe", "Prof. John Otieno"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_name_with_its_city_and_its_country_on_indented_lines_under_it_takes_them_as_its_places()
    {
        var draft = Read("""
            Sehr geehrte Damen und Herren,

            wir bitten Sie, die Gemeinden am See zu schützen.

            Mit freundlichen Grüßen

            Unterzeichnende Organisationen:

            Seenetzwerk e.V.
                Konstanz
                Deutschland

            Lake Region Peace Forum (LRPF)
                Kisumu
                Kenia

            Coastal Fishers' Union
                Vereinigtes Königreich

            Delta Water Trust
                Bristol
                Vereinigtes Königreich

            Andean Water Watch
                La Paz
                Vereinigtes Königreich
            """);

        Assert.Equal(
            [
                "Seenetzwerk e.V. | DE | ",
                "Lake Region Peace Forum (LRPF) | KE | ",
                "Coastal Fishers' Union | GB | ",
                "Delta Water Trust | GB | ",
                "Andean Water Watch | GB | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_name_that_leaves_a_bracket_open_goes_on_on_the_indented_line_under_it()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to protect the people of the lake districts.

            Sincerely,

            Andean Water Watch, Bolivia
            Lake Region Peace Forum (Kenya and
                Uganda)
            Coastal Fishers' Union, Ghana
            """);

        Assert.Equal(
            ["Andean Water Watch | BO | ", "Lake Region Peace Forum | KE,UG | ", "Coastal Fishers' Union | GH | "],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_form_export_whose_fields_repeat_the_same_value_keeps_every_record_and_its_individuals_without_their_country()
    {
        var draft = Read("""
            Dear Members of the Council,

            We ask you to protect the people of the lake districts.

            Sincerely,

            === Signatures received through the form ===

            Entry #1   (2021-03-01 09:00)
            Signing as: Organisation
            Organisation name: Delta Water Trust
            Country: United Kingdom
            Contact e-mail: info@example.org
            ----------------------------
            Entry #2   (2021-03-01 10:15)
            Signing as: Organisation
            Organisation name: Coastal Fishers' Union
            Country: United Kingdom
            Contact e-mail: info@example.org
            ----------------------------
            Entry #3   (2021-03-02 11:30)
            Signing as: Organisation
            Organisation name: Andean Water Watch
            Country: Bolivia
            Contact e-mail: info@example.org
            ----------------------------
            Entry #4   (2021-03-02 12:45)
            Signing as: Individual
            Name: Dr. Miriam Achieng
            Country: Kenya
            Contact e-mail: m.achieng@example.org
            ----------------------------
            Entry #5   (2021-03-03 08:20)
            Signing as: Organisation
            Organisation name: Island Peace Forum
            Country: United Kingdom
            Contact e-mail: office@example.org

            === End of the export: 4 organisations, 1 individual ===
            """);

        Assert.Equal(
            [
                "Delta Water Trust | GB | ",
                "Coastal Fishers' Union | GB | ",
                "Andean Water Watch | BO | ",
                "Island Peace Forum | GB | ",
            ],
            draft.Signatories.Select(Describe));
        Assert.Equal(["Dr. Miriam Achieng"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_flag_before_a_name_is_its_country_and_a_globe_is_international()
    {
        var draft = Read("""
            Dear Ministers,

            ✅ protect the people of the lake districts;
            ✅ let the water boards work.

            ✍️ Signed by ✍️

            🇧🇴 Andean Water Watch
            🇰🇪 Lake Region Peace Forum (LRPF)
            🇳🇬 Delta Farmers' Alliance
            🌏 Mountain Women's Network

            🙋 Individuals:
            🇰🇪 Prof. John Otieno, hydrologist
            """);

        Assert.Equal(
            [
                "Andean Water Watch | BO | ",
                "Lake Region Peace Forum (LRPF) | KE | ",
                "Delta Farmers' Alliance | NG | ",
                "Mountain Women's Network |  | International",
            ],
            draft.Signatories.Select(Describe));
        Assert.Equal(["Prof. John Otieno"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void Heads_signing_for_their_organisations_one_line_each_give_the_organization_without_its_unit_or_city()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to protect the people of the lake districts.

            Signed, for their organisations, by:

            Amina Odhiambo, Executive Director, Lake Region Peace Forum, Kisumu
            Carlos Mamani, Coordinator, Andean Water Watch, Bolivia
            Dr. Peter Lindqvist, Senior Researcher, Africa Programme, Delta Water Trust
            """);

        Assert.Equal(
            ["Lake Region Peace Forum | KE | ", "Andean Water Watch | BO | ", "Delta Water Trust |  | "],
            draft.Signatories.Select(Describe));
        Assert.Equal(["Amina Odhiambo", "Carlos Mamani", "Dr. Peter Lindqvist"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_press_release_whose_numbered_note_holds_the_list_reads_that_note_and_stops_at_the_next()
    {
        var draft = Read("""
            PRESS RELEASE

            Water boards must reopen the lake districts' wells, say three organisations

            NAIROBI – Three organisations today asked the ministers of the lake districts to reopen the wells.

            – ENDS –

            Notes to editors

            1. The letter was sent to the ministers on 3 March 2021.

            2. The letter is signed by the following organisations:

               • Andean Water Watch (Bolivia)
               • Lake Region Peace Forum (Kenya)
               • Coastal Fishers' Union (Ghana)

            3. The wells were closed in 2019 after a drought, and the boards have not met since then.

            About the signatories: the letter was drafted by a group of lake organisations; the Delta Farmers' Alliance
            was consulted but did not sign it.
            """);

        Assert.Equal(
            ["Andean Water Watch | BO | ", "Lake Region Peace Forum | KE | ", "Coastal Fishers' Union | GH | "],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void People_run_in_after_their_heading_with_a_country_code_and_a_title_are_named_without_either()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to protect the people of the lake districts.

            Signed by: Andean Water Watch (BO); Lake Region Peace Forum (KE); and Coastal Fishers' Union (GH).

            Individuals: Miriam Achieng (KE), hydrologist; and Dr. Carlos Mamani (BO), water engineer.
            """);

        Assert.Equal(
            ["Miriam Achieng: hydrologist", "Dr. Carlos Mamani: water engineer"],
            draft.People.Select(p => $"{p.Name}: {string.Join("; ", p.Roles.Select(r => r.Title ?? r.Affiliation))}"));
    }

    [Fact]
    public void An_entry_whose_signature_was_removed_at_its_request_is_not_a_signatory()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to protect the people of the lake districts.

            Signatories:

            Andean Water Watch, Bolivia
            Lake Region Peace Forum, Kenya (signature removed at their request)
            Coastal Fishers' Union, Ghana
            """);

        Assert.Equal(["Andean Water Watch | BO | ", "Coastal Fishers' Union | GH | "], draft.Signatories.Select(Describe));
    }

    private static LetterDraft Read(string text) => SignatoryShapeTests.Read(text);

    private static string Describe(PrintedSignatory s) =>
        $"{s.Name} | {string.Join(",", s.Places.Countries)} | {string.Join(",", s.Places.Regions)}";
}
