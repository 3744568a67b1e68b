using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// More layouts of whole signatory lists (issue 14, the round for holdout10): the country printed first on each line,
/// a list run in as one paragraph, a table numbered again under each section, a PDF's page footers and names broken
/// across lines, and lists in Polish and Turkish. Each letter is invented, small and written out in full.
/// </summary>
public class ListLayoutShapeTests
{
    [Fact]
    public void A_list_sorted_by_country_with_the_country_first_on_each_line_reads_each_name_with_that_country()
    {
        var draft = Read("""
            Estimados señores:

            Les pedimos que protejan a las comunidades del lago.

            Atentamente,

            Organizaciones firmantes:

            Bolivia — Red Andina del Agua (RAA)
            Chile — Observatorio Ciudadano del Lago
            Estados Unidos — Coastal Fishers' Union
            Países Bajos — Lake Region Peace Forum – Netherlands (LRPF)
            Internacional — Mountain Women's Network
            """);

        Assert.Equal(
            [
                "Red Andina del Agua (RAA) | BO | ",
                "Observatorio Ciudadano del Lago | CL | ",
                "Coastal Fishers' Union | US | ",
                "Lake Region Peace Forum – Netherlands (LRPF) | NL | ",
                "Mountain Women's Network |  | Internacional",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_name_that_starts_with_a_country_and_a_dash_among_names_that_do_not_keeps_its_whole_name()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to protect the people of the lake districts.

            Sincerely,

            Andean Water Watch – Bolivia
            Lake Region Peace Forum – Kenya
            Coastal Fishers' Union – Ghana
            Sudan – Darfur Women's Network
            """);

        Assert.Contains(draft.Signatories, s => s.Name.StartsWith("Sudan", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tab_table_with_the_country_first_padded_with_tabs_reads_each_row_and_its_people_without_the_country()
    {
        var draft = Read("""
            Dear Commissioners,

            We ask you to send observers to the northern districts before the vote.

            Respectfully,

            SIGNATORIES

            Country		Organisation
            Bolivia	Andean Water Watch
            Ghana		Coastal Fishers' Union (CFU)
            Kenya		Lake Region Peace Forum
            International	Mountain Women's Network

            INDIVIDUALS (in their personal capacity)

            Ghana		Dr. Ama Owusu, historian
            """);

        Assert.Equal(
            [
                "Andean Water Watch | BO | ",
                "Coastal Fishers' Union (CFU) | GH | ",
                "Lake Region Peace Forum | KE | ",
                "Mountain Women's Network |  | International",
            ],
            draft.Signatories.Select(Describe));
        Assert.Equal(["Dr. Ama Owusu"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_list_run_in_as_one_paragraph_after_its_heading_reads_every_name_and_two_names_sharing_a_place_are_two()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to protect the people of the lake districts.

            Yours sincerely,

            Signed by: Lake Region Peace Forum (LRPF) (Kenya), Coastal Fishers' Union (Ghana), Andean Water
            Watch (Bolivia), Mountain Women's Network (MWN) (Nepal), River Guardians and Delta Voices
            (both UK), Prairie Justice Centre (USA) and Island Law and Rights Centre (Fiji).

            And, in their personal capacity: Prof. Ama Owusu (Ghana), Rev. Tomas Quispe (Bolivia) and Lena
            Berg (Sweden).
            """);

        Assert.Equal(
            [
                "Lake Region Peace Forum (LRPF) | KE | ",
                "Coastal Fishers' Union | GH | ",
                "Andean Water Watch | BO | ",
                "Mountain Women's Network (MWN) | NP | ",
                "River Guardians | GB | ",
                "Delta Voices | GB | ",
                "Prairie Justice Centre | US | ",
                "Island Law and Rights Centre | FJ | ",
            ],
            draft.Signatories.Select(Describe));
        Assert.Equal(["Prof. Ama Owusu", "Rev. Tomas Quispe", "Lena Berg"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_table_numbered_again_under_each_section_with_its_header_repeated_reads_every_row_and_no_section_heading()
    {
        var draft = Read("""
            Excellences,

            Nous vous demandons de protéger les populations des rives du lac.

            Veuillez agréer, Excellences, l'expression de notre haute considération.

            LISTE DES ORGANISATIONS SIGNATAIRES

            GRANDS LACS ET CORNE
            N°   Organisation                                   Pays
            1    Forum pour la Paix du Lac (FPL)                Burundi
            2    Union des Pêcheurs du Nord                     Ouganda

            AMÉRIQUES ET CARAÏBES
            N°   Organisation                                   Pays
            1    Réseau Andin de l'Eau                          Bolivie
            2    Observatoire Citoyen du Lac                    Haïti

            ASIE
            N°   Organisation                                   Pays
            1    Réseau des Femmes de la Montagne               Népal
            """);

        Assert.Equal(
            [
                "Forum pour la Paix du Lac (FPL) | BI | ",
                "Union des Pêcheurs du Nord | UG | ",
                "Réseau Andin de l'Eau | BO | ",
                "Observatoire Citoyen du Lac | HT | ",
                "Réseau des Femmes de la Montagne | NP | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_pdf_copys_page_footers_and_running_title_are_no_signatories_and_names_broken_across_lines_are_joined()
    {
        var draft = Read("""
            Gentili Ministri,

            Vi chiediamo di proteggere le comunità del lago.

            Distinti saluti.

            Le organizzazioni firmatarie:

            Associazione Pescatori del Lago – Italia
            Rete Andina per l'Acqua – Bolivia
            Forum per la Pace della Regione dei Laghi – Kenya
            Lettera aperta sui laghi – 3 marzo 2020                                      Pagina 1 di 2

            Lettera aperta sui laghi – 3 marzo 2020

            Osservatorio Civico per la Tutela delle Acque e dei
            Fiumi (OCTAF) – Svizzera
            Coastal Fishers' Union for the Protection of the Northern
            Shores (CFUPNS) – Ghana
            Mountain Women's Network – Nepal
            RAL – Rete delle Associazioni
            Lacustri – Italia
            Delta Voices – Regno Unito
            Lettera aperta sui laghi – 3 marzo 2020                                      Pagina 2 di 2
            """);

        Assert.Equal(
            [
                "Associazione Pescatori del Lago | IT | ",
                "Rete Andina per l'Acqua | BO | ",
                "Forum per la Pace della Regione dei Laghi | KE | ",
                "Osservatorio Civico per la Tutela delle Acque e dei Fiumi (OCTAF) | CH | ",
                "Coastal Fishers' Union for the Protection of the Northern Shores (CFUPNS) | GH | ",
                "Mountain Women's Network | NP | ",
                "RAL – Rete delle Associazioni Lacustri | IT | ",
                "Delta Voices | GB | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_polish_list_reads_polish_country_names_in_brackets_and_its_closing_convener_and_press_contact_sign_nothing()
    {
        var draft = Read("""
            Szanowni Państwo,

            Wzywamy do ochrony społeczności nad jeziorem.

            Z wyrazami szacunku

            W imieniu sygnatariuszy:
            dr hab. Zofia Nowak
            koordynatorka apelu

            Lista sygnatariuszy:

            1. Fundacja Czystej Wody (Polska)
            2. Lake Region Peace Forum (Stany Zjednoczone)
            3. Mountain Women's Network (Niemcy / Szwajcaria)
            4. Delta Voices (Wielka Brytania)
            5. River Guardians (organizacja międzynarodowa)

            Kontakt dla mediów: Jan Kowal, tel. +48 22 000 00 00
            """);

        Assert.Equal(
            [
                "Fundacja Czystej Wody | PL | ",
                "Lake Region Peace Forum | US | ",
                "Mountain Women's Network | DE,CH | ",
                "Delta Voices | GB | ",
                "River Guardians |  | organizacja międzynarodowa",
            ],
            draft.Signatories.Select(Describe));
        Assert.Equal(["dr hab. Zofia Nowak"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_turkish_list_reads_turkish_country_names_after_a_dash_and_its_closing_and_coordinator_sign_nothing()
    {
        var draft = Read("""
            Sayın Bakanlar,

            Göl kıyısındaki toplulukları korumanızı talep ediyoruz.

            Saygılarımızla,

            Koordinatör:
            Av. Elif Demir

            İmzacı Kuruluşlar:

            Temiz Su Derneği – Türkiye
            Lake Region Peace Forum – Lübnan
            Mountain Women's Network – ABD
            Delta Voices – Birleşik Krallık
            River Guardians – Almanya
            """);

        Assert.Equal(
            [
                "Temiz Su Derneği | TR | ",
                "Lake Region Peace Forum | LB | ",
                "Mountain Women's Network | US | ",
                "Delta Voices | GB | ",
                "River Guardians | DE | ",
            ],
            draft.Signatories.Select(Describe));
        Assert.Equal(["Av. Elif Demir"], draft.People.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Lima, Perú, a 3 de marzo del 2020", "2020-03-03")]
    [InlineData("Beira, aos 7 dias do mês de junho de 2022", "2022-06-07")]
    [InlineData("Dated this 2nd day of March, 2020", "2020-03-02")]
    [InlineData("Napoli, lì 3.11.2020", "2020-11-03")]
    [InlineData("Kraków, 3 marca 2020 r.", "2020-03-03")]
    [InlineData("Ankara, 12 Şubat 2020", "2020-02-12")]
    [InlineData("March 3, 2020 – Kampala", "2020-03-03")]
    [InlineData("Kampala, March the 3rd, 2020", "2020-03-03")]
    public void New_dateline_forms_give_the_date(string dateline, string expected)
    {
        Assert.True(WrittenDate.TryParse(dateline, out var date, out _));
        Assert.Equal(expected, date.ToString());
    }

    [Fact]
    public void A_coalition_signing_on_behalf_of_its_members_gives_them_the_place_it_prints_and_they_sign_under_it()
    {
        var draft = Read("""
            Senhores Ministros,

            Pedimos que protejam as comunidades do lago.

            Com os melhores cumprimentos,

            Assinam:

            Rede do Lago Niassa (RLN) – Moçambique,
            em nome dos seus membros (todos de Moçambique):
               • Associação dos Pescadores do Norte
               • Fórum das Mulheres do Lago (FML)

            Outras organizações subscritoras:
            Coastal Fishers' Union – Gana
            """);

        Assert.Equal(
            [
                "Rede do Lago Niassa (RLN) | MZ | ",
                "Associação dos Pescadores do Norte | MZ | ",
                "Fórum das Mulheres do Lago (FML) | MZ | ",
                "Coastal Fishers' Union | GH | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void Logos_printed_as_their_alt_text_three_to_a_line_under_a_partners_heading_are_one_organization_each()
    {
        var draft = Read("""
            Dear Commissioners,

            We ask you to send observers to the northern districts before the vote.

            Sincerely,

            SIGNATORIES

            African organisations

            Lake Region Peace Forum, Kenya
            Coastal Fishers' Union, Ghana

            International partners

            [image: Andean Water Watch]   [image: Mountain Women's Network]   [image: Delta Voices]
            [image: River Guardians]
            """);

        Assert.Equal(
            [
                "Lake Region Peace Forum | KE | ",
                "Coastal Fishers' Union | GH | ",
                "Andean Water Watch |  | International",
                "Mountain Women's Network |  | International",
                "Delta Voices |  | International",
                "River Guardians |  | International",
            ],
            draft.Signatories.Select(Describe));
    }

    private static LetterDraft Read(string text) => SignatoryShapeTests.Read(text);

    private static string Describe(PrintedSignatory s) =>
        $"{s.Name} | {string.Join(",", s.Places.Countries)} | {string.Join(",", s.Places.Regions)}";
}
