namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// How refugee-rights, land and seed, business-and-human-rights and women's peace coalitions collect and print their
/// lists (issue 14, holdout51): a petition platform's feed of signatures, founding years after a name, cities printed with their name in the language of their first peoples, a slide carousel's pages with a
/// country's run of names going on over a line and a page, a closing signed for a coalition over its coordinator's
/// name and title, a coalition's size in brackets, and a shared document's Spanish heading and instruction. Each letter
/// is invented, small and written out in full.
/// </summary>
public class RefugeeLandAndPeaceListsTests
{
    [Fact]
    public void A_petition_platforms_feed_gives_one_entry_a_signature_and_its_people_apart()
    {
        var draft = SignatoryShapeTests.Read("""
            SEMENTES NAS MÃOS DE QUEM AS CULTIVA

            Maputo, 16 de Outubro de 2025

            Sua Excelência o Ministro da Agricultura,

            Pedimos que o Regulamento de Sementes reconheça os sistemas de sementes camponesas e que as organizações
            camponesas sejam ouvidas antes de qualquer revisão.

            Com os melhores cumprimentos,

            As organizações e pessoas signatárias

            APOIOS EM DESTAQUE
            ------------------

              ★ UNAC – União Nacional de Camponeses · Maputo, Moçambique · criadora da petição

            ASSINATURAS RECENTES (mais recentes primeiro)
            Filtro: organizações + pessoas com comentário · A mostrar 6 de 2.013

            ✍ Assinado por Associação OMUNGA · Lubango, Angola · há 2 horas
            ✍ Assinado por Ana Paula Macuácua · Nampula · há 5 horas
               "Na minha machamba só semeio o milho que a minha mãe guardava."
            ✍ Assinado por Fórum Mulher · Maputo, Moçambique · há 1 dia
            ✍ Assinado por Eng.ª Marta Nhantumbo · Maputo · há 9 dias
            ✍ Assinado por GRAIN · Internacional · há 5 dias
            ✍ Assinado por UNAC – União Nacional de Camponeses · Maputo, Moçambique · há 14 dias

            [ Carregar mais assinaturas ]

            ACTUALIZAÇÕES
            28/10/2025 — A petição foi entregue em mão no Ministério.

            Denunciar esta petição · Termos de utilização · Privacidade
            """);

        Assert.Equal(["UNAC – União Nacional de Camponeses", "Associação OMUNGA", "Fórum Mulher", "GRAIN"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["MZ", "AO", "MZ", ""], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Equal(["Ana Paula Macuácua", "Eng.ª Marta Nhantumbo"], draft.People.Select(p => p.Name));
    }

    // Found trying the importer as a user on an English petition page (the Portuguese closing was known already).
    [Fact]
    public void An_english_petition_pages_closing_that_says_who_signed_is_no_entry()
    {
        var draft = SignatoryShapeTests.Read("""
            RESPECT FARMERS' SEEDS IN MALAWI

            Lilongwe, 3 November 2025

            Honourable Minister,

            We ask you to withdraw the draft seed regulation until farmers' organisations have been heard.

            Yours sincerely,

            The organisations and people who signed

            RECENT SIGNATURES (newest first)

            ✍ Signed by Human Rights Watch · New York, United States · 2 hours ago
            ✍ Signed by Grace Banda · Zomba · 5 hours ago
            ✍ Signed by Centre for Environmental Policy and Advocacy (CEPA) · Blantyre, Malawi · 1 day ago
            ✍ Signed by GRAIN · International · 3 days ago
            ✍ Signed by Farmers Union of Malawi · Lilongwe, Malawi · 4 days ago

            Report this petition · Terms of use · Privacy
            """);

        Assert.Equal(["Human Rights Watch", "Centre for Environmental Policy and Advocacy (CEPA)", "GRAIN", "Farmers Union of Malawi"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["Grace Banda"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_founding_year_and_a_coalitions_size_are_no_part_of_a_name_but_a_former_name_is()
    {
        var draft = SignatoryShapeTests.Read("""
            Open letter on gender-responsive transitional justice

            2 November 2024

            Your Excellency,

            We ask that women be at the centre of the transitional justice process.

            Signed:

            Setaweet Movement — Ethiopia (est. 2014)
            South Sudan Women's Coalition — Juba, South Sudan (est. 2015; 40 member organisations)
            Act for Peace (formerly Christian World Service) — Sydney
            Initiative Lieferkettengesetz, Berlin (Bündnis aus über 140 Organisationen)
            Kofi Annan Foundation — Geneva, Switzerland (est. 2007)
            """);

        // A former name stays, as lists print it with the name a body has now and older sets' golds keep it.
        Assert.Equal(["Setaweet Movement", "South Sudan Women's Coalition", "Act for Peace (formerly Christian World Service)", "Initiative Lieferkettengesetz", "Kofi Annan Foundation"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["ET", "SS", "AU", "DE", "CH"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_city_printed_with_its_name_in_the_language_of_its_first_peoples_is_that_city()
    {
        var draft = SignatoryShapeTests.Read("""
            No deals to send people to Nauru

            5 September 2025

            Dear Minister,

            We ask you to end the removals.

            Signed:

            Asylum Seeker Resource Centre (ASRC) — Naarm/Melbourne
            R2P Student Coalition — Meanjin/Brisbane
            Asylum Seekers Support Trust — Tāmaki Makaurau/Auckland, Aotearoa New Zealand
            Fiji Women's Rights Movement (FWRM) — Suva
            Pacific Conference of Churches — Suva
            """);

        Assert.Equal(["Asylum Seeker Resource Centre (ASRC)", "R2P Student Coalition", "Asylum Seekers Support Trust", "Fiji Women's Rights Movement (FWRM)", "Pacific Conference of Churches"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["AU", "AU", "NZ", "FJ", "FJ"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_countrys_run_of_names_goes_on_over_a_line_and_a_page_of_a_slide_carousel()
    {
        var draft = SignatoryShapeTests.Read("""
            Citizenship for every child born here

            14 October 2024

            Dear Prime Minister,

            We ask you to withdraw the amendments that would leave foundlings stateless.

            ═══ Page 7 / 10 ═══
            SIGNATORIES

            Indonesia: Perkumpulan Praxis; SUAKA

            Malaysia: Family Frontiers; Development of Human Resources in Rural Areas Malaysia (DHRRA Malaysia);
            Sisters in Islam (SIS); Women's Aid Organisation (WAO)

            ═══ Page 8 / 10 ═══
            SIGNATORIES (cont.)

            Malaysia (cont.): All Women's Action Society (AWAM); Pusat KOMAS

            Netherlands: Institute on Statelessness and Inclusion (ISI)

            ═══ Page 9 / 10 ═══
            [Image: hands of different ages holding a paper chain of figures]
            """);

        Assert.Equal(
            ["Perkumpulan Praxis", "SUAKA", "Family Frontiers", "Development of Human Resources in Rural Areas Malaysia (DHRRA Malaysia)", "Sisters in Islam (SIS)", "Women's Aid Organisation (WAO)", "All Women's Action Society (AWAM)", "Pusat KOMAS", "Institute on Statelessness and Inclusion (ISI)"],
            draft.Signatories.Select(s => s.Name));
        Assert.Equal(["ID", "ID", "MY", "MY", "MY", "MY", "MY", "MY", "NL"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_closing_signed_for_a_coalition_over_its_coordinators_name_and_title_names_the_coalition()
    {
        var draft = SignatoryShapeTests.Read("""
            Offener Brief: Keine Entkernung des Lieferkettengesetzes

            Berlin, 2. September 2025

            Sehr geehrte Frau Ministerin,

            wir fordern Sie auf, das Gesetz nicht abzuschwächen.

            Mit freundlichen Grüßen

            Für die Initiative Lieferkettengesetz
            Johanna Kessler-Otte
            Koordinatorin

            UNTERZEICHNENDE ORGANISATIONEN

            Initiative Lieferkettengesetz, Berlin (Bündnis aus über 140 Organisationen)
            Germanwatch e.V., Bonn
            INKOTA-netzwerk e.V., Berlin
            """);

        Assert.Equal(["Initiative Lieferkettengesetz", "Germanwatch e.V.", "INKOTA-netzwerk e.V."], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["Johanna Kessler-Otte"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_shared_documents_spanish_heading_and_its_instruction_to_add_a_row_head_the_table()
    {
        var draft = SignatoryShapeTests.Read("""
            Carta abierta: no a la reapertura de la mina

            Ciudad de Panamá, 9 de junio de 2025

            Señor Director Ejecutivo:

            Le pedimos que no reabra la mina sin el consentimiento de las comunidades.

            Atentamente,

            Las organizaciones y personas que figuran en la tabla de adhesiones.

            ## Adhesiones de organizaciones

            Agrega tu organización **al final** de la tabla.

            | N.º | Organización | País | Tipo | Fecha de adhesión |
            |----:|--------------|------|------|-------------------|
            | 1 | Movimiento Panamá Vale Más sin Minería | Panamá | movimiento | 02/06/2025 |
            | 2 | Centro de Incidencia Ambiental (CIAM) | Panamá | ONG | 02/06/2025 |
            | 3 | MiningWatch Canada | Canadá | ONG | 03/06/2025 |
            """);

        Assert.Equal(["Movimiento Panamá Vale Más sin Minería", "Centro de Incidencia Ambiental (CIAM)", "MiningWatch Canada"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["PA", "PA", "CA"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }
}
