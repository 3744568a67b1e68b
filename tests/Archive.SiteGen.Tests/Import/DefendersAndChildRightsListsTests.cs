namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// How environmental defenders' networks and child-rights coalitions print their lists (issue 14, holdout45): a
/// sentence that says who signs run in with the list, sections numbered in Roman figures and the office that signs for
/// the coalition, a newsletter's next item after the list, a legend of the marks after names, a German page's
/// headings, a group's thread that quotes the letter again, a page's front matter, a salutation wrapped onto a second
/// line, and "(Regional)" in two columns. Each letter is invented, small and written out in full.
/// </summary>
public class DefendersAndChildRightsListsTests
{
    [Theory]
    [InlineData("Firman esta carta las siguientes organizaciones:")]
    [InlineData("Esta carta es firmada por las siguientes organizaciones:")]
    [InlineData("Cette lettre est signée par les organisations suivantes :")]
    [InlineData("Assinam esta carta as seguintes organizações:")]
    public void A_sentence_that_says_who_signs_heads_the_list_run_in_after_it(string heading)
    {
        var draft = SignatoryShapeTests.Read($"""
            Estimados Estados Parte:

            Les pedimos proteger a las personas defensoras del ambiente.

            Atentamente,

            {heading} Red Andina de Defensoras Ambientales (Regional); Fundación Ríos Libres (Chile); Colectivo Selva Viva (Perú).
            """);

        Assert.Equal(["Red Andina de Defensoras Ambientales", "Fundación Ríos Libres", "Colectivo Selva Viva"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["", "CL", "PE"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void Sections_numbered_in_roman_figures_and_the_office_that_signs_for_the_coalition_are_no_signers()
    {
        var draft = SignatoryShapeTests.Read("""
            Excellence Monsieur le Président,

            Nous vous demandons de protéger les enfants des zones minières.

            Veuillez agréer, Excellence, l'expression de notre très haute considération.

            Pour la coalition,
            Le Secrétariat exécutif de CODELAC

            LISTE DES ORGANISATIONS SIGNATAIRES

            I. Plateformes et coalitions nationales d'ONG

            Coalition des droits de l'enfant du Lac (CODELAC), Goma, RDC
            Forum des ONG du Kivu, Bukavu, RDC

            II. Organisations de défense des droits de l'enfant

            Bureau pour l'Enfance du Lac, Uvira, RDC

            III. Organisations et réseaux internationaux

            Enfance Monde, Genève, Suisse
            """);

        Assert.Equal(["Coalition des droits de l'enfant du Lac (CODELAC)", "Forum des ONG du Kivu", "Bureau pour l'Enfance du Lac", "Enfance Monde"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["CD", "CD", "CD", "CH"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_newsletters_next_item_between_its_rules_ends_the_list()
    {
        var draft = SignatoryShapeTests.Read("""
            ---------------------------------------------------------------------
            1. OUR JOINT LETTER TO THE BANK PRESIDENTS
            ---------------------------------------------------------------------

            Dear Presidents,

            We ask you to act on reprisals against people who raise concerns about your projects.

            Sincerely,

              - Lake Defenders Watch - Kenya
              - River Rights Centre - Uganda
              - Forest Peoples Desk - Liberia

            ---------------------------------------------------------------------
            2. SPRING MEETINGS: WHAT WE HEARD
            ---------------------------------------------------------------------

            Bank staff said a note on reprisals is being drafted, but not whether
            it would bind clients. Several offices asked for the case list.

            ---------------------------------------------------------------------
            3. CASE UPDATES
            ---------------------------------------------------------------------

            HONDURAS - The hearing in the case of the land defenders was postponed.
            """);

        Assert.Equal(["Lake Defenders Watch", "River Rights Centre", "Forest Peoples Desk"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["KE", "UG", "LR"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_legend_of_the_marks_after_names_is_no_signer()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Members of the Committees,

            We ask you to address the institutionalisation of children with disabilities.

            SIGNATORIES

            Markers: ¹ organisation of persons with disabilities (OPD); ² organisation of parents and families; * endorsed after 26 August

            1.  Family Life Alliance¹, Geneva, Switzerland
            2.  Inclusion Lakes², Kampala, Uganda
            3.  Children's Homes Watch*, London, United Kingdom
            """);

        Assert.Equal(["Family Life Alliance", "Inclusion Lakes", "Children's Homes Watch"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["CH", "UG", "GB"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_german_pages_headings_of_kinds_and_of_individuals_and_its_downloads_are_no_signers()
    {
        var draft = SignatoryShapeTests.Read("""
            Sehr geehrter Herr Bundeskanzler,

            wir fordern Sie auf, die Zusagen zur internationalen Klimafinanzierung einzuhalten.

            Mit freundlichen Grüßen

            Erstunterzeichnende Organisationen

            Bündnis Klimagerechtigkeit Nord, Berlin
            Kinderhilfe am Fluss, Köln

            Internationale Partnerorganisationen

            Lake Climate Network, Nairobi, Kenia
            Climate Justice Alliance International, weltweit

            Einzelpersonen

            Prof. Dr. Annegret Wittmann, Universität Kassel

            Downloads
            Offener Brief (PDF, 212 KB)
            """);

        Assert.Equal(["Bündnis Klimagerechtigkeit Nord", "Kinderhilfe am Fluss", "Lake Climate Network", "Climate Justice Alliance International"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["DE", "DE", "KE", ""], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Equal(["weltweit"], draft.Signatories[3].Places.Regions);
        Assert.Equal(["Prof. Dr. Annegret Wittmann"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_groups_thread_is_read_from_the_message_that_carries_the_letter_and_its_quoted_copy_is_left_out()
    {
        var draft = SignatoryShapeTests.Read("""
            Google Groups

            Joint letter to the COP Presidency - FINAL, sent today
            2 messages

            Amara Nwosu <secretariat@childclimate.example.org>                Mon, Oct 28, 2024 at 9:12 AM
            To: child-climate@groups.example.com

            Dear colleagues,

            The letter below was sent this morning. Thank you all for signing.

            Warm regards,
            Amara

            --

            28 October 2024

            H.E. Mr. Mukhtar Babayev, COP29 President-Designate

            Dear President-Designate,

            We ask you to put children at the centre of the climate finance goal agreed in Baku.

            Yours sincerely,

            Lake Child Rights Coalition – Uganda
            Coastal Children's Forum – Kenya
            Island Youth Council – Fiji

            --
            Amara Nwosu
            Secretariat, Child Climate Coalitions

            Tanvir Hossain <tanvir@example.org>                  Tue, Oct 29, 2024 at 7:40 AM
            To: child-climate@groups.example.com

            Thank you Amara! We shared the letter with the press today.

            Best,
            Tanvir

            On Mon, 28 Oct 2024 at 09:12, Amara Nwosu <secretariat@childclimate.example.org> wrote:
            > 28 October 2024
            >
            > Dear President-Designate,
            >
            > We ask you to put children at the centre of the climate finance goal agreed in Baku.
            >
            > Yours sincerely,
            >
            > Lake Child Rights Coalition – Uganda
            > Coastal Children's Forum – Kenya
            > Island Youth Council – Fiji
            """);

        Assert.Equal("2024-10-28", draft.Date.ToString());
        Assert.Equal(["Lake Child Rights Coalition", "Coastal Children's Forum", "Island Youth Council"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["UG", "KE", "FJ"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Empty(draft.People);
    }

    [Fact]
    public void A_pages_front_matter_date_is_when_it_was_posted_and_the_letters_dateline_is_its_date()
    {
        var draft = SignatoryShapeTests.Read("""
            ---
            title: "Open letter to the Board ahead of B.40"
            layout: post
            date: 2024-10-16
            tags: [gcf, letters]
            ---

            # Open letter to the Board ahead of B.40

            **14 October 2024**

            Dear Co-Chairs,

            We ask you not to approve proposals without the consent of the communities concerned.

            ## Signatories

            | Organisation | Country |
            |---|---|
            | Forest Peoples Network | Indonesia |
            | Mekong Rivers Watch | Thailand |
            """);

        Assert.Equal("2024-10-14", draft.Date.ToString());
        Assert.Equal(["Forest Peoples Network", "Mekong Rivers Watch"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_memos_headers_between_two_rules_are_the_letters_own_and_no_front_matter()
    {
        var draft = SignatoryShapeTests.Read("""
            ---
            To: Minister of Environment
            Date: 3 May 2025
            Re: Protection of land defenders
            ---

            We ask you to protect the defenders of the river valley, whose leaders have been threatened again this month.

            Signed:
            Valley Defenders Network (Honduras)
            River Rights Centre (Guatemala)
            """);

        Assert.Equal("2025-05-03", draft.Date.ToString());
        Assert.Equal(["Minister of Environment"], draft.Recipients);
    }

    [Fact]
    public void A_salutation_wrapped_onto_a_second_line_over_a_text_wrapped_narrow_ends_the_header()
    {
        var draft = SignatoryShapeTests.Read("""
            22 April 2025

            Mr. Ajay Banga, President, World Bank Group

            Executive Directors of the World Bank Group

            Dear President Banga, dear Executive Directors of the World
            Bank Group,

            Over the past two years, our organisations have documented dozens
            of cases in which community members were threatened, arrested or
            sued after they raised concerns about projects you finance.

            Sincerely,

            Lake Defenders Watch - Kenya
            River Rights Centre - Uganda
            """);

        Assert.Equal("2025-04-22", draft.Date.ToString());
        Assert.Contains("Mr. Ajay Banga, President, World Bank Group", draft.Recipients);
    }

    [Fact]
    public void A_scope_mark_in_two_columns_ends_its_entry_and_is_not_part_of_the_name()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Chair,

            We ask the company to suspend the mine's expansion until the communities have consented.

            Signatory organisations (in alphabetical order)

            Asia Solidarity Coalition (Regional)                          Mining Watch Collective (Indonesia)
            BankWatchers (Netherlands)                                    Rainforest Defenders (United States)
            Church of the Islands (Fiji)                                  Sago Network (Indonesia)
            """);

        // The columns are read one after the other, as the list runs down each.
        Assert.Equal(["Asia Solidarity Coalition", "BankWatchers", "Church of the Islands", "Mining Watch Collective", "Rainforest Defenders", "Sago Network"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["", "NL", "FJ", "ID", "US", "ID"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }
}
