namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// How faith-based and Pacific coalitions print their lists (issue 14, holdout43): names in Bahasa Indonesia with their
/// English form after a slash, a social network's post with its controls, counts and comments under the list, a
/// church commission whose name is a series ("Justice, Peace and Integrity of Creation Commission") and the diocese it
/// belongs to after a comma, a heading that names a place in two languages ("MAOHI NUI / FRENCH POLYNESIA"), regions
/// in French ("(Asie-Pacifique)", "(Océanie)") and a press statement's contact under the list. Each letter is invented,
/// small and written out in full.
/// </summary>
public class FaithAndPacificListsTests
{
    [Fact]
    public void Names_in_two_languages_after_a_slash_are_one_organization_and_a_posts_controls_and_comments_are_no_signers()
    {
        var draft = SignatoryShapeTests.Read("""
            Highlands Solidarity Page
            2 September at 09:14 · 🌏

            OPEN LETTER to Forum Leaders

            Your Excellencies,

            We ask you to send a ministerial mission to the highlands.

            Signed / Ditandatangani oleh:

            • Dewan Gereja Lembah / Valley Council of Churches (Wamena)
            • Kelompok Kerja Hak Tanah / Land Rights Working Group (LRWG) (Jakarta)
            • Perkumpulan Sagu / Sago Association (Jakarta)
            • Harbour Aid (Suva, Fiji)

            See less

            👍❤️😢 1.4K                                                  236 comments · 412 shares

            👍 Like          💬 Comment          ↗ Share

            Most relevant ▾

            Meriam Kobak
            Thank you Pacific family 🙏🏾
            Like · Reply · 1d
            """);

        Assert.Equal(["Dewan Gereja Lembah / Valley Council of Churches", "Kelompok Kerja Hak Tanah / Land Rights Working Group (LRWG)", "Perkumpulan Sagu / Sago Association", "Harbour Aid"],
            draft.Signatories.Select(s => s.Name));
        Assert.Equal(["ID", "ID", "ID", "FJ"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Empty(draft.People);
    }

    [Fact]
    public void A_commission_named_by_a_series_and_the_diocese_or_conference_it_belongs_to_are_one_name()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Members of the Human Rights Council,

            We ask you to renew the mandate.

            Signed:

            Justice, Peace and Integrity of Creation Commission, Diocese of Kandy (Sri Lanka)
            Justice, Peace and Integrity of Creation Commission, Conference of Religious India (India)
            Commission Justice et Paix, Diocèse de Goma (RDC)
            Harbour Aid (Fiji)
            """);

        Assert.Equal(["Justice, Peace and Integrity of Creation Commission, Diocese of Kandy", "Justice, Peace and Integrity of Creation Commission, Conference of Religious India", "Commission Justice et Paix, Diocèse de Goma", "Harbour Aid"],
            draft.Signatories.Select(s => s.Name));
        Assert.Equal(["LK", "IN", "CD", "FJ"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_heading_in_capitals_that_names_its_place_in_two_languages_gives_the_country()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Secretary-General,

            We ask you to recognise the nuclear legacy.

            Signed:

            MARSHALL ISLANDS
            Atoll Survivors Network
            Majuro Youth Council

            MAOHI NUI / FRENCH POLYNESIA
            Reef Memory Association
            Lagoon Women Collective

            Oxfam / United Kingdom
            """);

        Assert.Equal(["Atoll Survivors Network", "Majuro Youth Council", "Reef Memory Association", "Lagoon Women Collective", "Oxfam / United Kingdom"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["MH", "MH", "PF", "PF"], draft.Signatories.Take(4).Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_region_in_french_in_brackets_is_the_region_not_part_of_the_name()
    {
        var draft = SignatoryShapeTests.Read("""
            Monsieur le Président,

            Nous vous demandons de reprendre le dialogue.

            Signataires :

            Coalition de solidarité des îles (Asie-Pacifique)
            Réseau océanien pour la paix (Océanie)
            Collectif des femmes du lagon (Fidji)
            """);

        Assert.Equal(["Coalition de solidarité des îles", "Réseau océanien pour la paix", "Collectif des femmes du lagon"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["Asie-Pacifique", "Océanie", ""], draft.Signatories.Select(s => string.Join(",", s.Places.Regions)));
    }

    [Fact]
    public void A_press_statements_contact_under_the_list_is_no_signer()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Prime Minister,

            We ask you to protect religious minorities.

            Endorsed by:

            Valley Tribal Forum – India
            Harbour Aid – Fiji

            For media enquiries:
            Imran Qureshi
            media@example.org
            """);

        Assert.Equal(["Valley Tribal Forum", "Harbour Aid"], draft.Signatories.Select(s => s.Name));
        Assert.Empty(draft.People);
    }

    [Fact]
    public void A_date_printed_over_the_addressees_in_an_emails_message_is_the_letters_own_not_when_the_mail_went_out()
    {
        var draft = SignatoryShapeTests.Read("""
            From: desk-request@lists.example.org
            To: desk@lists.example.org
            Date: Thu, 12 Dec 2024 06:00:04 +0800
            Subject: desk Digest, Vol 112, Issue 9

            Today's Topics:

               1. FINAL LETTER: Stop the harassment of church workers (Joy Santos)
               2. Advent reflection (Sr. Ana Cruz)

            ----------------------------------------------------------------------

            Message: 1
            Date: Wed, 11 Dec 2024 17:42:19 +0800
            From: Joy Santos <joy@example.org>
            To: desk@lists.example.org
            Subject: [desk] FINAL LETTER: Stop the harassment of
            	church workers

            Dear friends,

            The letter below went out yesterday.

            Peace,
            Joy

            -------------

            10 December 2024

            Ms. Mary Lawlor, UN Special Rapporteur on the situation of human rights defenders

            Stop the harassment of church workers

            Dear Ms. Lawlor,

            We ask you to raise the harassment of church workers with the government.

            Signed:

            Harbour Aid (Fiji)
            Valley Tribal Forum (India)
            Lagoon Women Collective (Samoa)

            ------------------------------

            Message: 2
            Date: Wed, 11 Dec 2024 19:02:11 +0800
            From: Sr. Ana Cruz <ana@example.org>
            To: desk@lists.example.org
            Subject: [desk] Advent reflection

            Dear all, a short reflection for the second week of Advent.
            """);

        Assert.Equal("2024-12-10", draft.Date?.ToString());
        Assert.Equal("Stop the harassment of church workers", draft.Title);
        Assert.Equal(["Ms. Mary Lawlor, UN Special Rapporteur on the situation of human rights defenders"], draft.Recipients);
        Assert.Equal(["Harbour Aid", "Valley Tribal Forum", "Lagoon Women Collective"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_memos_date_without_a_time_stays_the_letters_own()
    {
        var draft = SignatoryShapeTests.Read("""
            To: Ms. Mary Lawlor, UN Special Rapporteur on the situation of human rights defenders
            Date: 12 May 2025
            Subject: Stop the harassment of church workers

            Dear Ms. Lawlor,

            We ask you to raise the harassment of church workers with the government.

            Signed:

            Harbour Aid (Fiji)
            Valley Tribal Forum (India)
            Lagoon Women Collective (Samoa)
            """);

        Assert.Equal("2025-05-12", draft.Date?.ToString());
    }
}
