using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// What a list prints beside a name besides its place (issue 14, the round for holdout13): an adjective of nationality
/// instead of a country, the network it is a member of, a social-media handle, a header row printed with the rows' own
/// separator, a signer's words for whom they speak, and a name printed in two languages. Each letter is invented, small
/// and written out in full.
/// </summary>
public class NationalitiesAndMarksShapeTests
{
    [Fact]
    public void An_adjective_of_nationality_in_brackets_or_in_words_after_a_name_is_its_country_and_not_part_of_its_name()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to protect the fishing communities of the lake.

            Sincerely,

            Supported by:

            • Andean Water Watch (Bolivian)
            • Coastal Fishers' Union (Chilean/Argentine)
            • Lake Region Peace Forum – a Peruvian NGO
            • Highland Women's Council, Ecuadorian network
            • Río Grande Legal Clinic – a Mexican-based regional lawyers' association
            • Northern Shores Relief (a Canadian charity)
            • Bijagós Fishers' Cooperative (Bissau-Guinean)
            • Ghanaian Women's Peace Network (Ghanaian)
            • Lake Kivu Women's Forum (Congolese)
            """);

        Assert.Equal(
            [
                "Andean Water Watch | BO",
                "Coastal Fishers' Union | CL,AR",
                "Lake Region Peace Forum | PE",
                "Highland Women's Council | EC",
                "Río Grande Legal Clinic | MX",
                "Northern Shores Relief | CA",
                "Bijagós Fishers' Cooperative | GW",
                "Ghanaian Women's Peace Network | GH",
                "Lake Kivu Women's Forum | ",
            ],
            draft.Signatories.Select(Describe));
        Assert.Contains("a nationality two countries share", draft.Signatories[^1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_network_an_organization_is_a_member_of_printed_in_brackets_is_left_out_and_does_not_sign()
    {
        var draft = Read("""
            Madame la Ministre,

            Nous vous demandons de protéger les défenseurs des droits humains.

            Veuillez agréer, Madame la Ministre, l'expression de notre haute considération.

            SÉNÉGAL
            Ligue sénégalaise pour la paix (LSP) (membre de la FIDH)
            Collectif des juristes du fleuve (membre du réseau SOS-Torture de l'OMCT)

            MALI
            Association malienne des femmes juristes (member of the ICJ network)
            Forum des jeunes pour la paix (FIACAT member)
            """);

        Assert.Equal(
            [
                "Ligue sénégalaise pour la paix (LSP) | SN",
                "Collectif des juristes du fleuve | SN",
                "Association malienne des femmes juristes | ML",
                "Forum des jeunes pour la paix | ML",
            ],
            draft.Signatories.Select(Describe));
        Assert.Contains("a network it is a member of", draft.Signatories[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_social_media_handle_after_a_name_is_left_out_of_organizations_and_people_but_an_e_mail_address_is_contact_details()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to protect the fishing communities of the lake.

            Sincerely,

            Organisations:
            Andean Water Watch @AndeanWater – Bolivia
            Lake Region Peace Forum (@LRPF_Kenya), Kenya
            Coastal Fishers' Union @coastal_fishers – Ghana

            Individuals:
            Dr. Ana Ruiz Beltrán @anaruizb
            Contact: press@andeanwater.example.org
            """);

        Assert.Equal(["Andean Water Watch | BO", "Lake Region Peace Forum | KE", "Coastal Fishers' Union | GH"], draft.Signatories.Select(Describe));
        Assert.Equal(["Dr. Ana Ruiz Beltrán"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_header_row_printed_with_the_rows_own_dash_and_in_two_languages_is_skipped_as_the_lists_header()
    {
        var draft = Read("""
            Madame la Présidente,

            Nous vous demandons de protéger les populations civiles.

            Veuillez agréer, Madame la Présidente, l'expression de notre haute considération.

            SIGNATAIRES / SIGNATORIES
            N° Organisation — Pays / Country

             1. Ligue sénégalaise pour la paix — Sénégal / Senegal
             2. Andean Water Watch — Bolivie / Bolivia
             3. Coastal Fishers' Union — Ghana / Ghana
            """);

        Assert.Equal(["Ligue sénégalaise pour la paix | SN", "Andean Water Watch | BO", "Coastal Fishers' Union | GH"], draft.Signatories.Select(Describe));
        Assert.Contains(draft.Skipped, s => s.Text.Contains("N° Organisation", StringComparison.Ordinal) && s.Reason == "the header row of the list");
    }

    [Fact]
    public void Whom_a_signer_speaks_for_said_in_words_of_small_letters_is_no_organization()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to protect the fishing communities of the lake.

            Respectfully,

            Grace Atieno Were
            On behalf of the lakeside fishing communities' delegation to the regional talks

            Endorsed by:

            Lake Region Peace Forum (Kenya)
            Coastal Fishers' Union (Ghana)
            """);

        Assert.Equal(["Lake Region Peace Forum | KE", "Coastal Fishers' Union | GH"], draft.Signatories.Select(Describe));
        Assert.Contains(draft.Skipped, s => s.Reason.StartsWith("whom the signer speaks for", StringComparison.Ordinal));
    }

    [Fact]
    public void A_church_printed_with_its_name_in_two_languages_is_an_organization_not_a_person_with_a_title()
    {
        var draft = Read("""
            Madame la Présidente,

            Nous vous demandons de protéger les populations civiles.

            Veuillez agréer, Madame la Présidente, l'expression de notre haute considération.

            Église de Norvège / Church of Norway — Norvège / Norway
            Conseil danois pour la paix / Danish Peace Council — Danemark / Denmark
            Ligue sénégalaise pour la paix — Sénégal / Senegal
            """);

        Assert.Equal(
            ["Église de Norvège / Church of Norway | NO", "Conseil danois pour la paix / Danish Peace Council | DK", "Ligue sénégalaise pour la paix | SN"],
            draft.Signatories.Select(Describe));
        Assert.Empty(draft.People);
    }

    [Fact]
    public void Cities_provinces_and_a_country_around_a_name_in_any_order_and_with_any_separator_give_the_country_and_leave_the_name()
    {
        var draft = Read("""
            Monsieur le Ministre,

            Nous vous demandons de protéger les communautés du lac.

            Veuillez agréer, Monsieur le Ministre, l'expression de notre haute considération.

            Organisations signataires :

            Association des Pêcheurs du Lac (APL) — Kalemie / Tanganyika / RD Congo
            Femmes Unies pour la Paix (Mpulungu, Northern Province – Zambie)
            Forum des Jeunes du Lac (FJL) : Kigoma – Tanzanie
            Lake Peace Forum (LPF), Kenya – Kisumu
            Uvinza (Tanzanie) : Réseau des Radios Communautaires
            Coastal Fishers' Union, Takoradi (Ghana)
            Sudan – Darfur Fishers' Network
            """);

        Assert.Equal(
            [
                "Association des Pêcheurs du Lac (APL) | CD",
                "Femmes Unies pour la Paix | ZM",
                "Forum des Jeunes du Lac (FJL) | TZ",
                "Lake Peace Forum (LPF) | KE",
                "Réseau des Radios Communautaires | TZ",
                "Coastal Fishers' Union | GH",
                "Sudan – Darfur Fishers' Network | SD",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_name_in_small_letters_that_ends_with_its_legal_form_is_a_name_and_not_a_sentence()
    {
        var draft = Read("""
            Sehr geehrte Damen und Herren,

            wir bitten Sie, die Gemeinden am See zu schützen.

            Mit freundlichen Grüßen

            DEUTSCHLAND
            Fischer am See e.V.
            seebrücke – Menschenrechte für Fischer e.V.
            """);

        Assert.Equal(["Fischer am See e.V. | DE", "seebrücke – Menschenrechte für Fischer e.V. | DE"], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_swedish_letter_reads_its_closing_its_list_heading_its_people_and_nordic_country_names()
    {
        var draft = Read("""
            Ärade ministrar,

            Vi uppmanar er att skydda fiskesamhällena vid sjön.

            Med vänliga hälsningar,

            Undertecknare:
            1. Sjöarnas Fredsforum (Sverige)
            2. Fiskarnas Förbund (Norge)
            3. Kystfiskernes Landsforening (Danmark)
            4. Lake Peace Forum (Tyskland)

            I personlig egenskap:
            Prof. Karin Lindqvist, Lunds universitet
            """);

        Assert.Equal(["Sjöarnas Fredsforum | SE", "Fiskarnas Förbund | NO", "Kystfiskernes Landsforening | DK", "Lake Peace Forum | DE"], draft.Signatories.Select(Describe));
        Assert.Equal(["Prof. Karin Lindqvist"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void An_indonesian_letter_reads_its_closing_its_list_heading_its_people_and_indonesian_country_names()
    {
        var draft = Read("""
            Yang Mulia,

            Kami mendesak Anda untuk melindungi masyarakat nelayan di danau.

            Hormat kami,

            Ditandatangani oleh organisasi berikut:
            1. Forum Perdamaian Danau – Jakarta, Indonesia
            2. Lake Peace Forum – London, Inggris
            3. Jaringan Nelayan Pesisir – Davao, Filipina
            4. Coastal Fishers' Union – Berlin, Jerman

            Secara pribadi:
            Dr. Sari Wulandari – peneliti, Universitas Hasanuddin
            """);

        Assert.Equal(["Forum Perdamaian Danau | ID", "Lake Peace Forum | GB", "Jaringan Nelayan Pesisir | PH", "Coastal Fishers' Union | DE"], draft.Signatories.Select(Describe));
        Assert.Equal(["Dr. Sari Wulandari"], draft.People.Select(p => p.Name));
    }

    private static LetterDraft Read(string text) => SignatoryShapeTests.Read(text);

    private static string Describe(PrintedSignatory s) => $"{s.Name} | {string.Join(",", s.Places.Countries)}";
}
