namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// How disarmament, education and housing coalitions print their lists (issue 14, holdout48): a web page's flags
/// before countries printed first, a digest's table with the country printed once for its rows, networks that sign for
/// a count of members with some of them indented under them, signers named in the sentences after the closing, a
/// Markdown page's convener and counts, headings of island groups, a shared document's organizer's notes, and a
/// serial-numbered table with an address column.
/// Each letter is invented, small and written out in full.
/// </summary>
public class DisarmamentEducationAndHousingListsTests
{
    [Fact]
    public void A_flag_before_a_country_printed_first_is_read_with_the_country()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We ask you to protect civilians from explosive weapons.

            Yours sincerely,

            AFRICA
            🇬🇭 Ghana — Coastal Peace Forum
            🇸🇩 Sudan — Nile Civilians Network (NCN)
            🌐 Global — Safer Towns Campaign
            """);

        Assert.Equal(["Coastal Peace Forum", "Nile Civilians Network (NCN)", "Safer Towns Campaign"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["GH", "SD", ""], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_table_that_prints_the_country_once_gives_it_to_the_rows_under_it_and_late_additions_are_a_heading()
    {
        var draft = SignatoryShapeTests.Read("""
            Your Excellency,

            We urge the States Parties to reject nuclear deterrence.

            Yours respectfully,

            Country               Organisation
            --------------------  ------------------------------------------
            Kazakhstan            Steppe Centre for Security Policy
                                  Polygon Survivors' Association of Semey
            Sweden                Nordic Physicians against Nuclear War
                                  Lakeside Peace Council

            Late additions (received 19 February)
            Ghana                 Volta Peace Institute
            """);

        Assert.Equal(["Steppe Centre for Security Policy", "Polygon Survivors' Association of Semey", "Nordic Physicians against Nuclear War", "Lakeside Peace Council", "Volta Peace Institute"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["KZ", "KZ", "SE", "SE", "GH"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void Networks_signing_for_a_count_of_members_and_the_page_furniture_of_an_italian_pdf_are_read()
    {
        var draft = SignatoryShapeTests.Read("""
            Egregio Presidente,

            Le chiediamo di sospendere le forniture.

            Con i migliori saluti,

            per la Rete Disarmo Lombarda
            la Segreteria nazionale

            ORGANIZZAZIONI FIRMATARIE

            ■ Rete Disarmo Lombarda – Milano (a nome di 23 organizzazioni aderenti)
                 ◦ Archivio per la Pace – Milano
            ■ Coalizione Armi Leggere Africa Centrale – CALAC (Camerun) (a nome di 9 coalizioni nazionali)

            Rete Disarmo Lombarda – Lettera aperta – 12 maggio 2025                                    pag. 2 di 3

            ■ Coalizione Armi Leggere Africa Centrale – CALAC (segue)
                 ◦ Forum des Jeunes pour la Paix (Repubblica Democratica del Congo)
            """);

        Assert.Equal(["Rete Disarmo Lombarda", "Archivio per la Pace", "Coalizione Armi Leggere Africa Centrale – CALAC", "Forum des Jeunes pour la Paix"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["IT", "IT", "CM", "CD"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void Signers_named_in_the_sentences_after_the_closing_are_read_and_those_in_a_personal_capacity_are_people()
    {
        var draft = SignatoryShapeTests.Read("""
            Madame la Directrice générale,

            Nous vous demandons de protéger les universités.

            Nous vous prions d'agréer, Madame la Directrice générale, l'expression de notre très haute considération.

            Cette lettre est portée par la Coalition pour les campus libres (CCL, internationale), le Réseau des
            étudiants du Sahel (Niger) et l'Union des chercheurs en exil (France). Elle est soutenue par la Ligue
            des enseignants haïtiens (LEH) (Haïti) et Lakeside Scholars Network (Kenya). À titre personnel, elle est
            également signée par Pr Awa Diallo-Kane (Université de Niamey) et M. Paul Berthier (chercheur en exil).
            """);

        Assert.Equal(["Coalition pour les campus libres (CCL)", "Réseau des étudiants du Sahel", "Union des chercheurs en exil", "Ligue des enseignants haïtiens (LEH)", "Lakeside Scholars Network"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["", "NE", "FR", "HT", "KE"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Equal(["Pr Awa Diallo-Kane", "M. Paul Berthier"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_markdown_pages_convener_and_the_members_counted_after_an_entry_are_read_and_personal_endorsements_are_people()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Foreign Secretary,

            We ask you to restore funding for education.

            Yours sincerely,

            ## Signatories

            Convened by [Every Pupil Coalition](https://epc.example.org) — Global

            ### Organisations

            - [Sahel Schools Network](https://example.org/ssn) — Senegal (on behalf of 38 national education coalitions)
            - [Lake Teachers Union](https://example.org/ltu) — Uganda

            ### Personal endorsements

            - Prof. Elaine Moss-Kariuki, comparative education researcher
            """);

        Assert.Equal(["Every Pupil Coalition", "Sahel Schools Network", "Lake Teachers Union"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["", "SN", "UG"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.EndsWith("Elaine Moss-Kariuki", Assert.Single(draft.People).Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Island_groups_and_provinces_place_their_entries_and_an_organizers_notes_end_the_list()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear President,

            We ask the Bank to suspend the railway's financing.

            Respectfully,

            LUZON
            Samahan ng mga Magsasaka ng Bulacan (SMB) (Bulacan)
            Urban Poor Alliance (UPA) (Manila)

            INTERNATIONAL SOLIDARITY
            Mekong Housing Rights Coalition – Thailand
            Andaman Land Watch – Thailand
            Java Tenants Union – Indonesia

            ________________________________________________________________

            >>> NOTAS DA ARTICULAÇÃO (não fazem parte da carta)
            >>> – 31/05: a Vila da Barca confirmou a assinatura.
            """);

        Assert.Equal(["Samahan ng mga Magsasaka ng Bulacan (SMB)", "Urban Poor Alliance (UPA)", "Mekong Housing Rights Coalition", "Andaman Land Watch", "Java Tenants Union"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["PH", "PH", "TH", "TH", "ID"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Empty(draft.People);
    }

    [Fact]
    public void A_workspace_pages_date_sent_is_the_letters_date_and_a_letterhead_of_two_lines_on_the_next_page_is_no_signer()
    {
        var draft = SignatoryShapeTests.Read("""
            RETE PACE LOMBARDA
            Rete lombarda per il disarmo e la pace

            Date sent: April 24, 2025
            Last edited: April 25, 2025 9:14 AM

            Egregio Presidente,

            Le chiediamo di sospendere le forniture.

            Con i migliori saluti,

            Archivio per la Pace – Milano
            Movimento Nonviolento – Verona

            Rete Pace Lombarda – Lettera aperta – 24 aprile 2025                                    pag. 1 di 2

            RETE PACE LOMBARDA
            Rete lombarda per il disarmo e la pace

            Fondazione Finanza Etica – Padova
            """);

        Assert.Equal("2025-04-24", draft.Date?.ToString());
        Assert.Equal(["Archivio per la Pace", "Movimento Nonviolento", "Fondazione Finanza Etica"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_list_heading_that_names_several_kinds_of_signers_is_no_signer()
    {
        var draft = SignatoryShapeTests.Read("""
            Senhor Prefeito,

            Pedimos a suspensão das remoções.

            Atenciosamente,

            ORGANIZAÇÕES, MOVIMENTOS E COLETIVOS SIGNATÁRIOS

            Frente Ribeirinha pelo Direito à Cidade – Belém/PA
            União Nacional por Moradia Popular (UNMP) – São Paulo/SP
            """);

        Assert.Equal(["Frente Ribeirinha pelo Direito à Cidade", "União Nacional por Moradia Popular (UNMP)"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_serial_numbered_table_with_an_address_column_gives_each_organization_its_town_and_district()
    {
        var draft = SignatoryShapeTests.Read(
            "Respected Minister,\n\nWe request a halt to evictions.\n\nSincerely,\n\n"
            + "S.N.\tName of Organisation\tAddress\n"
            + "1\tRiverside Settlers Forum\tKathmandu\n"
            + "2\tKamaiya Freedom Samaj\tDhangadhi, Kailali\n"
            + "3\tValley Housing Network\tNew Delhi, India\n");

        Assert.Equal(["Riverside Settlers Forum", "Kamaiya Freedom Samaj", "Valley Housing Network"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["NP", "NP", "IN"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_city_and_its_state_head_a_group_and_a_locality_before_the_city_is_no_part_of_the_name()
    {
        var draft = SignatoryShapeTests.Read("""
            Excelentíssimo Senhor Prefeito,

            Pedimos a suspensão das remoções.

            Atenciosamente,

            Belém e Pará
            Frente Ribeirinha pelo Direito à Cidade – Belém/PA
            Coletivo das Ilhas do Guamá – Ilha do Combu, Belém/PA
            Cáritas Ribeirinha – Regional Norte 2, Belém/PA

            Nacionais
            Fórum Popular de Moradia – São Paulo/SP
            """);

        Assert.Equal(["Frente Ribeirinha pelo Direito à Cidade", "Coletivo das Ilhas do Guamá", "Cáritas Ribeirinha – Regional Norte 2", "Fórum Popular de Moradia"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["BR", "BR", "BR", "BR"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }
}
