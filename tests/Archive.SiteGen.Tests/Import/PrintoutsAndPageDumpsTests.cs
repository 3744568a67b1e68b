namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// How health and refugee coalitions' letters reach the importer as printouts and dumps (issue 14, holdout46): a web
/// page saved as text by a text browser (entities, link numbers, the list of links), a spreadsheet printed with its row
/// numbers and column letters, a slide deck exported as text, a Word document printed with its comment anchors and
/// its list of markup, a logo wall of name-over-town pairs, headings that say what the organizations are over entries
/// that print their own towns, and what an e-mail or a news page prints after the list. Each letter is invented, small
/// and written out in full.
/// </summary>
public class PrintoutsAndPageDumpsTests
{
    [Fact]
    public void A_page_saved_as_text_is_read_without_its_entities_link_numbers_and_list_of_links()
    {
        var draft = SignatoryShapeTests.Read("""
               [1]Saltar al contenido

               [2]Red Andina por el Acceso

                 * [3]Inicio
                 * [4]Quiénes somos
                 * [5]Contacto

            Carta abierta a Laboratorios Norte: &#8220;Precios justos&#8221;

               Publicado el 24 de octubre de 2024 &middot; Lectura de 4&nbsp;min

               ____________________________________________________________

               Quito y Lima, 23 de octubre de 2024

               Sra. Ana Torres
               Presidenta, Laboratorios Norte S.A.

               C.&nbsp;c.: Directorio de Laboratorios Norte S.A.

               De nuestra consideración:

               Le pedimos publicar el costo de producción del medicamento y ampliar la licencia a toda la región.

               Atentamente,

               Organizaciones firmantes

                 * [6]Fundación Salud Andina &#8211; Ecuador
                 * Acción por la Salud (APS) &#8211; Perú
                 * Colectivo Pulso Trans &#8211; Colombia
                 * [7]Red Mujeres &amp; VIH &#8211; Regional

               Etiquetas: [8]acceso, [9]patentes

            References

               1. https://red-andina.example.org/#contenido
               2. https://red-andina.example.org/
               3. https://red-andina.example.org/
            """);

        Assert.Equal(["Fundación Salud Andina", "Acción por la Salud (APS)", "Colectivo Pulso Trans", "Red Mujeres & VIH"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["EC", "PE", "CO", ""], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        // The letter's own dateline, not the page's posting date; the addressee, not the menu.
        Assert.Equal("2024-10-23", draft.Date.ToString());
        Assert.Equal(["Sra. Ana Torres, Presidenta, Laboratorios Norte S.A."], draft.Recipients);
        Assert.Equal(["Directorio de Laboratorios Norte S.A."], draft.Cc);
    }

    [Fact]
    public void A_name_followed_by_a_footnote_or_written_with_an_ampersand_is_left_as_printed_in_a_plain_letter()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We ask you to fund community clinics in the north.

            Sincerely,

            Gay & Lesbian Network (South Africa)
            AT&T Workers for Health (United States)
            """);

        Assert.Equal(["Gay & Lesbian Network", "AT&T Workers for Health"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_slide_deck_lists_its_signatories_in_parts_one_to_a_slide_after_a_closing_that_points_to_them()
    {
        var draft = SignatoryShapeTests.Read("""
            ==================== Slide 2 ====================

            Dear Secretary of State,

            We ask you to end charging for maternity care and to stop sharing patients' data with the Home Office.

            Yours sincerely, the organisations on the following slides

            ==================== Slide 3 ====================

            Signatories (1/2) – UK health organisations

            • Midwives for All (London)
            • Clinic Access Network (Leeds)

            Speaker notes:
            Thank the two networks that joined on Friday.

            ==================== Slide 4 ====================

            Signatories (2/2) – International solidarity

            • Refugee Health Alliance (Toronto, Canada)

            Health workers signing in a personal capacity

            • Dr Ama Boateng – GP (Birmingham)

            Speaker notes:
            More than 400 health workers signed the petition.

            ==================== Slide 5 ====================

            What you can do

            → Ask a written question on the charging review
            → Join the drop-in: Committee Room 10, 13 May, 12:30–14:00
            """);

        Assert.Equal(["Midwives for All", "Clinic Access Network", "Refugee Health Alliance"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["GB", "GB", "CA"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Equal(["Dr Ama Boateng"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_spreadsheet_printed_with_row_numbers_and_column_letters_is_read_as_its_sheets_hold_it()
    {
        var draft = SignatoryShapeTests.Read("""
            Joint_letter_FINAL.xlsx                                              Printed 05/11/2025 10:17

            Sheet: Letter                                                        Page 1 of 3

                 |  A
            -----+-------------------------------------------------------------------------
               1 |  JOINT LETTER – ENDING CHILDHOOD STATELESSNESS
               2 |
               3 |  Brussels, 4 November 2025
               4 |
               5 |  Dear Commissioners,
               6 |
               7 |  We ask you to issue guidance on identifying statelessness during screening.
               8 |
               9 |  Yours sincerely,
              10 |  The organisations and individuals listed in the sheets "Signatories" and "Individuals"

            Joint_letter_FINAL.xlsx                                              Printed 05/11/2025 10:17

            Sheet: Signatories                                                   Page 2 of 3

                 |  A   |  B                                   |  C              |  D
            -----+------+--------------------------------------+-----------------+--------------
               1 |  #   |  Organisation                        |  Country        |  Type
               2 |  1   |  Nationality For All Network         |  Netherlands    |  Network
               3 |  2   |  Birth Registration Watch            |  Austria        |  NGO
               4 |  3   |  Stateless Children Legal Aid        |  Malta          |  NGO
               5 |      |                                      |                 |
               6 |      |  Total organisations: 3              |                 |

            Joint_letter_FINAL.xlsx                                              Printed 05/11/2025 10:17

            Sheet: Individuals                                                   Page 3 of 3

                 |  A   |  B                          |  C                                    |  D
            -----+------+-----------------------------+---------------------------------------+-----------
               1 |  #   |  Name (personal capacity)   |  Affiliation (for identification)     |  Country
               2 |  1   |  Dr. Ines Kovač              |  Faculty of Law, University of Zagreb |  Croatia
            """);

        Assert.Equal(["Nationality For All Network", "Birth Registration Watch", "Stateless Children Legal Aid"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["NL", "AT", "MT"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Equal(["Dr. Ines Kovač"], draft.People.Select(p => p.Name));
        Assert.Equal("2025-11-04", draft.Date.ToString());
    }

    [Fact]
    public void A_printed_word_document_loses_its_comment_anchors_lettered_section_headings_and_list_of_markup()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Under-Secretary-General,

            We ask you to make the reopening of medical education a condition of humanitarian engagement.

            Yours sincerely,

            A. Health professional associations and health workers' unions

            (a) Nurses Without Borders (NWB)[KM2], Switzerland
            (b) Midwives Federation of the North, Norway

            B. Humanitarian and women's rights organisations

            (a) Women Health Workers Network[SA3], Afghanistan

            In a personal capacity (affiliations for identification only)

            Dr. Farida Noor, obstetrician, Sweden

            List of markup

            Comment [KM2]  Karin Meyer  06/12/2024 16:40
              Confirmed by e-mail this afternoon.

            Comment [SA3]  Sayed Ahmad  08/12/2024 09:15
              Sign as the country office.
            """);

        Assert.Equal(["Nurses Without Borders (NWB)", "Midwives Federation of the North", "Women Health Workers Network"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["CH", "NO", "AF"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Equal(["Dr. Farida Noor"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void Initiators_then_signatories_in_an_e_mail_whose_confidentiality_notice_follows_the_list()
    {
        var draft = SignatoryShapeTests.Read("""
            Madame la Présidente,

            Nous vous demandons de suspendre les financements liés aux expulsions.

            Nous vous prions d'agréer, Madame la Présidente, l'expression de notre haute considération.

            ORGANISATIONS CO-INITIATRICES

            Forum Sahel Migrations (Niger)

            ORGANISATIONS SIGNATAIRES

            Association des Exilés du Fleuve – Bamako, Mali

            -----------------------------------------------------------------------------------------
            Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez
            reçu par erreur, merci d'en informer l'expéditeur.
            """);

        Assert.Equal(["Forum Sahel Migrations", "Association des Exilés du Fleuve"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["NE", "ML"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_news_pages_related_links_after_the_list_are_no_signatories()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Director-General,

            We ask you to document every attack on health care in the region.

            Sincerely,

            SUDAN
            Nurses and Midwives Union of the Nile

            Related: WHA preview: pandemic agreement, budget cuts and a crowded agenda
            Opinion: Why "medical neutrality" needs a monitoring mechanism
            """);

        Assert.Equal(["Nurses and Midwives Union of the Nile"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_logo_walls_town_and_country_under_a_name_are_where_it_is_though_the_town_is_unknown()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear High Commissioner,

            We ask you to fund the organisations that refugees lead.

            Signed,

            [logo] Refugee Youth Voices
            Nairobi, Kenya

            [logo] Lokichoggio Refugee Women's Network
            Lokichoggio, Kenya

            [logo] Settlement Teachers Collective
            Kampala, Uganda
            """);

        Assert.Equal(["Refugee Youth Voices", "Lokichoggio Refugee Women's Network", "Settlement Teachers Collective"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["KE", "KE", "UG"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void An_unknown_town_and_a_country_on_a_line_of_their_own_in_a_list_one_to_a_line_stay_an_entry()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear High Commissioner,

            We ask you to fund the organisations that refugees lead.

            Signed,

            Refugee Youth Voices (Kenya)
            Amani Wetu, Kenya
            Settlement Teachers Collective (Uganda)
            """);

        Assert.Equal(["Refugee Youth Voices", "Amani Wetu", "Settlement Teachers Collective"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_town_an_entry_prints_says_where_it_sits_under_a_heading_that_says_what_the_organizations_are()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Chair,

            We ask the Committee to confirm that the humanitarian exemption covers health care.

            Yours sincerely,

            Syrian organisations

            i.      Civil Defence Volunteers – Idlib
            ii.     Union of Medical Relief Organizations – Gaziantep
            iii.    Syria Relief Society – Manchester

            Regional and international organisations

            iv.     Cedar Peace Movement – Beirut
            v.      Global Health Watch

            INTERNATIONAL

            Arms Control Alliance (New York)
            """);

        Assert.Equal(["SY", "TR", "GB", "LB", "", ""], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        // The heading's places stand where the entry prints no town, and under a heading that is only a place.
        Assert.Equal(["", "", "", "", "International", "International"], draft.Signatories.Select(s => string.Join(",", s.Places.Regions)));
    }

    [Fact]
    public void A_letterhead_of_two_lines_printed_as_one_at_the_head_of_the_next_page_is_no_signatory()
    {
        // The footer, printed on every page, is set aside as a running line: the rule above it is left.
        var draft = SignatoryShapeTests.Read("""
                                 SHABAKAT AL-SIHHIYYA AL-SURIYYA
                                    Syrian Health NGOs Network

            Dear Chair,

            We ask the Committee to confirm that the humanitarian exemption covers health care.

            Yours sincerely,

            Independent Doctors Association – Azaz, Syria
            Violet Organization – Idlib, Syria

            ________________________________________________________________________________
            Joint letter to the 1267 Committee                                    Page 1 of 3


                  SHABAKAT AL-SIHHIYYA AL-SURIYYA · Syrian Health NGOs Network

            Amel Association International – Beirut, Lebanon

            ________________________________________________________________________________
            Joint letter to the 1267 Committee                                    Page 2 of 3


                  SHABAKAT AL-SIHHIYYA AL-SURIYYA · Syrian Health NGOs Network

            Contact: coordination@shnn.example.org

            ________________________________________________________________________________
            Joint letter to the 1267 Committee                                    Page 3 of 3
            """);

        Assert.Equal(["Independent Doctors Association", "Violet Organization", "Amel Association International"], draft.Signatories.Select(s => s.Name));
    }
}
