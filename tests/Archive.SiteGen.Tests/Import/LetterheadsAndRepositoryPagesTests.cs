namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// What a letter prints above its salutation that is neither its title nor an addressee (issue 14, seen on holdout2,
/// holdout16, holdout30, holdout31, holdout36, holdout38 and holdout41): the sender's letterhead down to its line of
/// contacts, a feast printed beside the dateline, a page's facts in Italian, and a letter kept in a code repository with
/// the repository's bar above it and its recipients as a Markdown list. Also the addressee's block that starts like a
/// salutation ("Monsieur Michael O'Flaherty"), a subject that goes on under its label, and a German letter's title
/// under its dateline. Each letter is invented, small and written out in full.
/// </summary>
public class LetterheadsAndRepositoryPagesTests
{
    [Fact]
    public void A_letterhead_down_to_its_line_of_contacts_is_neither_the_title_nor_an_addressee()
    {
        var draft = SignatoryShapeTests.Read("""
            Highland Water Justice Network
            c/o 12 Riverside Road, Suite 4, Blantyre                         www.example.org/hwjn

                                                                             3 March 2025

            To: Members of the Parliamentary Committee on Natural Resources

            Re: Protecting smallholders' wells in the Shire valley

            Honourable Members,

            We ask the committee to halt the licensing of new boreholes until the wells of the valley are surveyed.

            Signed:

            Highland Water Justice Network (Malawi)
            Farmers' Rights Forum (Zambia)
            """);

        Assert.Equal("Protecting smallholders' wells in the Shire valley", draft.Title);
        Assert.Equal(["Members of the Parliamentary Committee on Natural Resources"], draft.Recipients);
    }

    [Fact]
    public void The_address_and_motto_above_a_letterheads_telephone_and_a_feast_beside_the_dateline_are_the_senders()
    {
        var draft = SignatoryShapeTests.Read("""
            FELLOWSHIP OF CHURCHES FOR THE GREAT LAKES
            A forum of churches and church-related agencies
            Mission House · 4 Abbey Lane · York YO1 7AA
            Tel. +44 (0)19 0400 0000 · office@fcgl.example.org
            ______________________________________________________________

                                                              2 February 2025
                                                              Feast of the Presentation

            The Rt Hon Jane Doe MP
            Minister for Africa
            King Charles Street
            London SW1A 2AH

            Dear Minister,

            We write to ask the government to press for a ceasefire around Goma and for humanitarian access to the camps.

            Yours sincerely,

            Fellowship of Churches for the Great Lakes (United Kingdom)
            Église du Christ au Kivu (RDC)
            """);

        Assert.Equal("Letter to The Rt Hon Jane Doe MP", draft.Title);
        Assert.False(draft.TitleIsPrinted);
        Assert.Equal(["The Rt Hon Jane Doe MP, Minister for Africa, King Charles Street, London SW1A 2AH"], draft.Recipients);
        Assert.Equal("2025-02-02", draft.Date?.ToString());
    }

    [Fact]
    public void A_pages_facts_in_italian_under_the_dateline_are_no_addressee()
    {
        var draft = SignatoryShapeTests.Read("""
            Lettera aperta sulle carceri in Libia

            Roma, 10 aprile 2024

            pubblicato il 11 aprile 2024 | Categoria: Migrazioni | Tempo di lettura: 3 minuti

            Al Ministro degli Affari Esteri

            Signor Ministro,

            Le chiediamo di sospendere il sostegno ai centri di detenzione in Libia finché non saranno chiusi.

            Firmano:

            Rete Migranti Libera (Italia)
            Comitato per la Dignità (Italia)
            """);

        Assert.Equal(["Al Ministro degli Affari Esteri"], draft.Recipients);
        Assert.Equal("2024-04-10", draft.Date?.ToString());
    }

    [Fact]
    public void A_letter_kept_in_a_code_repository_gives_its_heading_its_date_and_its_listed_recipients()
    {
        var draft = SignatoryShapeTests.Read("""
            Skip to content
            Navigation Menu
            lakes-coalition / open-letters   Public

            Code   Issues 2   Pull requests 1   Actions   Security   Insights

            Files
            main
            open-letters / 2025 / malawi-water-act.md

             Latest commit 1a2b3c4 · 2 days ago   History
             64 lines (50 loc) · 3.1 KB

            Preview   Code   Blame                                   Raw

            # Malawi must keep the Water Resources Act's protection of smallholders

            **Date:** 5 May 2025
            **Status:** Sent · a translation into Chichewa is in `malawi-water-act.ny.md`

            ## To

            - H.E. Dr. Jane Banda, Minister of Water and Sanitation
            - Mr. John Phiri, Chief Executive, National Water Resources Authority

            ## Letter

            Your Excellency, Mr. Phiri,

            We ask you to keep the protection of smallholders' wells in the regulations under the Act.

            ## Signatories

            - **Highland Water Justice Network** (Malawi)
            - **Farmers' Rights Forum** (Zambia)
            """);

        Assert.Equal("Malawi must keep the Water Resources Act's protection of smallholders", draft.Title);
        Assert.Equal("2025-05-05", draft.Date?.ToString());
        Assert.Equal(["H.E. Dr. Jane Banda, Minister of Water and Sanitation", "Mr. John Phiri, Chief Executive, National Water Resources Authority"], draft.Recipients);
    }

    [Fact]
    public void A_german_letter_under_its_senders_letterhead_takes_the_line_that_says_it_is_a_letter_for_its_title()
    {
        var draft = SignatoryShapeTests.Read("""
            Aktionsbündnis Menschenrechte Tibet
            c/o Haus der Vereine · Lindenstraße 00 · 10969 Berlin
            info@amt.example.de · www.amt.example.de

            Herrn
            Dr. Max Mustermann, MdB
            Bundesminister für wirtschaftliche Zusammenarbeit
            Stresemannstraße 94
            10963 Berlin

                                                              Berlin, den 10. März 2025

            Offener Brief zum Jahrestag des Aufstands in Lhasa

            Sehr geehrter Herr Bundesminister,

            wir bitten Sie, die Lage der Menschenrechte in Tibet in den Regierungskonsultationen anzusprechen.

            Unterzeichnende Organisationen:

            Aktionsbündnis Menschenrechte Tibet (Deutschland)
            Tibet Initiative Österreich (Österreich)
            """);

        Assert.Equal("Offener Brief zum Jahrestag des Aufstands in Lhasa", draft.Title);
        Assert.Equal(["Herrn, Dr. Max Mustermann, MdB, Bundesminister für wirtschaftliche Zusammenarbeit, Stresemannstraße 94, 10963 Berlin"], draft.Recipients);
    }

    [Fact]
    public void An_addressees_block_that_starts_like_a_salutation_is_an_address_and_a_subject_goes_on_under_its_label()
    {
        var draft = SignatoryShapeTests.Read("""
            COLLECTIF POUR LE DROIT AU LOGEMENT
            12, rue des Lilas – 69003 Lyon – contact@cdl.example.fr

                                                              Lyon, le 4 juin 2024

            Monsieur Jean Dupont
            Préfet du Rhône
            Place Bellecour – 69002 Lyon

            Objet : expulsions de campements habités par des familles
            en amont de la trêve hivernale

            Monsieur le Préfet,

            Nos organisations constatent une multiplication des expulsions sans diagnostic social préalable.

            Signataires :

            Collectif pour le droit au logement (France)
            Ligue des droits humains (Belgique)
            """);

        Assert.Equal("expulsions de campements habités par des familles en amont de la trêve hivernale", draft.Title);
        Assert.Equal(["Monsieur Jean Dupont, Préfet du Rhône, Place Bellecour – 69002 Lyon"], draft.Recipients);
    }

    [Fact]
    public void The_rest_of_a_letterheads_block_under_its_contacts_is_the_letterheads_and_a_subject_under_the_salutation_is_the_title()
    {
        var draft = SignatoryShapeTests.Read("""
            LAKES PEACE NETWORK
            c/o 4 Abbey Lane, York YO1 7AA  ·  info@lpn.example.org.uk
            Registered charity in England and Wales no. 1100000  ·  Company limited by guarantee no. 1200000

            The Rt Hon Jane Doe MP
            Minister for Africa

            2 February 2025

            Your Excellency, Honourable Minister,

            RE: A CEASEFIRE AROUND GOMA

            We write to ask the government to press for a ceasefire around Goma.

            Yours sincerely,

            Lakes Peace Network (United Kingdom)
            Église du Christ au Kivu (RDC)
            """);

        Assert.Equal("A CEASEFIRE AROUND GOMA", draft.Title);
        Assert.Equal(["The Rt Hon Jane Doe MP, Minister for Africa"], draft.Recipients);
        Assert.DoesNotContain("CEASEFIRE", draft.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CARTA ABERTA\nSobre a violência em Cafunfo", "Sobre a violência em Cafunfo")]
    [InlineData("CARTA ABERTA AO PRESIDENTE DA REPÚBLICA\n\nUm ano depois da emergência", "CARTA ABERTA AO PRESIDENTE DA REPÚBLICA: Um ano depois da emergência")]
    [InlineData("OPEN LETTER: THE COUNCIL MUST ACT TO PROTECT THE ROHINGYA AND OTHER\nVULNERABLE POPULATIONS IN MYANMAR", "OPEN LETTER: THE COUNCIL MUST ACT TO PROTECT THE ROHINGYA AND OTHER VULNERABLE POPULATIONS IN MYANMAR")]
    public void A_title_that_only_says_what_the_letter_is_takes_its_subject_from_the_line_under_it(string head, string title)
    {
        var draft = SignatoryShapeTests.Read(head + """


            Luanda, 10 de Fevereiro de 2021

            A Sua Excelência
            Presidente da República

            Excelência,

            As organizações abaixo assinadas dirigem-se a Vossa Excelência para manifestar a sua profunda preocupação.

            Assinam:

            Associação Justiça e Paz (Angola)
            Rede Lusófona de Direitos (Portugal)
            """);

        Assert.Equal(title, draft.Title);
    }

    [Fact]
    public void A_letter_without_a_printed_title_is_named_after_its_addressee_not_the_form_of_address()
    {
        var draft = SignatoryShapeTests.Read("""
            Tegucigalpa, 15 de marzo de 2010

            Señor
            José Miguel Insulza
            Secretario General

            Ref.: Situación de periodistas en Honduras

            Estimado señor Secretario General:

            Las organizaciones firmantes le escribimos para expresar nuestra preocupación por los periodistas.

            Firman:

            Comité por la Libre Expresión (Honduras)
            Red de Defensoras (Guatemala)
            """);

        Assert.Equal("Situación de periodistas en Honduras", draft.Title);
        Assert.Equal(["Señor, José Miguel Insulza, Secretario General"], draft.Recipients);
    }

    [Fact]
    public void A_dateline_right_under_the_letterheads_contacts_is_read_and_a_memos_subject_stays_the_title()
    {
        var draft = SignatoryShapeTests.Read("""
            Lakes Peace Network
            4 Abbey Lane, York  ·  info@lpn.example.org.uk
            York, 3 March 2025

            To: Members of the Security Council

            Subject: Protection of civilians around Goma

            Open letter to the Security Council

            Excellencies,

            We write to ask the Council to press for a ceasefire around Goma.

            Signed:

            Lakes Peace Network (United Kingdom)
            Église du Christ au Kivu (RDC)
            """);

        Assert.Equal("2025-03-03", draft.Date?.ToString());
        Assert.Equal("Protection of civilians around Goma", draft.Title);
        Assert.Equal(["Members of the Security Council"], draft.Recipients);
    }

    [Fact]
    public void The_date_a_page_was_updated_in_its_footer_under_the_signers_is_no_signer()
    {
        var draft = SignatoryShapeTests.Read("""
            # Letter on humanitarian exemptions

            Dear Members of the Security Council,

            We ask you to renew the humanitarian exemption.

            ## Signatories

            | Organisation | Country |
            | --- | --- |
            | Harbour Aid | Yemen |
            | Highland Relief | Global |

            ## In their personal capacity

            | Name | Role |
            | --- | --- |
            | Dr. Amina Wekesa | Former envoy |

            ---
            Last updated 5 March 2025 · Licensed CC BY 4.0
            """);

        Assert.Equal(["Harbour Aid", "Highland Relief"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["Dr. Amina Wekesa"], draft.People.Select(p => p.Name));
        Assert.Contains(draft.Skipped, s => s.Text.StartsWith("Last updated", StringComparison.Ordinal) && s.Reason.Contains("updated", StringComparison.Ordinal));
    }
}
