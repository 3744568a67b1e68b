namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// How labour, climate, child-rights, LGBTI and digital-rights coalitions collect and print their lists (issue 14,
/// holdout50): sign-ons added one message at a time in a group chat, a form's answers laid out with bars in Dutch, a
/// letter kept in a code repository with its list in a file of its own, members' counts, a letter quoted in a reply
/// under a note, groups too short to show their columns, and closings that sign for a coalition and the others. Each
/// letter is invented, small and written out in full.
/// </summary>
public class LabourClimateAndDigitalRightsListsTests
{
    [Fact]
    public void A_group_chat_gives_the_letter_its_text_and_the_entries_its_messages_add_without_the_talk()
    {
        var draft = SignatoryShapeTests.Read("""
            WhatsApp Chat with Wage Solidarity

            [18/11/2023, 21:04:17] Rina Akter created group "Wage Solidarity"
            [18/11/2023, 21:07:39] Rina Akter: *JOINT LETTER – FINAL TEXT*

            Dhaka, 20 November 2023

            To: The State Minister, Ministry of Labour and Employment

            Dear Hon'ble State Minister,

            We write about the cases filed against garment workers after the wage protests, and ask you to withdraw them.

            Sincerely,

            INITIATING ORGANISATIONS
            1. Workers' Justice Platform, Dhaka
            2. Garment Workers' Forum, Dhaka

            ENDORSING ORGANISATIONS
            (add yours below in this group)
            [18/11/2023, 21:15:48] Mitu Das: Please add Working Women's Centre, Dhaka
            [18/11/2023, 21:16:03] Rina Akter: ✅
            [18/11/2023, 21:31:27] +880 1711-48xxxx: Labour Rights Foundation (Dhaka) signs. Thank you apa
            [18/11/2023, 22:05:49] Mitu Das: This message was deleted
            [19/11/2023, 07:48:14] Karim Ali: Good morning. Garment Union Centre (GUC), Dhaka
            [19/11/2023, 07:52:40] Karim Ali: and our sister org Savar Workers' Forum, Savar
            [19/11/2023, 10:03:58] Lena Vogt: Hello from Bonn! Women's Network e.V., Bonn, Germany – with full solidarity
            [19/11/2023, 10:21:36] Joost Smit: I'll also check with Label Watch and Fair Wear, they are in different time zones
            [19/11/2023, 13:40:51] Anna Berg: Church Aid Sweden, Uppsala, Sweden. Our office in Dhaka will follow up.
            [19/11/2023, 19:05:33] Dewi Sari: From Jakarta: Labour Rights Group (LRG) and Perkumpulan Buruh, both Jakarta, Indonesia
            [19/11/2023, 21:45:37] Arun Rao: Please add Garment Alliance – South Asia
            [19/11/2023, 22:14:08] Nila Roy: Can individuals sign? If yes please add me in personal capacity: "Dr. Nila Roy, Professor of Economics, University of Dhaka"
            [20/11/2023, 07:10:29] Ali Khan: Global Garment Union – global
            [20/11/2023, 10:05:40] Rina Akter: List closed. Letter sent to the Ministry by email and hand delivery.
            [20/11/2023, 13:28:10] Rina Akter: Receipt from the Ministry 👆 Press conference tomorrow at the Reporters' Unity
            """);

        Assert.Equal("2023-11-20", draft.Date?.ToString());
        Assert.Equal(
            ["Workers' Justice Platform", "Garment Workers' Forum", "Working Women's Centre", "Labour Rights Foundation", "Garment Union Centre (GUC)", "Savar Workers' Forum",
                "Women's Network e.V.", "Church Aid Sweden", "Labour Rights Group (LRG)", "Perkumpulan Buruh", "Garment Alliance", "Global Garment Union"],
            draft.Signatories.Select(s => s.Name));
        Assert.Equal(["BD", "BD", "BD", "BD", "BD", "BD", "DE", "SE", "ID", "ID", "", ""], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Contains("Dr. Nila Roy", draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_forms_answers_with_their_timestamps_above_the_letter_are_no_chat()
    {
        // A chat prints its time in brackets or before a dash; a form's answers print it before a tab.
        var draft = SignatoryShapeTests.Read(
            "Early-warning statement – sign-on (Responses)\n\n" +
            "Timestamp\tOrganisation name\tCountry\n" +
            "31/03/2025 10:12:44\tRiver Peace Organization\tSouth Sudan\n" +
            "31/03/2025 10:40:02\tLaw Society of the Nile\tsouth sudan\n" +
            "01/04/2025 08:15:07\tHuman Rights Focus\tUganda\n" +
            "01/04/2025 16:20:45\tNorwegian Church Aid\tSouth Sudan\n" +
            "02/04/2025 09:02:39\tAct for Peace\tAustralia\n\n" +
            "-----\n\n" +
            "8 April 2025\n\n" +
            "To: Members of the United Nations Security Council\n\n" +
            "Excellencies,\n\n" +
            "We write to warn the Council of the risk of atrocities.\n\n" +
            "The full list of signatories is in the attached responses sheet.\n");

        Assert.Equal(["River Peace Organization", "Law Society of the Nile", "Human Rights Focus", "Norwegian Church Aid", "Act for Peace"], draft.Signatories.Select(s => s.Name));
        Assert.Equal("2025-04-08", draft.Date?.ToString());
    }

    [Fact]
    public void A_forms_answers_laid_out_with_bars_in_dutch_give_organizations_and_the_people_who_sign_as_themselves()
    {
        var draft = SignatoryShapeTests.Read("""
            Geachte mevrouw de Voorzitter,

            Wij vragen u het verbod te veroordelen.

            Met vriendelijke groet,

            De ondertekenende organisaties en personen (zie hieronder)

            Tijdstempel        | Ik teken als | Naam organisatie           | Land       | Ondertekend door (naam, functie) – optioneel
            7-4-2025 10:02:41  | Organisatie  | Regenboog Netwerk          | Nederland  |
            7-4-2025 10:15:09  | Organisatie  | Trans Rechten Collectief   | Nederland  | Jan de Vries, voorzitter
            10-4-2025 16:09:03 | Persoon      | Prof. dr. Marieke de Groot | Nederland  |
            13-4-2025 19:22:36 | Persoon      | Bram Visser                | Nederland  |
            """);

        Assert.Equal(["Regenboog Netwerk", "Trans Rechten Collectief"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["NL", "NL"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Equal(["Jan de Vries", "Prof. dr. Marieke de Groot", "Bram Visser"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_letter_kept_in_a_code_repository_is_signed_by_the_list_in_the_file_it_points_to()
    {
        var draft = SignatoryShapeTests.Read("""
            civic-watch / eu-open-letter                                      Public

            README.md    CC-BY-4.0 license

            Open letter: no signature without safeguards

            Signatories: see SIGNATORIES.md (updated until the letter was sent)

            Brussels, 14 October 2025

            Dear President,

            We ask you to refuse consent until the safeguards are binding.

            Yours sincerely,

            The organisations and individuals listed in SIGNATORIES.md

            How to sign
            Organisations: open a pull request adding one line to SIGNATORIES.md in the format "Name — Country".

            About
            Contributors 17

            ──────────────────────────────────────────────────────────────────────────────

            civic-watch / eu-open-letter / SIGNATORIES.md

            Signatories

            Organisations

            - Digital Rights Europe — Belgium (#1)
            - Human Rights Watch — Belgium (Brussels office) (#12)
            - Open Net Initiative — Nigeria (#47)
            """);

        Assert.Equal(["Digital Rights Europe", "Human Rights Watch", "Open Net Initiative"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["BE", "BE", "NG"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    // One list of file extensions serves a pasted folder's markers, a heading's "see …" and a closing's "listed in …":
    // a list kept as a table, a document or a web page is pointed to the same way as one kept as Markdown.
    [Theory]
    [InlineData("signatories.csv")]
    [InlineData("signatories.tsv")]
    [InlineData("Signatories_FINAL.xlsx")]
    [InlineData("firmantes.docx")]
    [InlineData("signataires.pdf")]
    [InlineData("signers.html")]
    [InlineData("signatories.json")]
    public void A_list_kept_in_a_table_a_document_or_a_page_is_pointed_to_like_one_kept_in_markdown(string file)
    {
        var draft = SignatoryShapeTests.Read($"""
            Open letter: no signature without safeguards

            Signatories: see {file}

            Brussels, 14 October 2025

            Dear President,

            We ask you to refuse consent until the safeguards are binding.

            Yours sincerely,

            The organisations listed in {file}

            ──────────────────────────────────────────────────────────────────────────────

            civic-watch / eu-open-letter / {file}

            Signatories

            - Digital Rights Europe — Belgium
            - Open Net Initiative — Nigeria
            """);

        Assert.Equal(["Digital Rights Europe", "Open Net Initiative"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["BE", "NG"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_members_count_after_an_entry_is_no_part_of_it_and_a_long_acronym_holds_a_name_with_commas_together()
    {
        var draft = SignatoryShapeTests.Read("""
            Your Excellencies,

            We ask you to end the kafala system.

            Respectfully,

            TRADE UNIONS
            - Builders' International (BWI) (International) – 12 million members
            - General Federation of Valley Trade Unions (GEFVTU) (Nepal) – 400,000 members
            - Kenya Union of Domestic, Hotels, Educational Institutions, Hospitals and Allied Workers (KUDHEIHA) (Kenya)
            - Migrant Forum of the Islands (MFI) (Philippines) – 50 member organisations
            """);

        Assert.Equal(["Builders' International (BWI)", "General Federation of Valley Trade Unions (GEFVTU)",
            "Kenya Union of Domestic, Hotels, Educational Institutions, Hospitals and Allied Workers (KUDHEIHA)", "Migrant Forum of the Islands (MFI)"],
            draft.Signatories.Select(s => s.Name));
        Assert.Equal(["", "NP", "KE", "PH"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_letter_quoted_in_a_reply_under_a_note_that_it_follows_keeps_its_date_and_recipients()
    {
        var draft = SignatoryShapeTests.Read("""
            From: Sunita Rai <sunita@example.org>
            Date: Thu, 19 Dec 2024 10:42:15 +0545
            Subject: Re: Joint letter – did our name go in?

            Dear Ram,

            Yes, your union is in. The full text as sent is quoted below.

            Warm regards,
            Sunita

            On Wed, 18 Dec 2024 at 08:05, Sunita Rai <sunita@example.org> wrote:
            > Dear all,
            >
            > Thank you for signing. Below is the letter as it is being sent this morning.
            >
            > ------------------------------------------------------------
            >
            > 18 December 2024 – International Migrants Day
            >
            > H.E. the Secretary-General
            > Cooperation Council for the Arab States of the Gulf
            >
            > Your Excellencies,
            >
            > We ask you to end the kafala system.
            >
            > Respectfully,
            >
            > - Valley Trade Union Congress (Nepal)
            > - Migrante Islands (Philippines)
            >
            >> On Mon, 9 Dec 2024 at 16:20, Ram <ram@example.net> wrote:
            >> Please add our union. Ram
            """);

        Assert.Equal("2024-12-18", draft.Date?.ToString());
        Assert.Equal(["H.E. the Secretary-General, Cooperation Council for the Arab States of the Gulf"], draft.Recipients);
        Assert.Equal(["Valley Trade Union Congress", "Migrante Islands"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_group_of_one_row_under_its_heading_is_read_in_the_columns_of_the_groups_above_it()
    {
        var draft = SignatoryShapeTests.Read("""
            Senhor Presidente,

            Pedimos o veto.

            Atenciosamente,

            BRASIL
            Frente por uma Transição Justa (FTJ)                    Observatório do Clima Sul
            Instituto Internacional do Vale                         Instituto de Energia Limpa (IEL)
            ClimaInfo                                               Greenpeace Brasil
            WWF-Brasil                                              Engajamundo
            Conectas Direitos Humanos                               Instituto Alana

            MOÇAMBIQUE
            Justiça Ambiental do Norte                              Mulheres e Direito – Núcleo Moçambique
            """);

        Assert.Contains("Justiça Ambiental do Norte", draft.Signatories.Select(s => s.Name));
        Assert.Contains("Mulheres e Direito – Núcleo Moçambique", draft.Signatories.Select(s => s.Name));
        Assert.Equal(12, draft.Signatories.Count);
        Assert.All(draft.Signatories.Skip(10), s => Assert.Equal(["MZ"], s.Places.Countries.Select(c => c.ToString())));
    }

    [Fact]
    public void A_closing_for_an_alliance_and_a_list_with_the_support_of_others_and_people_run_in_with_semicolons()
    {
        var draft = SignatoryShapeTests.Read("""
            Señor Presidente:

            Le pedimos que el fondo entre en funciones.

            Atentamente,

            Por la Alianza Latinoamericana y Caribeña por Pérdidas y Daños,
            Valeria Montenegro Ríos, coordinadora regional

            ORGANIZACIONES CONVOCANTES

            1. Alianza Latinoamericana y Caribeña por Pérdidas y Daños (ALC-PyD) — Regional
            2. Fundación Ambiente Sur (FAS) — Argentina

            CON EL APOYO DE

            Movimiento Ciudadano del Clima (MCC) (Perú); Plataforma Boliviana del Clima (Bolivia).

            FIRMAS INDIVIDUALES

            Dra. Lucía Ferreyra (Universidad Nacional de Córdoba, Argentina); Mtro. Andrés Quispe Mamani (investigador,
            La Paz, Bolivia); Sra. Denise Clarke-Williams (lideresa comunitaria, Kingstown).

            —

            📄 Descargar la carta en PDF · Read in English
            """);

        Assert.Equal(["Alianza Latinoamericana y Caribeña por Pérdidas y Daños (ALC-PyD)", "Fundación Ambiente Sur (FAS)", "Movimiento Ciudadano del Clima (MCC)", "Plataforma Boliviana del Clima"],
            draft.Signatories.Select(s => s.Name));
        Assert.Equal(["Valeria Montenegro Ríos", "Dra. Lucía Ferreyra", "Mtro. Andrés Quispe Mamani", "Sra. Denise Clarke-Williams"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void Signing_for_a_coalition_and_the_signatories_is_a_closing_and_a_threads_post_number_does_not_hide_a_sentence()
    {
        var draft = SignatoryShapeTests.Read("""
            Excellence,

            Nous vous demandons de protéger les enfants.

            Veuillez agréer l'expression de notre très haute considération.

            Pour le REPEK et les organisations signataires,

            Me Espérance Bahati Mugisho
            Secrétaire exécutive

            Organisations signataires :
            1) Réseau des Enfants du Kivu (REPEK) (RDC)
            2) Solidarité Enfance (Belgique)

            And in her personal capacity: Dr. Efua Mensah-Larbi, public-health physician

            Thank you to everyone who shared the letter yesterday. Follow us for updates from the Supreme Court. 7/8
            """);

        Assert.Equal(["Réseau des Enfants du Kivu (REPEK)", "Solidarité Enfance"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["Me Espérance Bahati Mugisho", "Dr. Efua Mensah-Larbi"], draft.People.Select(p => p.Name));
    }
}
