using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// The layouts of whole signatory lists that coalition letters use — grouped under country headings, in columns,
/// with no closing line, printed twice, with a section of individuals — and the headers of memo-style letters.
/// Each letter is small and written out in full.
/// </summary>
public class SignatoryListShapeTests
{
    [Fact]
    public void A_place_left_alone_on_its_line_is_never_a_signatory_without_a_name_and_is_shown_as_skipped()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to protect the people of the border districts.

            Sincerely,

            Lake Region Peace Forum (Kenya)
            Mountain Women's Network (Nepal)
            (Bolivia)
            Coastal Fishers' Union (Ghana)
            """);

        Assert.DoesNotContain(draft.Signatories, s => !s.Name.Any(char.IsLetterOrDigit));
        Assert.Contains("Lake Region Peace Forum | KE | ", draft.Signatories.Select(Describe));
        Assert.Contains("Coastal Fishers' Union | GH | ", draft.Signatories.Select(Describe));
    }

    [Fact]
    public void Labels_ending_with_a_colon_and_headings_naming_a_kind_of_organization_are_never_signatories()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to protect the people of the border districts.

            Sincerely,

            Convened by:
            Lake Region Peace Forum (Kenya)

            FAITH-BASED ORGANISATIONS
            Coastal Churches Council (Ghana)
            WORLD COUNCIL OF LAKESIDE CHURCHES

            Organizzazioni italiane
            Rete Pace Lago (Italia)
            Redes de Paz Lago

            Voor de coördinatie:
            Mountain Women's Network (Nepal)
            """);

        Assert.Equal(
            ["Lake Region Peace Forum | KE | ", "Coastal Churches Council | GH | ", "WORLD COUNCIL OF LAKESIDE CHURCHES |  | ", "Rete Pace Lago | IT | ", "Redes de Paz Lago |  | ", "Mountain Women's Network | NP | "],
            draft.Signatories.Select(Describe));
        Assert.Equal(4, draft.Skipped.Count(s => s.Reason.Contains("a label over the lines below", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_form_export_of_key_value_records_gives_each_organization_with_its_country_and_leaves_the_forms_lines_out()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to protect the people of the border districts.

            The undersigned

            Organisation name: Lake Region Peace Forum
            Country: Kenya
            Type: NGO
            Contact e-mail: forum@example.org
            -----------------------------
            Entry #2   (2024-03-01 10:12)
            Signing as: Organisation
            Organisation name: Coastal Fishers' Union
            Country: Ghana
            Type: Union
            -----------------------------
            Entry #3   (2024-03-02 11:30)
            Signing as: Organisation
            Organisation name: Mountain Women's Network
            Country: Nepal
            Type: Network
            -----------------------------
            Entry #4   (2024-03-02 12:45)
            Signing as: Organisation
            Organisation name: Valley Rights Centre
            Country: Nepal
            Type: NGO
            """);

        Assert.Equal(
            ["Lake Region Peace Forum | KE | ", "Coastal Fishers' Union | GH | ", "Mountain Women's Network | NP | ", "Valley Rights Centre | NP | "],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_numbered_table_whose_name_cells_wrap_under_themselves_keeps_each_row_one_organization_with_its_country()
    {
        var draft = Read("""
            Dear Commissioners,

            We ask you to send observers to the northern districts before the vote.

            Sincerely,

            No.  Organization                                       Country
            ---  -------------------------------------------------  -----------
            1.   Coastal Fishers' Union of the Northern Lakes         Ghana
                 (CFUNL)
            2.   Mountain Women's Network for Land and Water          Nepal
                 Rights
            3.   Lake Region Peace Forum                              Kenya
            4.   Association des Juristes pour la Défense des         Togo
                 Droits des Migrants (AJDDM)
            5.   Andean Water Watch                                   Bolivia
            """);

        Assert.Equal(
            [
                "Coastal Fishers' Union of the Northern Lakes (CFUNL) | GH | ",
                "Mountain Women's Network for Land and Water Rights | NP | ",
                "Lake Region Peace Forum | KE | ",
                "Association des Juristes pour la Défense des Droits des Migrants (AJDDM) | TG | ",
                "Andean Water Watch | BO | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void Under_a_heading_a_country_in_an_organizations_name_gives_way_to_the_heading()
    {
        var draft = Read("""
            Dear Members of the Council,

            We ask you to renew the mandate of the Special Rapporteur on Eritrea.

            Signed:

            AFRICA

            Ethiopia
            - Horn of Africa Lawyers Forum
            - Eritrean Exiles Voice

            EUROPE

            - European Network for Human Rights in Eritrea (ENHRE)

            Sweden
            - Swedish Committee for Eritrea

            INTERNATIONAL

            - Global Campaign for Justice in Eritrea
            """);

        Assert.Equal(
            [
                "Horn of Africa Lawyers Forum | ET | ",
                "Eritrean Exiles Voice | ET | ",
                "European Network for Human Rights in Eritrea (ENHRE) |  | Europe",
                "Swedish Committee for Eritrea | SE | ",
                "Global Campaign for Justice in Eritrea |  | International",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void Organizations_under_a_country_heading_take_its_country_and_international_or_a_region_is_no_one_country()
    {
        var draft = Read("""
            Dear Members of the Security Council,

            We write to urge you to act on the situation in the Great Lakes region.

            Signed:

            KENYA
            Kenya Human Rights Commission
            Centre for Minority Rights Development (CEMIRIDE)

            Democratic Republic of Congo:
            Héritiers de la Justice
            Ligue des Électeurs (Burundi)

            — ESTADOS UNIDOS —
            Enough Project

            Organizations from Uganda
            Refugee Law Project

            INTERNATIONAL
            Amnesty International
            Human Rights Watch

            West Africa
            West Africa Network for Peacebuilding
            """);

        Assert.Equal(
            [
                "Kenya Human Rights Commission | KE | ",
                "Centre for Minority Rights Development (CEMIRIDE) | KE | ",
                "Héritiers de la Justice | CD | ",
                "Ligue des Électeurs | BI | ",
                "Enough Project | US | ",
                "Refugee Law Project | UG | ",
                "Amnesty International |  | International",
                "Human Rights Watch |  | International",
                "West Africa Network for Peacebuilding |  | West Africa",
            ],
            draft.Signatories.Select(Describe));
        Assert.Contains(draft.Skipped, s => s.Text == "KENYA" && s.Reason == "a heading: the organizations below it are in KE");
    }

    [Fact]
    public void A_country_on_the_line_under_an_organization_is_that_organizations_country()
    {
        var draft = Read("""
            Dear Minister,

            We write to you about the elections.

            Sincerely,

            Aegis Trust
            United Kingdom

            Kenya Human Rights Commission
            Kenya

            Human Rights Watch
            """);

        Assert.Equal(["Aegis Trust | GB | ", "Kenya Human Rights Commission | KE | ", "Human Rights Watch |  | "], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void Headings_in_mixed_case_without_blank_lines_still_head_their_groups()
    {
        var draft = Read("""
            Dear Minister,

            We write to you about the elections.

            Signatories:
            Kenya
            Kenya Human Rights Commission
            Muslims for Human Rights
            Uganda
            Refugee Law Project
            Chapter Four Uganda
            """);

        Assert.Equal(
            ["Kenya Human Rights Commission | KE | ", "Muslims for Human Rights | KE | ", "Refugee Law Project | UG | ", "Chapter Four Uganda | UG | "],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void Two_columns_under_a_header_row_give_each_organization_its_country()
    {
        var draft = Read("""
            Dear President,

            We write to you about the protection of civilians.

            Endorsed by:

            Organization                                 Country
            Kenya Human Rights Commission                Kenya
            Human Rights Network (HURINET)               Uganda
            Centro de Estudios Legales y Sociales        Argentina
            Réseau des Défenseurs  des Droits Humains    République centrafricaine
            Asia Pacific Forum                           Asia-Pacific
            Human Rights Watch
            """);

        Assert.Equal(
            [
                "Kenya Human Rights Commission | KE | ",
                "Human Rights Network (HURINET) | UG | ",
                "Centro de Estudios Legales y Sociales | AR | ",
                "Réseau des Défenseurs des Droits Humains | CF | ",
                "Asia Pacific Forum |  | Asia-Pacific",
                "Human Rights Watch |  | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void Tab_separated_columns_with_a_city_and_a_number_column_keep_the_name_and_the_country()
    {
        var draft = Read(
            "Monsieur le Ministre,\n\nNous vous écrivons.\n\nSignataires :\n\n" +
            "N°\tOrganisation\tVille\tPays\n" +
            "1\tLigue Iteka\tBujumbura\tBurundi\n" +
            "2\tAction des Chrétiens pour l'Abolition de la Torture\tParis\tFrance\n");

        Assert.Equal(["Ligue Iteka | BI | ", "Action des Chrétiens pour l'Abolition de la Torture | FR | "], draft.Signatories.Select(Describe));
        Assert.Equal("left out '1'; left out the city 'Bujumbura'", draft.Signatories[0].Note);
    }

    [Fact]
    public void Columns_without_a_header_are_read_when_the_last_cell_is_a_place()
    {
        var draft = Read(
            "Dear Minister,\n\nWe write to you.\n\nSincerely,\n\n" +
            "Genocide Alert\tGermany\n" +
            "Refugee Law Project    Kampala    Uganda\n" +
            "Human Rights Watch\n");

        Assert.Equal(["Genocide Alert | DE | ", "Refugee Law Project | UG | ", "Human Rights Watch |  | "], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_list_right_after_the_last_paragraph_with_no_closing_line_is_the_signatory_block()
    {
        var draft = Read("""
            To: Members of the Human Rights Council

            We, the undersigned organizations, urge you to renew the mandate of the Special Rapporteur. Its work has
            been essential to documenting violations since 2011.

            We thank you for your attention to these concerns.

            Kenya Human Rights Commission (Kenya)
            Human Rights Watch
            Semillas para la Democracia (Paraguay)
            OMUNGA

            For more information, please contact Jane Doe at jane@example.org.
            """);

        Assert.Equal(
            ["Kenya Human Rights Commission | KE | ", "Human Rights Watch |  | ", "Semillas para la Democracia | PY | ", "OMUNGA |  | "],
            draft.Signatories.Select(Describe));
        Assert.EndsWith("We thank you for your attention to these concerns.\n", draft.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_before_the_closing_and_again_after_it_gives_one_signatory_each_in_the_first_order_with_the_later_countries()
    {
        var draft = Read("""
            UN Member States and Permanent Missions

            13 July 2009

            Your Excellency,

            We are writing to encourage your government to support the Responsibility to Protect in the General Assembly.

            Human Rights Network Uganda

            Darfur Consortium

            The International Refugee Rights Initiative

            Yours sincerely,

            Darfur Consortium, Uganda

            Human Rights Network, Uganda

            International Refugee Rights Initiative, Uganda and the United States
            """);

        Assert.Equal(
            ["Human Rights Network Uganda | UG | ", "Darfur Consortium | UG | ", "The International Refugee Rights Initiative | UG,US | "],
            draft.Signatories.Select(Describe));
        Assert.Equal("Letter to UN Member States and Permanent Missions", draft.Title);
        Assert.Equal(["UN Member States and Permanent Missions"], draft.Recipients);
        Assert.DoesNotContain("Darfur", draft.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_body_ending_in_a_list_of_its_own_before_the_closing_is_still_body()
    {
        var draft = Read("""
            Dear Ambassador,

            We call on the Security Council to:

            - Establish a Commission of Inquiry
            - Refer the Situation to the International Criminal Court
            - Impose an Arms Embargo

            Sincerely,

            Genocide Alert (Germany)
            """);

        Assert.Equal(["Genocide Alert | DE | "], draft.Signatories.Select(Describe));
        Assert.Contains("- Impose an Arms Embargo", draft.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Signed:")]
    [InlineData("Endorsed by:")]
    [InlineData("Firman:")]
    [InlineData("Signataires :")]
    [InlineData("Co-signed by the following organisations:")]
    [InlineData("Organizations:")]
    [InlineData("Organisational signatories (in alphabetical order):")]
    [InlineData("Supported by:")]
    public void A_list_heading_with_no_closing_line_starts_the_block(string heading)
    {
        var draft = Read($"Dear Minister,\n\nWe write to urge you to protect civilians in the east of the country.\n\n{heading}\nGenocide Alert (Germany)\nAegis Trust (UK)\n");

        Assert.Equal(["Genocide Alert | DE | ", "Aegis Trust | GB | "], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_memo_header_gives_recipients_sender_date_and_subject()
    {
        var draft = Read("""
            To: Permanent Representatives to the United Nations
            From: Global Coalition for Atrocity Prevention
            Date: 4 May 2011
            Re: The situation in Côte d'Ivoire

            Excellencies,

            We write to you about the crisis.

            Signatories:
            Genocide Alert (Germany)
            """);

        Assert.Equal(["Permanent Representatives to the United Nations"], draft.Recipients);
        Assert.Equal("Global Coalition for Atrocity Prevention", draft.Letterhead);
        Assert.Equal("2011-05-04", draft.Date.ToString());
        Assert.Equal("The situation in Côte d'Ivoire", draft.Title);
        Assert.True(draft.TitleIsPrinted);
    }

    [Fact]
    public void A_spanish_memo_header_is_read_like_an_english_one()
    {
        var draft = Read("""
            Para: Ministros de Relaciones Exteriores de la OEA
            De: Coalición Regional por la Paz
            Fecha: 15 de marzo de 2010
            Asunto: Protección de civiles en Colombia

            Estimados Ministros:

            Les escribimos con preocupación por la situación de los defensores.

            Firman:
            Semillas para la Democracia (Paraguay)
            """);

        Assert.Equal(["Ministros de Relaciones Exteriores de la OEA"], draft.Recipients);
        Assert.Equal(("2010-03-15", "Protección de civiles en Colombia", "es"), (draft.Date.ToString(), draft.Title, draft.Language));
    }

    [Theory]
    [InlineData("Centro de Estudios Legales y Sociales, Buenos Aires, Argentina", "Centro de Estudios Legales y Sociales | AR | ")]
    [InlineData("Kenya Human Rights Commission, based in Nairobi, Kenya", "Kenya Human Rights Commission | KE | ")]
    [InlineData("Refugee Law Project (based in Kampala, Uganda)", "Refugee Law Project | UG | ")]
    [InlineData("International Service for Human Rights (based in Geneva)", "International Service for Human Rights | CH | ")]
    [InlineData("Darfur Relief and Documentation Centre, Sudanese Organisation in Switzerland", "Darfur Relief and Documentation Centre | CH | ")]
    [InlineData("Darfur Alert Coalition, a Sudanese organization in the United States", "Darfur Alert Coalition | US | ")]
    [InlineData("Collectif des Familles, une organisation basée en France", "Collectif des Familles | FR | ")]
    [InlineData("Protection International, an NGO based in Belgium", "Protection International | BE | ")]
    [InlineData("Aegis Trust, UK-based", "Aegis Trust | GB | ")]
    [InlineData("Red de Mujeres (Estados Unidos)", "Red de Mujeres | US | ")]
    [InlineData("Ligue des droits de l'homme (États-Unis)", "Ligue des droits de l'homme | US | ")]
    [InlineData("Genocide Watch, USA", "Genocide Watch | US | ")]
    [InlineData("Protection Approaches, UK", "Protection Approaches | GB | ")]
    [InlineData("Asociación Pro Derechos Humanos, Lima, Perú", "Asociación Pro Derechos Humanos | PE | ")]
    [InlineData("Legal Resources Centre, Dar es Salaam, Tanzania", "Legal Resources Centre | TZ | ")]
    [InlineData("Network of Women in Kenya", "Network of Women in Kenya | KE | ")]
    // A description after the name, in lower case after its article, is not part of the name.
    [InlineData("Peace Bridges, the peacebuilding programme of the Evangelical Alliance (Kenya)", "Peace Bridges | KE | ")]
    [InlineData("Sahel Women's Watch, a network of women's groups across the Sahel (Mali)", "Sahel Women's Watch | ML | ")]
    public void Where_an_organization_is_said_in_words_gives_its_country_and_is_not_part_of_its_name(string line, string expected)
    {
        var draft = Read($"Dear Minister,\n\nWe write to you.\n\nSincerely,\n\n{line}\n");

        Assert.Equal(expected, Describe(Assert.Single(draft.Signatories)));
    }

    [Fact]
    public void Individuals_in_their_personal_capacity_are_people_with_their_titles_and_affiliations_not_organizations()
    {
        var draft = Read("""
            Dear Minister,

            We write to you.

            Organizations:
            Genocide Alert (Germany)

            Individual signatories (in their personal capacity; affiliations for identification only):
            Prof. Jane Doe, Professor of Law, University of Nairobi (Kenya)
            Hon. John Okello – Member of Parliament, Uganda
            Dr. Amina Yusuf (Centre for Democracy and Development)
            Rev. Peter Mensah
            María López, Directora, Fundación Paz y Justicia, Colombia
            """);

        Assert.Equal(["Genocide Alert | DE | "], draft.Signatories.Select(Describe));
        Assert.Equal(
            [
                "Prof. Jane Doe: Professor of Law / University of Nairobi",
                "Hon. John Okello: Member of Parliament / ",
                "Dr. Amina Yusuf:  / Centre for Democracy and Development",
                "Rev. Peter Mensah: ",
                "María López: Directora / Fundación Paz y Justicia",
            ],
            draft.People.Select(p => $"{p.Name}: {string.Join("; ", p.Roles.Select(r => $"{r.Title} / {r.Affiliation}"))}"));
    }

    [Fact]
    public void A_person_with_a_title_among_the_organizations_is_a_person()
    {
        var draft = Read("Dear Minister,\n\nWe write to you.\n\nSincerely,\n\nGenocide Alert (Germany)\nDr. Jane Doe, University of Nairobi\nAegis Trust (UK)\n");

        Assert.Equal(["Genocide Alert | DE | ", "Aegis Trust | GB | "], draft.Signatories.Select(Describe));
        Assert.Equal("Dr. Jane Doe", Assert.Single(draft.People).Name);
    }

    [Fact]
    public void A_list_printed_above_the_letter_is_a_first_printing_and_the_letter_below_it_is_read_as_usual()
    {
        var draft = Read("""
            South Sudan: the Security Council must act

            Signatories:
            • Assistance Mission for Africa (AMA)
            • The Sudd Institute
            • Human Rights Watch

            ---

            14 December 2016

            Members of the United Nations Security Council

            Your Excellencies,

            We write as South Sudanese and international organisations to urge you to impose an arms embargo.

            Yours sincerely,

            Human Rights Watch [United States]
            Assistance Mission for Africa (AMA) [South Sudan]
            The Sudd Institute [South Sudan]

            ###
            """);

        Assert.Equal(
            ["Assistance Mission for Africa (AMA) | SS | ", "The Sudd Institute | SS | ", "Human Rights Watch | US | "],
            draft.Signatories.Select(Describe));
        Assert.Equal(("2016-12-14", "South Sudan: the Security Council must act"), (draft.Date.ToString(), draft.Title));
        Assert.Equal(["Members of the United Nations Security Council"], draft.Recipients);
        Assert.Equal("We write as South Sudanese and international organisations to urge you to impose an arms embargo.\n", draft.Body);
    }

    [Fact]
    public void Page_numbers_left_by_a_pdf_are_neither_body_nor_signatories()
    {
        var draft = Read("""
            Dear Minister,

            We write to you about the refugees at sea.

            Page 1 of 2

            We ask you to let them land.

            Endorsed by:
            Genocide Alert (Germany)
            Page 2 of 2
            Aegis Trust (UK)
            - 3 -
            """);

        Assert.Equal(["Genocide Alert | DE | ", "Aegis Trust | GB | "], draft.Signatories.Select(Describe));
        Assert.DoesNotContain("Page", draft.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_in_an_annex_after_the_signer_is_read_and_its_heading_is_no_organization()
    {
        var draft = Read("""
            Dear Ambassador,

            We write to you about the referral.

            Signed on behalf of the above organisations by:

            Dr. Jane Doe
            Chairperson, National Coalition of Human Rights Defenders – Uganda

            Annex: List of signatory organizations and their locations

            Amnesty International, London, United Kingdom
            Human Rights House Foundation, with offices in Norway and Switzerland
            """);

        Assert.Equal(["Amnesty International | GB | ", "Human Rights House Foundation | NO,CH | "], draft.Signatories.Select(Describe));
        var person = Assert.Single(draft.People);
        Assert.Equal(("Dr. Jane Doe", "Chairperson", "National Coalition of Human Rights Defenders – Uganda"), (person.Name, person.Roles[0].Title, person.Roles[0].Affiliation));
    }

    [Fact]
    public void A_signer_with_a_title_an_affiliation_and_a_city_under_the_name_is_one_person()
    {
        var draft = Read("""
            Dear Ambassador,

            We write to you about Goma.

            On behalf of the undersigned organizations,

            Jean-Paul Mukendi
            Convenor, Civil Society Working Group on Early Warning
            Montreal Institute for Genocide and Human Rights Studies
            Goma, North Kivu

            SIGNATORY ORGANIZATIONS

            Genocide Alert (Germany)
            """);

        var person = Assert.Single(draft.People);
        Assert.Equal("Jean-Paul Mukendi", person.Name);
        Assert.Equal(["Convenor / Civil Society Working Group on Early Warning", " / Montreal Institute for Genocide and Human Rights Studies"], person.Roles.Select(r => $"{r.Title} / {r.Affiliation}"));
        Assert.Equal(["Genocide Alert | DE | "], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void Individuals_under_a_heading_with_a_comma_are_people_and_the_organizations_above_start_right_after_the_text()
    {
        var draft = Read("""
            Excellencies,

            We urge your delegation to vote against all hostile amendments and thank you for your attention.
            ARTICLE 19, based in the United Kingdom
            Front Line Defenders, based in Ireland

            Individuals, signing in their personal capacity:
            Prof. Adaeze Okonkwo-Bello, Faculty of Law, University of Lagos, Nigeria
            """);

        Assert.Equal(["ARTICLE 19 | GB | ", "Front Line Defenders | IE | "], draft.Signatories.Select(Describe));
        Assert.Equal("Prof. Adaeze Okonkwo-Bello", Assert.Single(draft.People).Name);
    }

    [Theory]
    [InlineData("Human Rights Focus Nepal", "Human Rights Focus Nepal | NP | ")]
    [InlineData("Burma Campaign UK", "Burma Campaign UK | GB | ")]
    [InlineData("Amnesty International USA", "Amnesty International USA | US | ")]
    [InlineData("Centre for Human Rights Sierra Leone", "Centre for Human Rights Sierra Leone | SL | ")]
    [InlineData("Friends of Syria", "Friends of Syria |  | ")]
    [InlineData("Campaign against Arms Trade with Syria", "Campaign against Arms Trade with Syria |  | ")]
    [InlineData("Mouvement des Femmes pour la Paix au Burundi (MFP)", "Mouvement des Femmes pour la Paix au Burundi (MFP) | BI | ")]
    [InlineData("SOS-Torture/Burundi", "SOS-Torture/Burundi | BI | ")]
    // The country a line prints wins over the one the name ends with, and a country in brackets inside a name is its own.
    [InlineData("Radio Dabanga Sudan (Netherlands)", "Radio Dabanga Sudan | NL | ")]
    [InlineData("Methodist Church (U.K.), Joint Public Issues Team", "Methodist Church (U.K.), Joint Public Issues Team | GB | ")]
    public void A_country_that_ends_a_name_is_its_country_unless_the_name_is_about_it_and_in_names_where_it_is(string line, string expected)
    {
        var draft = Read($"Dear Minister,\n\nWe write to you.\n\nSincerely,\n\n{line}\n");

        Assert.Equal(expected, Describe(Assert.Single(draft.Signatories)));
    }

    [Fact]
    public void A_to_line_followed_by_indented_lines_gives_one_recipient_per_line_and_a_long_address_is_no_salutation()
    {
        var draft = Read(
            "LETTRE OUVERTE\n\nÀ :\tMonsieur le Président de la Commission de la CEDEAO\n" +
            "\tMesdames et Messieurs les Membres du Conseil de paix et de sécurité de l'Union africaine\n" +
            "Date :\tle 14 janvier 2011\n\nExcellences,\n\nNous vous écrivons.\n\nSignataires :\nLigue Iteka (Burundi)\n");

        Assert.Equal(
            ["Monsieur le Président de la Commission de la CEDEAO", "Mesdames et Messieurs les Membres du Conseil de paix et de sécurité de l'Union africaine"],
            draft.Recipients);
        Assert.Equal("2011-01-14", draft.Date.ToString());
        Assert.Equal("Nous vous écrivons.\n", draft.Body);
    }

    [Fact]
    public void A_forwarded_letter_is_read_from_below_the_forwarded_headers_and_the_note_above_is_not_the_letter()
    {
        var draft = Read("""
            Dear all,

            Please find below the final text of the joint letter. Best regards,
            Lars

            ---------- Forwarded message ---------
            From: Nadia Haddad <n.haddad@example.org>
            Sent: Tuesday, 6 June 2017 09:14
            To: NGO coordination <ngo@lists.example.net>
            Subject: FINAL – Joint letter: Egypt

            TO:        Permanent Representatives of Member and Observer States of the UN Human Rights Council
            DATE:      1 June 2017
            SUBJECT:   Egypt: Law 70 of 2017 will eliminate independent civil society

            Excellencies,

            We write to you about the new law on associations.

            Signed:

            •  Egyptian Initiative for Personal Rights (EIPR) – Egypt
            •  Dan Church Aid – Denmark
            •  Project on Middle East Democracy (POMED) – Washington, DC, USA
            •  EuroMed Rights – based in Denmark and Belgium

            --
            Nadia Haddad
            Advocacy Officer
            """);

        Assert.Equal(["Permanent Representatives of Member and Observer States of the UN Human Rights Council"], draft.Recipients);
        Assert.Equal(("2017-06-01", "Egypt: Law 70 of 2017 will eliminate independent civil society"), (draft.Date.ToString(), draft.Title));
        Assert.Equal(
            ["Egyptian Initiative for Personal Rights (EIPR) | EG | ", "Dan Church Aid | DK | ", "Project on Middle East Democracy (POMED) | US | ", "EuroMed Rights | DK,BE | "],
            draft.Signatories.Select(Describe));
        Assert.Empty(draft.People);
    }

    [Fact]
    public void A_letter_pasted_under_its_e_mails_headers_and_a_note_takes_the_e_mails_date_when_it_prints_none()
    {
        var draft = Read("""
            From: Samuel Tesfaye <s.tesfaye@example.org>
            Sent: Tuesday, November 30, 2021 4:12 PM
            To: Geneva NGO Network <ngo@lists.example.net>
            Subject: FW: Joint letter - Ethiopia: HRC must act

            Dear colleagues,

            Sharing below the final version of the joint letter. Warm regards,
            Samuel

            ________________________________

            Excellencies,

            We write to urge your delegation to support a special session on Ethiopia.

            SIGNATORIES

            Human Rights Watch (USA)
            Kenya Human Rights Commission (Kenya)
            """);

        Assert.Equal(("2021-11-30", "Joint letter - Ethiopia: HRC must act"), (draft.Date.ToString(), draft.Title));
        Assert.Equal("the letter prints no date; this is the date of the e-mail it came in (line 2)", draft.DateCaution);
        Assert.Empty(draft.Recipients);
        Assert.Equal(["Human Rights Watch | US | ", "Kenya Human Rights Commission | KE | "], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void In_a_table_a_name_that_wraps_onto_the_next_line_is_one_name_and_an_empty_city_leaves_the_country_in_its_column()
    {
        var draft = Read(
            "Dear President,\n\nWe write to you.\n\nOn behalf of the following organisations:\n\n" +
            "Organisation                                        City            Country\n" +
            "---------------------------------------------------------------------------\n" +
            "Coalition Ivoirienne pour la Cour Pénale            Abidjan         Côte d'Ivoire\n" +
            "Internationale (CI-CPI)\n" +
            "Kituo cha Sheria                                                    Kenya\n" +
            "Nigerian Coalition for the International            Abuja           Nigeria\n" +
            "Criminal Court (NCICC)\n" +
            "Human Rights Watch\t\t\tUSA\n" +
            "Genocide Alert\n");

        Assert.Equal(
            [
                "Coalition Ivoirienne pour la Cour Pénale Internationale (CI-CPI) | CI | ",
                "Kituo cha Sheria | KE | ",
                "Nigerian Coalition for the International Criminal Court (NCICC) | NG | ",
                "Human Rights Watch | US | ",
                "Genocide Alert |  | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_numbered_item_that_wraps_with_an_open_bracket_is_one_item()
    {
        var draft = Read("Dear Minister,\n\nWe write to you.\n\nEndorsed by:\n\n1. Asian Forum for Human Rights and Development (FORUM-ASIA) (Thailand and\n   Switzerland)\n2. Aegis Trust (UK)\n");

        Assert.Equal(["Asian Forum for Human Rights and Development (FORUM-ASIA) | TH,CH | ", "Aegis Trust | GB | "], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void People_in_a_table_under_a_name_and_affiliation_header_are_people()
    {
        var draft = Read(
            "Dear Minister,\n\nWe write to you.\n\nSignatories:\nGenocide Alert (Germany)\n\nIndividuals\n\n" +
            "Name                          Affiliation (for identification purposes only)\n" +
            "Prof. Alemayehu Tadesse       Professor of Law (retired), formerly Addis Ababa University\n" +
            "Dr. Farah Abdi                Senior Lecturer, University of Nairobi\n");

        Assert.Equal(["Genocide Alert | DE | "], draft.Signatories.Select(Describe));
        Assert.Equal(["Prof. Alemayehu Tadesse", "Dr. Farah Abdi"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void Organizations_signing_through_representatives_give_a_person_and_an_organization_per_line()
    {
        var draft = Read("""
            Excellencies,

            We write to you about the Central African Republic.

            This letter is signed by the following organisations, represented by:

            Eleanor Whitcombe, Executive Director, Global Center for the Responsibility to Protect (United States)
            Dr. Kwame Asante-Darko, Chair of the Steering Committee, International Coalition for the Responsibility to Protect (ICRtoP)
            Lena Kowalczyk, Coordinator, International Coalition for the Responsibility to Protect (ICRtoP)
            Daniel Thibodeau, Executive Director, World Federalist Movement-Canada (Canada)
            """);

        Assert.Equal(
            [
                "Global Center for the Responsibility to Protect | US | ",
                "International Coalition for the Responsibility to Protect (ICRtoP) |  | ",
                "World Federalist Movement-Canada | CA | ",
            ],
            draft.Signatories.Select(Describe));
        Assert.Equal(["Eleanor Whitcombe", "Dr. Kwame Asante-Darko", "Lena Kowalczyk", "Daniel Thibodeau"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void Names_side_by_side_in_two_columns_are_read_down_the_left_column_then_the_right_and_wrapped_names_are_joined()
    {
        var draft = Read("""
            Excellencies,

            We call on you to put civilians first.

            Signed:

            Amnesty International                           Human Rights Watch
            Christian Aid (UK)                              Nonviolent Peaceforce
            Community Empowerment for Progress              Oxfam Novib (Netherlands)
               Organization (CEPO) (South Sudan)            South Sudan Human Rights Defenders
            DanChurchAid (Denmark)                             Network (SSHRDN) (South Sudan)
                                                            Waging Peace (UK)
            """);

        Assert.Equal(
            [
                "Amnesty International |  | ",
                "Christian Aid | GB | ",
                "Community Empowerment for Progress Organization (CEPO) | SS | ",
                "DanChurchAid | DK | ",
                "Human Rights Watch |  | ",
                "Nonviolent Peaceforce |  | ",
                "Oxfam Novib | NL | ",
                "South Sudan Human Rights Defenders Network (SSHRDN) | SS | ",
                "Waging Peace | GB | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_closing_written_as_a_sentence_starts_the_block_and_how_an_organization_signs_is_not_its_name()
    {
        var draft = Read("""
            Monsieur le Président,

            Nos organisations souhaitent vous faire part de leur vive préoccupation.

            Dans l'attente de votre réponse, nous vous prions d'agréer, Monsieur le Président, l'expression de notre très haute considération.

            FIDH, dans le cadre de l'Observatoire pour la protection des défenseurs des droits humains
            OMCT, dans le cadre de l'Observatoire pour la protection des défenseurs des droits humains

            Les organisations cosignataires :

            République démocratique du Congo :
            Justice Plus
            Organisations internationales :
            TRIAL International
            """);

        Assert.Equal(["FIDH |  | ", "OMCT |  | ", "Justice Plus | CD | ", "TRIAL International |  | International"], draft.Signatories.Select(Describe));
        Assert.EndsWith("Nos organisations souhaitent vous faire part de leur vive préoccupation.\n", draft.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("REGIONALES E INTERNACIONALES", "International")]
    [InlineData("Regional and International", "International")]
    [InlineData("Regional organizations", "")]
    [InlineData("GLOBAL", "Global")]
    [InlineData("INTERNACIONAL", "International")]
    [InlineData("Organizaciones nacionales", "")]
    public void A_heading_of_scopes_gives_the_widest_as_a_region_and_no_country(string heading, string region)
    {
        var draft = Read($"Dear Minister,\n\nWe write to you.\n\nSignatories:\n\nKENYA\nKenya Human Rights Commission\n\n{heading}\nFront Line Defenders\n");

        Assert.Equal(["Kenya Human Rights Commission | KE | ", $"Front Line Defenders |  | {region}"], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_table_name_whose_acronym_wraps_onto_the_next_line_keeps_it()
    {
        var draft = Read(
            "Dear Commissioners,\n\nWe write to you.\n\nSignatories:\n\n" +
            "Organisation                                          Country\n" +
            "-----------------------------------------------------  -------\n" +
            "African Centre for Justice and Peace Studies          Uganda\n" +
            "(ACJPS)\n" +
            "East and Horn of Africa Human Rights Defenders        Uganda\n" +
            "Project (DefendDefenders)\n" +
            "Human Rights Focus                                    Uganda\n");

        Assert.Equal(
            ["African Centre for Justice and Peace Studies (ACJPS) | UG | ", "East and Horn of Africa Human Rights Defenders Project (DefendDefenders) | UG | ", "Human Rights Focus | UG | "],
            draft.Signatories.Select(Describe));
    }

    [Theory]
    [InlineData("Mouvement Ivoirien des Droits Humains (MIDH), Abidjan", "Mouvement Ivoirien des Droits Humains (MIDH) | CI | ")]
    [InlineData("Citizens for Global Solutions, Washington, D.C.", "Citizens for Global Solutions | US | ")]
    [InlineData("Oxfam-Australia, Melbourne", "Oxfam-Australia | AU | ")]
    [InlineData("World Federation of United Nations Associations (WFUNA), based in New York and Geneva", "World Federation of United Nations Associations (WFUNA) | US,CH | ")]
    [InlineData("United Nations Association of Nigeria (UNA-Nigeria), based in Lagos", "United Nations Association of Nigeria (UNA-Nigeria) | NG | ")]
    [InlineData("Friends of Syria", "Friends of Syria |  | ")]
    [InlineData("Law Society of Kenya", "Law Society of Kenya | KE | ")]
    // A city with its state's code in brackets: "RS" is no country, nor "CA" Canada; the city's country is given.
    [InlineData("Instituto Pro Bono (Porto Alegre/RS)", "Instituto Pro Bono | BR | ")]
    [InlineData("Legal Aid Society (Oakland, CA)", "Legal Aid Society | US | ")]
    // A city several countries have gives none.
    [InlineData("Centre for Peace Studies (Cambridge)", "Centre for Peace Studies |  | ")]
    // Before a known city and its country, what reads like a city is still the name: it ends with a diocese.
    [InlineData("Caritas Développement, Diocèse de Goma, Goma, RDC", "Caritas Développement, Diocèse de Goma | CD | ")]
    public void A_known_city_without_a_country_is_left_out_and_gives_its_country(string line, string expected)
    {
        var draft = Read($"Dear Minister,\n\nWe write to you.\n\nSincerely,\n\n{line}\n");

        Assert.Equal(expected, Describe(Assert.Single(draft.Signatories)));
    }

    [Fact]
    public void A_table_drawn_with_bars_and_rules_gives_one_organization_per_row_with_its_wrapped_name_joined()
    {
        var draft = Read("""
            Dear Commissioners,

            We write to you about the Sahel.

            Proposed by: West African Human Rights Defenders Network (WAHRDN/ROADDH) – Togo

            Supported by:

            +-----+--------------------------------------------+------------------+
            | No. | Organisation                               | Country          |
            +=====+============================================+==================+
            | 1.  | Africa Centre for Democracy and Human      | The Gambia       |
            |     | Rights Studies (ACDHRS)                    |                  |
            +-----+--------------------------------------------+------------------+
            | 2.  | Association Malienne des Droits de l'Homme | Mali             |
            |     | (AMDH)                                     |                  |
            +-----+--------------------------------------------+------------------+
            """);

        Assert.Equal(
            [
                "West African Human Rights Defenders Network (WAHRDN/ROADDH) | TG | ",
                "Africa Centre for Democracy and Human Rights Studies (ACDHRS) | GM | ",
                "Association Malienne des Droits de l'Homme (AMDH) | ML | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_word_processors_comment_and_a_row_marked_withdrawn_are_not_signatories()
    {
        var draft = Read(
            "Dear Commissioners,\n\nWe write to you about the Sahel.\n\nSignatories:\n\n" +
            "#\tOrganisation\tCountry\n" +
            "1\tAssociation Malienne des Droits de l'Homme\tMali\n" +
            "[Comment JK2]: Still waiting for their director to confirm. – JK\n" +
            "2\tLigue Tchadienne des Droits de l'Homme\tChad\n" +
            "3\tWest Africa Civil Society Forum – WITHDRAWN 3 May, do not include\n");

        Assert.Equal(
            ["Association Malienne des Droits de l'Homme | ML | ", "Ligue Tchadienne des Droits de l'Homme | TD | "],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_markdown_table_gives_one_organization_per_row_and_a_us_state_after_a_city_says_the_united_states_not_a_country_of_its_code()
    {
        var draft = Read("""
            Dear Senator,

            We write to ask you to support the bill.

            Sincerely,

            | Organization | Location |
            |---|---|
            | Center for Civilians in Conflict | Washington, DC |
            | Friends of the Earth, Pacific Section | Oakland, CA |
            | Peace Action (Pennsylvania) | Philadelphia, PA |
            | Human Rights First | New York, NY |
            """);

        Assert.Equal(
            [
                "Center for Civilians in Conflict | US | ",
                "Friends of the Earth, Pacific Section | US | ",
                "Peace Action (Pennsylvania) | US | ",
                "Human Rights First | US | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_web_pages_own_text_after_the_list_and_a_pdfs_running_headers_are_not_signatories()
    {
        var draft = Read("""
            Dear Ambassador,

            We write to you about the Commission on Human Rights in South Sudan.

            Sincerely,

            Genocide Alert (Germany)
            Amnesty International Public Statement            Index: ASA 37/4771/2021            2
            Public Document
            Global Centre for the Responsibility to Protect | Open letter on Myanmar | 18 September 2020              1
            Aegis Trust (UK)

            Region / Country
            Africa, South Sudan
            More Reading
            February 18, 2021 | News Release
            © 2021 Human Rights Watch
            """);

        Assert.Equal(["Genocide Alert | DE | ", "Aegis Trust | GB | "], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void Organizations_each_represented_by_a_person_on_the_same_line_give_both()
    {
        var draft = Read("""
            Dear Chair,

            This submission is made jointly by the following organisations:

            Aegis Trust, represented by Dr. Hannah Whitcombe, Head of Policy and Advocacy
            United Nations Association-UK (UNA-UK), represented by Priya Chandran, Head of Peace and Security
            Waging Peace

            The following individuals support this submission in a personal capacity:

            Professor Helen Markham, Professor of International Law, University of Leeds

            March 2021
            """);

        Assert.Equal(["Aegis Trust |  | ", "United Nations Association-UK (UNA-UK) | GB | ", "Waging Peace |  | "], draft.Signatories.Select(Describe));
        Assert.Equal(["Dr. Hannah Whitcombe", "Priya Chandran", "Professor Helen Markham"], draft.People.Select(p => p.Name));
        Assert.Equal("2021-03", draft.Date.ToString());
    }

    [Fact]
    public void In_a_list_that_prints_places_apart_a_dash_and_a_country_is_read_as_the_place_and_numbers_glued_to_names_are_markers()
    {
        var draft = Read("""
            Dear Minister,

            We write to you about Ethiopia.

            Signatories:

            1. Africa Centre for Justice and Peace Studies (ACJPS), Uganda
            2. Cairo Institute for Human Rights Studies (CIHRS), Egypt
            3.Forum to Reinforce Civil Society [Burundi]
            4. Front Line Defenders – Ireland
            5. Kituo Cha Sheria – Nairobi
            6. Justice Africa (UK)
            """);

        Assert.Equal(
            [
                "Africa Centre for Justice and Peace Studies (ACJPS) | UG | ",
                "Cairo Institute for Human Rights Studies (CIHRS) | EG | ",
                "Forum to Reinforce Civil Society | BI | ",
                "Front Line Defenders | IE | ",
                "Kituo Cha Sheria | KE | ",
                "Justice Africa | GB | ",
            ],
            draft.Signatories.Select(Describe));
        Assert.Equal("Front Line Defenders – Ireland", draft.Signatories[3].WholeName);
    }

    [Theory]
    [InlineData("Zimbabwe Lawyers for Human Rights", "Zimbabwe Lawyers for Human Rights | ZW | ")]
    [InlineData("South Sudan Human Rights Defenders Network (SSHRDN)", "South Sudan Human Rights Defenders Network (SSHRDN) | SS | ")]
    [InlineData("Palestine Solidarity Campaign", "Palestine Solidarity Campaign |  | ")]
    [InlineData("Burma Campaign UK", "Burma Campaign UK | GB | ")]
    [InlineData("Zimbabwe Exiles Forum (United Kingdom)", "Zimbabwe Exiles Forum | GB | ")]
    [InlineData("Eritrea Focus, UK", "Eritrea Focus | GB | ")]
    public void A_name_that_starts_with_a_country_is_in_it_unless_it_is_about_it(string line, string expected)
    {
        var draft = Read($"Dear Minister,\n\nWe write to you.\n\nSincerely,\n\n{line}\n");

        Assert.Equal(expected, Describe(Assert.Single(draft.Signatories)));
    }

    [Theory]
    [InlineData("Published on 22 November 2021", "2021-11-22")]
    [InlineData("Done in Banjul, The Gambia, 19 October 2022", "2022-10-19")]
    [InlineData("Fait à Genève, le 3 juin 2015", "2015-06-03")]
    [InlineData("Bujumbura, le 03/04/2015", "2015-04-03")]
    public void A_dateline_is_read_above_the_letter_or_between_its_text_and_its_signatories(string dateline, string date)
    {
        var above = Read($"{dateline}\n\nDear Minister,\n\nWe write to you.\n\nSincerely,\n\nGenocide Alert (Germany)\n");
        var below = Read($"Dear Minister,\n\nWe write to you about the situation in the country.\n\n{dateline}\n\nSigned:\nGenocide Alert (Germany)\n");

        Assert.Equal((date, date), (above.Date.ToString(), below.Date.ToString()));
    }

    [Fact]
    public void Heads_of_organizations_signing_one_each_give_their_organizations_and_the_list_endorsed_after_them_follows()
    {
        var draft = Read("""
            Dear Prime Minister,

            We write as leaders of civil society organizations.

            Yours sincerely,

            Margaret Doherty
            Executive Director
            World Federalist Movement–Canada

            Robert Fairweather
            Executive Director
            Oxfam Canada

            Dr. Laura Mwangi
            President
            North-South Institute

            Also endorsed by:
            Project Ploughshares
            Inter Pares

            c.c. The Honourable Christian Paradis, P.C., M.P., Minister of International Development
                The Honourable Chris Alexander, P.C., M.P., Minister of Citizenship and Immigration
            """);

        Assert.Equal(
            [
                "World Federalist Movement–Canada | CA | ",
                "Oxfam Canada | CA | ",
                "North-South Institute |  | ",
                "Project Ploughshares |  | ",
                "Inter Pares |  | ",
            ],
            draft.Signatories.Select(Describe));
        Assert.Equal(
            ["Margaret Doherty: Executive Director / World Federalist Movement–Canada", "Robert Fairweather: Executive Director / Oxfam Canada", "Dr. Laura Mwangi: President / North-South Institute"],
            draft.People.Select(p => $"{p.Name}: {string.Join("; ", p.Roles.Select(r => $"{r.Title} / {r.Affiliation}"))}"));
    }

    [Theory]
    [InlineData("Also endorsed by:")]
    [InlineData("Also signed by:")]
    [InlineData("Additional signatories:")]
    [InlineData("Other endorsers:")]
    [InlineData("Supporters:")]
    [InlineData("ORGANIZACIONES FIRMANTES / ORGANIZAÇÕES SIGNATÁRIAS")]
    public void A_later_or_bilingual_list_heading_heads_organizations_and_is_none(string heading)
    {
        var draft = Read($"Dear Minister,\n\nWe write to you.\n\nSincerely,\n\nGenocide Alert (Germany)\n\n{heading}\n\nAegis Trust (UK)\n");

        Assert.Equal(["Genocide Alert | DE | ", "Aegis Trust | GB | "], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void Signers_with_their_city_in_brackets_and_one_title_below_are_people_without_the_city()
    {
        var draft = Read("""
            Dear Chairperson,

            We write to you about Mali.

            Yours faithfully,

            Signed for and on behalf of the organisations listed below:

            Kwabena Mensah-Bonsu (Accra)
            Fatoumata Sangaré Diallo (Bamako)
            Conveners

            SIGNATORY ORGANISATIONS

            GHANA
            West Africa Network for Peacebuilding (WANEP)
            """);

        Assert.Equal(["Kwabena Mensah-Bonsu", "Fatoumata Sangaré Diallo"], draft.People.Select(p => p.Name));
        Assert.Equal("West Africa Network for Peacebuilding (WANEP) | GH | ", Describe(Assert.Single(draft.Signatories)));
    }

    [Fact]
    public void A_web_pages_published_date_gives_way_to_the_date_the_letter_prints_and_serves_when_it_prints_none()
    {
        var dated = Read("Published 15 May 2018\n\nNairobi, 14 May 2018\n\nDear Members of the Security Council,\n\nWe write to you.\n\nSignatories:\n\nAegis Trust (UK)\n");
        var undated = Read("Published 15 May 2018\n\nDear Members of the Security Council,\n\nWe write to you.\n\nSignatories:\n\nAegis Trust (UK)\n");

        Assert.Equal(("2018-05-14", "2018-05-15"), (dated.Date.ToString(), undated.Date.ToString()));
    }

    [Fact]
    public void A_line_repeated_on_every_page_is_neither_text_nor_signatory_but_titles_repeated_under_signers_are_kept()
    {
        var draft = Read("""
            Joint NGO letter – Sudan – HRC30
            Dear Ambassador,

            We write to you about Sudan.

            Joint NGO letter – Sudan – HRC30
            We urge you to act.

            Sincerely,

            Jane Doe
            Executive Director
            Aegis Trust

            John Smith
            Executive Director
            Genocide Alert

            Mary Major
            Executive Director
            Justice Africa
            Joint NGO letter – Sudan – HRC30
            """);

        Assert.DoesNotContain("HRC30", draft.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Signatories, s => s.Name.Contains("HRC30", StringComparison.Ordinal));
        Assert.All(draft.People, p => Assert.Equal("Executive Director", p.Roles[0].Title));
        Assert.Equal(["Aegis Trust", "Genocide Alert", "Justice Africa"], draft.Signatories.Select(s => s.Name));
    }


    [Fact]
    public void Organizations_run_in_after_a_country_and_a_colon_take_that_country_and_lines_wrapped_mid_name_are_joined()
    {
        var draft = Read("""
            Estimados señores:

            Les escribimos sobre la protección de las personas defensoras.

            Firmantes:

            Honduras: Centro de Estudios para la Democracia (CESPAD); Comité de Familiares de Detenidos
            Desaparecidos en Honduras (COFADEH); Red Nacional de Defensoras.
            México: Centro Prodh; Servicios y Asesoría para la Paz (Serapaz).
            Internacional: Peace Brigades International.
            """);

        Assert.Equal(
            [
                "Centro de Estudios para la Democracia (CESPAD) | HN | ",
                "Comité de Familiares de Detenidos Desaparecidos en Honduras (COFADEH) | HN | ",
                "Red Nacional de Defensoras | HN | ",
                "Centro Prodh | MX | ",
                "Servicios y Asesoría para la Paz (Serapaz) | MX | ",
                "Peace Brigades International |  | International",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void In_a_numbered_table_pasted_with_tabs_a_line_without_a_number_finishes_the_row_above_cell_by_cell()
    {
        var draft = Read(
            "Madame la Présidente,\n\nNous vous écrivons au sujet du Tchad.\n\nSignataires :\n\n" +
            "N°\tOrganisation\tPays\n" +
            "1\tLigue Tchadienne des Droits de l'Homme (LTDH)\tTchad\n" +
            "2\tAssociation pour la Promotion des Libertés Fondamentales au\tRépublique\n" +
            "Tchad (APLFT)\tcentrafricaine\n" +
            "3\tCommission Justice et Paix\n" +
            "4\tHuman Rights Watch\tÉtats-Unis\n");

        Assert.Equal(
            [
                "Ligue Tchadienne des Droits de l'Homme (LTDH) | TD | ",
                "Association pour la Promotion des Libertés Fondamentales au Tchad (APLFT) | CF | ",
                "Commission Justice et Paix |  | ",
                "Human Rights Watch | US | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_form_export_with_a_timestamp_column_and_bars_gives_each_organization_its_country()
    {
        var draft = Read("""
            Excelentíssimos Senhores,

            Escrevemos sobre a situação humanitária.

            Atenciosamente,

            Carimbo de data/hora | Nome da organização | País
            2020/03/02 10:15:07 AM GMT+1 | Associação Justiça, Paz e Democracia | Angola
            2020/03/02 4:40:51 PM GMT+1 | Liga Guineense dos Direitos Humanos | Guiné-Bissau
            2020/03/03 8:02:13 AM GMT+1 | Conectas Direitos Humanos | Brasil
            """);

        Assert.Equal(
            ["Associação Justiça, Paz e Democracia | AO | ", "Liga Guineense dos Direitos Humanos | GW | ", "Conectas Direitos Humanos | BR | "],
            draft.Signatories.Select(Describe));
        Assert.Null(draft.Date);
    }

    [Fact]
    public void A_form_export_in_comma_separated_values_gives_each_organization_that_agreed_to_be_named_its_country()
    {
        var draft = Read("""
            Estimados embajadores:

            Les escribimos sobre la situación en Nicaragua.

            Firman:

            Marca temporal,Nombre de la organización,País,Correo electrónico,¿Autoriza publicar el nombre de su organización?
            2021/05/03 9:12:40 a. m. GMT-6,"Colectivo de Derechos Humanos, Nicaragua Nunca Más",Costa Rica,info@ejemplo.org,Sí
            2021/05/03 10:20:02 a. m. GMT-6,Raza e Igualdad,Estados Unidos,raza@ejemplo.org,Sí
            2021/05/03 11:02:15 a. m. GMT-6,prueba,prueba,test@ejemplo.org,Sí
            2021/05/04 4:30:00 p. m. GMT-6,Unidad de Defensa Jurídica,Nicaragua,udj@ejemplo.org,No
            2021/05/05 8:45:09 a. m. GMT-6,"Centro por la Justicia y el Derecho Internacional
            (CEJIL)",Costa Rica,cejil@ejemplo.org,Sí
            """);

        Assert.Equal(
            [
                "Colectivo de Derechos Humanos, Nicaragua Nunca Más | CR | ",
                "Raza e Igualdad | US | ",
                "Centro por la Justicia y el Derecho Internacional (CEJIL) | CR | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void Signers_printed_side_by_side_give_their_organizations_row_by_row_with_names_wrapped_in_their_column()
    {
        var draft = Read("""
            Dear Prime Minister,

            We write to you about the arms trade treaty.

            Yours sincerely, / Veuillez agréer nos salutations distinguées,

            (signed)                                        (signed)

            Anna Lindqvist                                  Dr. Joseph Mwangi
            Executive Director                              Chair
            Control Arms Foundation of                      Kenya Coalition on Small Arms and
            Canada                                          Light Weapons (KECOSA)

            (signed)                                        (signed)

            Pierre Lavoie                                   Sunita Rao
            Directeur général                               President
            Centre for Peace Studies and Human              Project Safe Harbour
            Security Research (CPSHSR)
            """);

        Assert.Equal(
            [
                "Control Arms Foundation of Canada | CA | ",
                "Kenya Coalition on Small Arms and Light Weapons (KECOSA) | KE | ",
                "Centre for Peace Studies and Human Security Research (CPSHSR) |  | ",
                "Project Safe Harbour |  | ",
            ],
            draft.Signatories.Select(Describe));
        Assert.Equal(["Anna Lindqvist", "Dr. Joseph Mwangi", "Pierre Lavoie", "Sunita Rao"], draft.People.Select(p => p.Name));
        Assert.Equal("Centre for Peace Studies and Human Security Research (CPSHSR)", draft.People[2].Roles[0].Affiliation);
    }

    [Fact]
    public void A_list_in_two_columns_with_country_headings_in_each_is_read_down_the_left_column_then_the_right()
    {
        var draft = Read("""
            Dear Commissioners,

            We write to you about the Great Lakes.

            Respectfully,

            Marie Uwase
            Coordinator
            Ligue des Droits de la Personne dans la Région des Grands Lacs (LDGL)

            Peter Okello
            Director
            Refugee Law Project

            Amina Said
            Chair
            Tanganyika Law Society

            ENDORSING ORGANISATIONS

            RWANDA                                         KENYA
            Association Rwandaise pour la Défense des      Kenya Human Rights Commission
            Droits de la Personne et des Libertés          Kituo Cha Sheria
            Publiques (ADL)                                Muslims for Human Rights
            Haguruka
                                                           ZAMBIA
            DR CONGO                                       Zambia Council for
            Héritiers de la Justice                        Social Development
            Ligue des Électeurs
            """);

        Assert.Equal(
            [
                "Ligue des Droits de la Personne dans la Région des Grands Lacs (LDGL) |  | ",
                "Refugee Law Project |  | ",
                "Tanganyika Law Society |  | ",
                "Association Rwandaise pour la Défense des Droits de la Personne et des Libertés Publiques (ADL) | RW | ",
                "Haguruka | RW | ",
                "Héritiers de la Justice | CD | ",
                "Ligue des Électeurs | CD | ",
                "Kenya Human Rights Commission | KE | ",
                "Kituo Cha Sheria | KE | ",
                "Muslims for Human Rights | KE | ",
                "Zambia Council for Social Development | ZM | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_table_of_names_and_countries_in_capitals_with_blank_lines_between_rows_is_not_two_columns_of_names()
    {
        var draft = Read(
            "Dear Minister,\n\nWe write to you.\n\nSignatories:\n\n" +
            "Aegis Trust                                   UK\n\n" +
            "Genocide Alert                                GERMANY\n\n" +
            "Enough Project                                USA\n\n" +
            "Kenya Human Rights Commission                 KENYA\n");

        Assert.Equal(
            ["Aegis Trust | GB | ", "Genocide Alert | DE | ", "Enough Project | US | ", "Kenya Human Rights Commission | KE | "],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_web_pages_teaser_of_the_list_its_buttons_downloads_and_tags_are_not_signatories()
    {
        var draft = Read("""
            Home | About | Campaigns | Contact

            Open letter to the Human Rights Council on Eritrea
            Submitted by editor on Tue, 12/06/2012 - 10:02

            Signed by: Eritrea Focus, Global Witness, Front Line Defenders and 9 others. [Show all signatories]

            Download: letter_HRC20_Eritrea.pdf (62 KB)

            ----------------------------------------------------------------

            Dear President of the Council,

            We write to you about the situation of human rights in Eritrea, which has not improved.

            Sincerely,

            [Show all signatories]

            Eritrea Focus (UK)
            Global Witness (UK)
            Front Line Defenders (Ireland)
            Aegis Trust (UK)

            [Hide]

            ----------------------------------------------------------------

            Tags: Eritrea | Human Rights Council | Detention
            """);

        Assert.Equal(
            ["Eritrea Focus | GB | ", "Global Witness | GB | ", "Front Line Defenders | IE | ", "Aegis Trust | GB | "],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_heading_with_its_names_run_in_keeps_a_country_in_square_brackets()
    {
        var draft = Read("Dear Minister,\n\nWe write to you about Eritrea.\n\nSigned by: Front Line Defenders [Ireland]\n");

        Assert.Equal("Front Line Defenders | IE | ", Describe(Assert.Single(draft.Signatories)));
    }

    [Fact]
    public void A_name_hyphenated_across_two_lines_is_one_word_and_a_footnote_number_glued_to_a_name_is_not_part_of_it()
    {
        var draft = Read("""
            Dear Members of the Council,

            We write to you about the Sahel.

            Yours sincerely,

            Africa Centre for Democracy and Human Rights Stu-
            dies (ACDHRS), The Gambia
            World Organisation Against Torture (OMCT)2, Switzerland
            Tournons la Page¹, France
            ARTICLE 19, United Kingdom
            """);

        Assert.Equal(
            [
                "Africa Centre for Democracy and Human Rights Studies (ACDHRS) | GM | ",
                "World Organisation Against Torture (OMCT) | CH | ",
                "Tournons la Page | FR | ",
                "ARTICLE 19 | GB | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void In_a_table_pasted_with_tabs_whose_country_cells_were_merged_a_row_without_a_country_takes_the_one_above()
    {
        var draft = Read(
            "Excellences,\n\nNous vous écrivons au sujet du Mali.\n\nSignataires :\n\n" +
            "N°\tOrganisation\tPays\n" +
            "1\tAssociation Malienne des Droits de l'Homme (AMDH)\tMali\n" +
            "2\tWildAF Mali\n" +
            "3\tTemedt\n" +
            "4\tRencontre Africaine pour la Défense des Droits de l'Homme (RADDHO)\tSénégal\n" +
            "5\tLigue Sénégalaise des Droits Humains (LSDH)\n" +
            "6\tAmnesty International\tInternational\n");

        Assert.Equal(
            [
                "Association Malienne des Droits de l'Homme (AMDH) | ML | ",
                "WildAF Mali | ML | ",
                "Temedt | ML | ",
                "Rencontre Africaine pour la Défense des Droits de l'Homme (RADDHO) | SN | ",
                "Ligue Sénégalaise des Droits Humains (LSDH) | SN | ",
                "Amnesty International |  | International",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void In_a_table_pasted_with_tabs_that_prints_a_country_twice_a_row_without_a_country_has_none()
    {
        var draft = Read(
            "Excellences,\n\nNous vous écrivons au sujet du Mali.\n\nSignataires :\n\n" +
            "N°\tOrganisation\tPays\n" +
            "1\tAssociation Malienne des Droits de l'Homme (AMDH)\tMali\n" +
            "2\tTemedt\tMali\n" +
            "3\tAmnesty International\n" +
            "4\tRencontre Africaine pour la Défense des Droits de l'Homme (RADDHO)\tSénégal\n" +
            "5\tHuman Rights Watch\n");

        Assert.Equal(
            [
                "Association Malienne des Droits de l'Homme (AMDH) | ML | ",
                "Temedt | ML | ",
                "Amnesty International |  | ",
                "Rencontre Africaine pour la Défense des Droits de l'Homme (RADDHO) | SN | ",
                "Human Rights Watch |  | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void An_acronym_wrapped_alone_onto_the_next_line_ends_the_name_above()
    {
        var draft = Read("""
            Dear Chairperson,

            We write to you about Zimbabwe.

            Signatories:

            ZIMBABWE
            Zimbabwe Lawyers for Human Rights
            (ZLHR)
            Crisis in Zimbabwe Coalition
            """);

        Assert.Equal(["Zimbabwe Lawyers for Human Rights (ZLHR) | ZW | ", "Crisis in Zimbabwe Coalition | ZW | "], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_convener_signing_slash_s_on_behalf_of_the_undersigned_is_a_person_and_the_list_follows()
    {
        var draft = Read("""
            MEMORANDUM

            TO: Heads of State and Government of ASEAN
            FROM: Civil society organisations of the region
            DATE: 3 March 2019
            RE: Refugees at sea

            1. We write to you about the refugees stranded at sea, who need to be brought ashore.

            Submitted on behalf of the undersigned,

            /s/ Somchai Prasert
            Coordinator, Regional Refugee Desk

            UNDERSIGNED ORGANISATIONS (2)
            Asia Pacific Refugee Rights Network – Asia Pacific
            Fortify Rights – Thailand
            """);

        Assert.Equal("Somchai Prasert", Assert.Single(draft.People).Name);
        Assert.Equal(["Asia Pacific Refugee Rights Network", "Fortify Rights"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_header_row_repeated_on_the_next_page_as_continued_is_a_header_and_the_country_column_wins_over_a_country_in_the_name()
    {
        var draft = Read("""
            Dear Minister,

            We write to you about the situation in the region.

            Signatories:

            Organisation                                  Country
            Aegis Trust                                   UK
            Sudan Human Rights Hub                        Kenya

                                                          Page 2 of 2

            Organisation (continued)                      Country
            Nordic Peace Institute                        Norway
            """);

        Assert.Equal(["Aegis Trust | GB | ", "Sudan Human Rights Hub | KE | ", "Nordic Peace Institute | NO | "], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void An_organization_printed_again_by_its_short_form_in_capitals_is_one_signatory()
    {
        var draft = Read("""
            Dear Minister,

            We write to you about the situation in the region.

            Signatories:

            Acodev – Asociación Comunitaria para el Desarrollo (Honduras)
            Nordic Peace Institute (Norway)
            ACODEV (Honduras)
            """);

        Assert.Equal(["Acodev – Asociación Comunitaria para el Desarrollo | HN | ", "Nordic Peace Institute | NO | "], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void Organizations_run_in_as_a_sentence_lose_its_articles_its_last_and_and_their_descriptions()
    {
        var draft = Read("""
            Dear Minister,

            We write to you about the situation in the region.

            This statement is endorsed by the following organisations: the Nordic Peace Institute (Norway); Sahel Women's Watch, a network of women's groups across the Sahel (Mali); and the Andean Commission of Jurists (Peru).
            """);

        Assert.Equal(["Nordic Peace Institute | NO | ", "Sahel Women's Watch | ML | ", "Andean Commission of Jurists | PE | "], draft.Signatories.Select(Describe));
    }

    [Theory]
    [InlineData("Organisations sénégalaises")]
    [InlineData("Senegalese organisations")]
    [InlineData("Organizações senegalesas")]
    public void A_heading_that_names_the_organizations_by_the_adjective_of_their_country_gives_that_country(string heading)
    {
        var draft = Read($"Dear Minister,\n\nWe write to you.\n\nSignatories:\n\n{heading}\nLigue Sénégalaise des Droits Humains\nForum Civil\n");

        Assert.Equal(["Ligue Sénégalaise des Droits Humains | SN | ", "Forum Civil | SN | "], draft.Signatories.Select(Describe));
    }

    [Theory]
    [InlineData("Organisations congolaises")]
    [InlineData("Sudanese organisations")]
    public void A_heading_by_an_adjective_that_fits_two_countries_gives_no_country(string heading) =>
        Assert.Null(PlaceHeading.TryRead(heading));

    [Theory]
    [InlineData("Pela coordenação:")]
    [InlineData("Pour la coordination de la lettre :")]
    [InlineData("For the coordination of the letter:")]
    public void Organizers_signing_for_the_letter_are_people_with_their_affiliations(string heading)
    {
        var draft = Read($"""
            Senhora Ministra,

            Escrevemos para pedir ao governo que apoie uma resolução sobre a situação no Sudão do Sul.

            Atenciosamente,

            {heading}
            Profa. Marta Sitoe – Núcleo de Estudos da Paz (NEP)
            João Baptista Nhamitambo – Centro de Integridade Pública

            Assinam:
            Centro de Integridade Pública (Moçambique)
            Núcleo de Estudos da Paz (Moçambique)
            """);

        Assert.Equal(["Profa. Marta Sitoe", "João Baptista Nhamitambo"], draft.People.Select(p => p.Name));
        Assert.Equal(["Centro de Integridade Pública | MZ | ", "Núcleo de Estudos da Paz | MZ | "], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_portuguese_list_by_category_with_cities_and_state_codes_printed_again_in_an_annex_gives_one_signatory_each()
    {
        var draft = Read("""
            Senhora Ministra,

            Escrevemos para pedir ao governo que apoie uma resolução sobre a situação no Sudão do Sul.

            Assinam:

            Organizações angolanas
            Associação Construindo Comunidades (Huambo/HB)
            SOS Habitat (Luanda)

            Entidades internacionais e de outros países
            Conectas Direitos Humanos (Brasil)
            Sociedade Civil Unida (Paraguai)

            Baixe a carta em PDF (95 KB)

            Anexo – Lista de signatários (por ordem alfabética)
            Associação Construindo Comunidades
            SOS Habitat
            Conectas Direitos Humanos
            Sociedade Civil Unida
            """);

        Assert.Equal(
            [
                "Associação Construindo Comunidades | AO | ",
                "SOS Habitat | AO | ",
                "Conectas Direitos Humanos | BR | ",
                "Sociedade Civil Unida | PY | ",
            ],
            draft.Signatories.Select(Describe));
        Assert.Contains(draft.Skipped, s => s.Text == "Baixe a carta em PDF (95 KB)");
    }

    [Fact]
    public void A_letter_kept_as_markdown_is_read_as_its_text_links_keep_their_words_and_a_code_block_is_no_signatory()
    {
        var draft = Read("""
            # Joint appeal on the Sahel

            **Geneva, October 2019**

            Dear Ministers,

            We ask you to renew the mandate of the Independent Expert on Mali.

            With kind regards,

            ## Signatories

            _Listed in the order they joined._

            - [Coastal Fishers' Union](https://fishers.example.org) — Ghana
            - **Lake Region Peace Forum** — Kenya
            - Mountain Women's Network — Nepal

            ## How to join

            ```
            - [Your organisation](https://example.org) — Country
            ```
            """);

        Assert.Equal(
            ["Coastal Fishers' Union | GH | ", "Lake Region Peace Forum | KE | ", "Mountain Women's Network | NP | "],
            draft.Signatories.Select(Describe));
        Assert.Equal("2019-10", draft.Date?.ToString());
    }

    [Fact]
    public void A_logo_turned_into_text_by_its_alt_text_is_the_organization_without_the_marker_and_the_word_logo()
    {
        var draft = Read("""
            Dear Members of the Council,

            We ask you to extend the arms embargo.

            Supported by:

            [logo] Lake Region Peace Forum
            [logo] Coastal Fishers' Union logo
            [logo] Mountain Women's Network
            """);

        Assert.Equal(["Lake Region Peace Forum", "Coastal Fishers' Union", "Mountain Women's Network"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_status_mark_after_a_name_is_left_out_and_the_organization_still_signs()
    {
        var draft = Read("""
            Dear Chairperson,

            We ask the Council to hold an open session on the crisis.

            Sincerely,

            Lake Region Peace Forum (Observer) – Kenya
            Coastal Fishers' Network (in formation) – Ghana
            Mountain Women's Network – Nepal
            """);

        Assert.Equal(
            ["Lake Region Peace Forum | KE | ", "Coastal Fishers' Network | GH | ", "Mountain Women's Network | NP | "],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void Regional_in_brackets_after_a_name_is_left_out_and_names_no_place()
    {
        var draft = Read("""
            Estimados Comisionados:

            Les pedimos que visiten el país antes de las elecciones.

            Atentamente,

            1. Red Andina de Defensoras (Regional)
            2. Colectivo Agua y Tierra (Perú)
            3. Observatorio Costero del Pacífico (Regional)
            """);

        Assert.Equal(
            ["Red Andina de Defensoras |  | ", "Colectivo Agua y Tierra | PE | ", "Observatorio Costero del Pacífico |  | "],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_german_list_with_a_website_or_an_e_mail_after_each_name_keeps_the_names_and_reads_german_country_names()
    {
        var draft = Read("""
            Sehr geehrte Frau Ministerin,

            wir bitten Sie, sich für einen Waffenstillstand einzusetzen.

            Mit freundlichen Grüßen

            Unterzeichnende Organisationen:

            Friedensnetz Nord e. V., Deutschland – www.friedensnetz-nord.example
            Alpine Menschenrechtsinitiative, Österreich – www.alpine-mr.example
            Hilfswerk für Flüchtlinge – Evangelische Arbeitsgemeinschaft für Nothilfe und
              Wiederaufbau e. V., Deutschland – www.hilfswerk.example
            Netzwerk Zivile Hilfe, Vereinigtes Königreich – kontakt@zivile-hilfe.example
            Kirchlicher Friedensdienst, Schweiz – www.kfd.example

            Pressekontakt: Lena Brandt, presse@friedensnetz-nord.example
            """);

        Assert.Equal(
            [
                "Friedensnetz Nord e. V. | DE | ",
                "Alpine Menschenrechtsinitiative | AT | ",
                "Hilfswerk für Flüchtlinge – Evangelische Arbeitsgemeinschaft für Nothilfe und Wiederaufbau e. V. | DE | ",
                "Netzwerk Zivile Hilfe | GB | ",
                "Kirchlicher Friedensdienst | CH | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void An_italian_list_in_capitals_reads_each_country_after_its_dash_and_the_coordinator_is_a_person()
    {
        var draft = Read("""
            Gentile Ministra,

            chiediamo al Governo di sostenere l'invio di osservatori internazionali.

            Cordiali saluti

            Per il Comitato promotore
            Dott.ssa Giulia Ferrante
            Portavoce

            HANNO ADERITO:

            RETE PACE E DIRITTI – ITALIA
            OSSERVATORIO MEDITERRANEO – COLLEGIO DEI GIURISTI – GRECIA
            CENTRO STUDI SUL DISARMO – REGNO UNITO
            FORUM PER LA GIUSTIZIA GLOBALE – PAESI BASSI / STATI UNITI
            """);

        Assert.Equal(
            [
                "RETE PACE E DIRITTI | IT | ",
                "OSSERVATORIO MEDITERRANEO – COLLEGIO DEI GIURISTI | GR | ",
                "CENTRO STUDI SUL DISARMO | GB | ",
                "FORUM PER LA GIUSTIZIA GLOBALE | NL,US | ",
            ],
            draft.Signatories.Select(Describe));
        Assert.Equal(["Dott.ssa Giulia Ferrante"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void Heads_signing_one_line_each_with_title_organization_city_and_country_sign_for_their_organizations()
    {
        var draft = Read("""
            Dear Members of the Peace and Security Council,

            We ask you to deploy human rights monitors without delay.

            Signed:

            Amara Diallo, President, Lake Region Peace Forum, Kisumu, Kenya
            Tomas Lindqvist, Programme Manager, Nordic Aid, Sweden
            Grace Achieng, Head, Research Unit, Coastal Fishers' Union (CFU), Ghana
            Paul Mensah, Policy Director, Mountain Women's Network, Washington, D.C.
            """);

        Assert.Equal(
            [
                "Lake Region Peace Forum | KE | ",
                "Nordic Aid | SE | ",
                "Coastal Fishers' Union (CFU) | GH | ",
                "Mountain Women's Network | US | ",
            ],
            draft.Signatories.Select(Describe));
        Assert.Equal(["Amara Diallo", "Tomas Lindqvist", "Grace Achieng", "Paul Mensah"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_list_in_three_columns_is_read_down_each_column_with_names_wrapped_inside_their_column_joined()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to suspend the deportations.

            Sincerely,

            Alpine Relief (Austria)         Harbour Rights Centre           River Voices
            Baltic Legal Aid (Latvia)       (Malta)                           (Nigeria)
            Coastal Fishers' Union          Lake Region Peace Forum         Sahel Women's
              (Ghana)                       (Kenya)                           Network (Niger)
            Desert Watch (Chad)             Mountain Women's Network        Tundra Council
                                              (Nepal)                       (Canada)
            """);

        Assert.Equal(
            [
                "Alpine Relief | AT | ",
                "Baltic Legal Aid | LV | ",
                "Coastal Fishers' Union | GH | ",
                "Desert Watch | TD | ",
                "Harbour Rights Centre | MT | ",
                "Lake Region Peace Forum | KE | ",
                "Mountain Women's Network | NP | ",
                "River Voices | NG | ",
                "Sahel Women's Network | NE | ",
                "Tundra Council | CA | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Theory]
    [InlineData("Hamburg, 7. Oktober 2014", "2014-10-07")]
    [InlineData("Berlin, 12.3.2015", "2015-03-12")]
    [InlineData("Milano, 3 giugno 2016", "2016-06-03")]
    [InlineData("Roma, 1° dicembre 2012", "2012-12-01")]
    public void German_and_italian_datelines_give_the_date(string dateline, string expected)
    {
        var draft = Read($"""
            {dateline}

            Sehr geehrter Herr Minister,

            wir bitten Sie, die Hilfe aufzustocken.

            Mit freundlichen Grüßen

            Friedensnetz Nord e. V., Deutschland
            Alpine Menschenrechtsinitiative, Österreich
            """);

        Assert.Equal(expected, draft.Date?.ToString());
    }

    [Fact]
    public void Two_conveners_signing_side_by_side_for_the_list_above_are_people_and_their_place_line_is_no_signatory()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to open the border crossings to aid convoys.

            The signatories:

            NEPAL
            1. Mountain Women's Network
            2. Himalayan Rights Forum

            GHANA
            3. Coastal Fishers' Union

            Signed on behalf of the above organisations by:

            Dr. Amara Okonkwo-Reyes                          Tenzin Dolma Sherpa
            Convenor                                         Co-convenor

            Kathmandu / Accra
            """);

        Assert.Equal(["Mountain Women's Network | NP | ", "Himalayan Rights Forum | NP | ", "Coastal Fishers' Union | GH | "], draft.Signatories.Select(Describe));
        Assert.Equal(["Dr. Amara Okonkwo-Reyes", "Tenzin Dolma Sherpa"], draft.People.Select(p => p.Name));
        Assert.Equal("Co-convenor", draft.People[1].Roles[0].Title);
    }

    [Theory]
    [InlineData("Dakar, le premier juin 2015", "2015-06-01")]
    [InlineData("Lima, el primero de octubre de 2011", "2011-10-01")]
    [InlineData("Maputo, primeiro de abril de 2016", "2016-04-01")]
    [InlineData("London, first of May 2014", "2014-05-01")]
    public void The_first_of_a_month_written_as_a_word_gives_the_date(string dateline, string expected)
    {
        var draft = Read($"""
            {dateline}

            Dear Ministers,

            We ask you to protect the people of the border districts.

            Sincerely,

            Lake Region Peace Forum, Kenya
            """);

        Assert.Equal(expected, draft.Date?.ToString());
    }

    [Fact]
    public void A_convener_with_a_position_in_a_body_written_in_small_letters_is_a_person_and_the_position_no_signatory()
    {
        var draft = Read("""
            Madame la Ministre,

            Nous vous demandons de protéger les populations du fleuve.

            Veuillez agréer, Madame la Ministre, l'expression de notre haute considération.

            Organisations signataires : Forum des Pêcheurs du Lac (Togo) ; Réseau des Femmes Rurales (Bénin)

            Pour les organisations signataires,
            Mme Awa Koné-Diallo
            Coordinatrice du comité de suivi
            """);

        Assert.Equal(["Forum des Pêcheurs du Lac | TG | ", "Réseau des Femmes Rurales | BJ | "], draft.Signatories.Select(Describe));
        Assert.Equal("Coordinatrice du comité de suivi", Assert.Single(draft.People).Roles[0].Title);
    }

    [Fact]
    public void A_university_after_a_comma_is_part_of_the_name_not_a_city()
    {
        var draft = Read("""
            Sehr geehrte Frau Ministerin,

            wir bitten Sie, die Menschen an der Grenze zu schützen.

            Mit freundlichen Grüßen

            Forschungsstelle Wasserrechte, Ruhr-Universität Bochum, Deutschland
            Centre for Lake Studies, Makerere University, Kampala, Uganda
            """);

        Assert.Equal(
            ["Forschungsstelle Wasserrechte, Ruhr-Universität Bochum | DE | ", "Centre for Lake Studies, Makerere University | UG | "],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_table_drawn_with_rules_and_bars_keeps_each_numbered_row_one_organization_and_joins_its_wrapped_cells()
    {
        var draft = Read("""
            Señora Ministra:

            Le pedimos que proteja a las comunidades del río.

            Atentamente,

            +----+--------------------------------------+--------------+-------------+
            | N° | Organización                         | Ciudad       | País        |
            +----+--------------------------------------+--------------+-------------+
            |  1 | Red de Pescadores del Lago           | Cuenca       | Ecuador     |
            |  2 | Asociación de Mujeres Campesinas del | Cusco        | Perú        |
            |    | Altiplano (AMCA)                     |              |             |
            |  3 | Observatorio del Agua                | La Paz       | Bolivia     |
            +----+--------------------------------------+--------------+-------------+
            """);

        Assert.Equal(
            ["Red de Pescadores del Lago | EC | ", "Asociación de Mujeres Campesinas del Altiplano (AMCA) | PE | ", "Observatorio del Agua | BO | "],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_markdown_table_with_portuguese_headers_reads_the_country_column_and_a_row_with_its_number_cell_empty_goes_on()
    {
        var draft = Read("""
            Senhora Ministra,

            Pedimos que proteja as comunidades do rio.

            Com os nossos melhores cumprimentos,

            Organizações signatárias:

            | N.º | Organização | Cidade | País |
            |---:|---|---|---|
            | 1 | Rede das Pescadoras do Lago | Maputo | Moçambique |
            | 2 | Associação dos Camponeses do | Huambo | Angola |
            |  | Planalto Central (ACPC) |  |  |
            | 3 | Observatório da Água |  | Cabo Verde |
            """);

        Assert.Equal(
            ["Rede das Pescadoras do Lago | MZ | ", "Associação dos Camponeses do Planalto Central (ACPC) | AO | ", "Observatório da Água | CV | "],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_copy_block_between_the_signature_and_a_list_heading_is_skipped_and_iso_alpha_3_codes_give_the_countries()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to open the border crossings to aid convoys.

            Yours faithfully,

            Amara Okonkwo
            Convenor

            cc:
            Hon. Peter Mwangi, Minister of Water
              and Irrigation
            Members of the Regional Water Council

            SIGNATORIES (ISO country codes)

            Lake Region Peace Forum – KEN
            Coastal Fishers' Union – GHA
            Himalayan Rights Forum – NPL
            Andean Water Watch (AWW) – BOL
            Mekong Delta Farmers' Network – VNM
            Sahel Women's Network – NER
            """);

        Assert.Equal(
            [
                "Lake Region Peace Forum | KE | ", "Coastal Fishers' Union | GH | ", "Himalayan Rights Forum | NP | ", "Andean Water Watch (AWW) | BO | ",
                "Mekong Delta Farmers' Network | VN | ", "Sahel Women's Network | NE | ",
            ],
            draft.Signatories.Select(Describe));
        Assert.DoesNotContain(draft.Signatories, s => s.Name.Contains("Minister", StringComparison.Ordinal));
    }

    [Fact]
    public void An_acronym_in_brackets_that_is_also_a_countrys_alpha_3_code_stays_an_acronym()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to open the border crossings.

            Sincerely,

            Centro de Integração Popular (CIP), Mozambique
            Lake Region Peace Forum, Kenya
            """);

        Assert.Equal("Centro de Integração Popular (CIP) | MZ | ", Describe(draft.Signatories[0]));
    }

    [Fact]
    public void A_dutch_letter_with_two_line_entries_reads_each_country_line_as_the_country_of_the_name_above()
    {
        var draft = Read("""
            Den Haag, 5 maart 2016

            Geachte minister,

            Wij vragen u de bevolking langs de rivier te beschermen.

            Hoogachtend,

            namens de ondertekenende organisaties,

            drs. Pieter de Boer
            coördinator van de gezamenlijke oproep

            Ondertekenaars:

            Stichting Rivierenwacht
            Nederland

            Vlaams Netwerk voor Waterrecht
            België

            Andean Water Watch
            Verenigde Staten en Nederland

            Wereldwaterforum
            Internationaal

            Perscontact: Sanne Visser, +31 6 1234 5678
            """);

        Assert.Equal(
            ["Stichting Rivierenwacht | NL | ", "Vlaams Netwerk voor Waterrecht | BE | ", "Andean Water Watch | US,NL | ", "Wereldwaterforum |  | Internationaal"],
            draft.Signatories.Select(Describe));
        Assert.Equal("drs. Pieter de Boer", Assert.Single(draft.People).Name);
        Assert.Equal("2016-03-05", draft.Date?.ToString());
    }

    [Fact]
    public void A_line_giving_the_place_of_the_group_above_gives_it_to_every_name_of_the_group()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to open the border crossings.

            The undersigned organizations, listed by where they are based:

            Lake Region Peace Forum
            Nile Basin Women's Network
                — all of Kenya

            Andes Rights Forum
                — Peru

            Bolivia Water Watch
            Coastal Fishers' Union
                — all of Ghana

            Global Water Alliance
                — all international

            Contact for this letter: Amara Okonkwo, amara@example.org
            """);

        Assert.Equal(
            [
                "Lake Region Peace Forum | KE | ", "Nile Basin Women's Network | KE | ", "Andes Rights Forum | PE | ",
                "Bolivia Water Watch | GH | ", "Coastal Fishers' Union | GH | ", "Global Water Alliance |  | international",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void Under_a_country_heading_a_town_in_brackets_after_a_name_is_left_out()
    {
        var draft = Read("""
            Sehr geehrte Frau Ministerin,

            wir bitten Sie, die Menschen am Fluss zu schützen.

            Mit freundlichen Grüßen

            Für die unterzeichnenden Organisationen:
            Dr. Anna Weber, Koordination des Bündnisses

            Unterzeichnende Organisationen:

            DEUTSCHLAND
            Flussbündnis Süd (Ravensburg)
            Wasserwacht e. V. (Bad Tölz)

            ÖSTERREICH
            Donauforum (Bad Ischl)
            Netzwerk Alpen Wasser Schutz (Nawas)
            """);

        // "(Nawas)" spells the name's initials: an acronym written as a word, not a town.
        Assert.Equal(
            ["Flussbündnis Süd | DE | ", "Wasserwacht e. V. | DE | ", "Donauforum | AT | ", "Netzwerk Alpen Wasser Schutz (Nawas) | AT | "],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_german_dateline_with_den_gives_the_date()
    {
        var draft = Read("""
            München, den 4. Juli 2019

            Sehr geehrte Frau Ministerin,

            wir bitten Sie, die Menschen am Fluss zu schützen.

            Mit freundlichen Grüßen

            Flussbündnis Süd, Deutschland
            """);

        Assert.Equal("2019-07-04", draft.Date?.ToString());
    }

    private static LetterDraft Read(string text) => SignatoryShapeTests.Read(text);

    private static string Describe(PrintedSignatory s) =>
        $"{s.Name} | {string.Join(",", s.Places.Countries)} | {string.Join(",", s.Places.Regions)}";
}
