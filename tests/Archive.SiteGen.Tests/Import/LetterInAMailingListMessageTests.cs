using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A letter passed on to a network's mailing list under the sender's own note, and the dates a page or a sign-on
/// document prints about the letter (issue 14, the round for holdout21): the note's sign-off is not the letter's
/// signatory block, the rule that names what follows ("-------- Letter --------") ends the note as a bare rule does,
/// and "Joint statement – Published 3 May 2021" or "THE LETTER WAS SENT ON 3 MAY 2021." dates the letter. Each
/// letter is invented, small and written out in full.
/// </summary>
public class LetterInAMailingListMessageTests
{
    [Fact]
    public void A_note_signed_above_a_rule_that_names_the_letter_is_not_the_signatory_block()
    {
        var draft = SignatoryShapeTests.Read("""
            From: Tomas Lindqvist <t.lindqvist@river-basin-forum.org>
            Sent: Tuesday, 4 May 2021 10:12
            To: River Basin Forum <members@lists.river-basin-forum.org>
            Subject: SENT: letter on the Kafue dam releases

            Dear members,

            The letter below went to the Minister this morning. Thank you all for signing.

            Kind regards,
            Tomas

            Tomas Lindqvist | Campaigns Officer
            River Basin Forum | Lusaka

            -------- Letter --------

            4 May 2021

            Honourable Minister of Water Development
            Government Complex, Lusaka

            Dear Minister,

            We, the undersigned organisations, ask you to publish the schedule of the dam's releases before the rains.

            Signed by:
            Zambezi Fishers Association, Zambia
            Delta Wetlands Trust, Botswana
            Lowveld Water Watch, Zimbabwe
            """);

        Assert.Equal(["Zambezi Fishers Association", "Delta Wetlands Trust", "Lowveld Water Watch"], draft.Signatories.Select(s => s.Name));
        Assert.Empty(draft.People);
    }

    [Fact]
    public void A_forwarding_notes_signature_set_apart_by_two_dashes_is_the_notes_and_not_the_letters_address()
    {
        var draft = SignatoryShapeTests.Read("""
            ---------- Forwarded message ---------
            From: Katrin Vogel <k.vogel@example-network.eu>
            Date: Tue, 26 Sept 2023 at 18:02
            Subject: SENT: Joint letter to EU leaders - final list
            To: <network@groups.example.com>

            Dear all,

            The letter below was sent this afternoon. Thank you for signing.

            Best,
            Katrin

            --
            Katrin Vogel | Policy Coordinator
            Berlin

            *************************************************************

            26 September 2023

            H.E. Josep Borrell Fontelles
            High Representative of the Union for Foreign Affairs and Security Policy

            Dear High Representative,

            The undersigned organisations urge the European Union to protect the population that remains in the region.

            Sincerely,

            Lake Region Peace Forum (Kenya)
            Coastal Human Rights Desk (Tanzania)
            """);

        Assert.Equal(["H.E. Josep Borrell Fontelles, High Representative of the Union for Foreign Affairs and Security Policy"], draft.Recipients);
        Assert.Equal(["Lake Region Peace Forum", "Coastal Human Rights Desk"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_subject_folded_onto_the_next_line_is_the_whole_title_of_a_letter_that_prints_none()
    {
        var draft = SignatoryShapeTests.Read("""
            From: Media Freedom Network <office@media-freedom.example.org>
            Date: Mon, 3 Mar 2025 09:40:00 +0100
            To: Minister of Information <minister@example.gov>
            Subject: Joint letter on the protection of journalists in
             the run-up to the elections

            Dear Minister,

            We, the undersigned organisations, ask you to protect journalists covering the elections.

            Sincerely,

            Lakeside Press Union (Uganda)
            Coastal Journalists Network (Kenya)
            """);

        Assert.Equal("Joint letter on the protection of journalists in the run-up to the elections", draft.Title);
        Assert.Equal(["Lakeside Press Union", "Coastal Journalists Network"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_note_signed_by_a_secretariat_above_a_rule_of_tildes_is_not_the_signatory_block()
    {
        var draft = SignatoryShapeTests.Read("""
            From: Lake Basin Coalition Secretariat <secretariat@lakebasin.example.org>
            Date: Mon, 10 Mar 2025 at 16:02
            Subject: FINAL as sent – Joint letter on the fisheries closure
            To: Ministry delegations (bcc)

            Dear colleagues,

            This is the final version of the letter, as sent this afternoon. Many thanks for your support.

            Kind regards,
            Lake Basin Coalition Secretariat
            Kisumu

            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            To the Ministers of Fisheries of the Lake Basin States

            10 March 2025

            Excellencies,

            We, the undersigned organisations, ask you to reopen the fisheries with the fishers' councils.

            Sincerely,

            Fishers' Voice, Uganda
            Lake Women Traders Network, Kenya
            Island Health Trust, Tanzania
            """);

        Assert.Equal(["Fishers' Voice", "Lake Women Traders Network", "Island Health Trust"], draft.Signatories.Select(s => s.Name));
    }

    [Theory]
    [InlineData("Joint statement – Published 3 May 2021", "2021-05-03")]
    [InlineData("Déclaration commune – Publiée le 3 mai 2021", "2021-05-03")]
    [InlineData("Comunicado conjunto — 3 de mayo de 2021", "2021-05-03")]
    public void A_line_of_facts_set_apart_by_spaced_dashes_gives_its_date(string line, string expected)
    {
        Assert.True(WrittenDate.TryParsePageFacts(line, out var date, out _));
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("*** SIGN-ON IS CLOSED. THE LETTER WAS SENT ON 12 MARCH 2021. ***", "2021-03-12")]
    [InlineData("Thank you for signing. The letter was delivered on 12 March 2021.", "2021-03-12")]
    [InlineData("Merci à toutes les organisations. La lettre a été envoyée le 12 mars 2021.", "2021-03-12")]
    [InlineData("Gracias por firmar. La carta fue enviada el 12 de marzo de 2021.", "2021-03-12")]
    public void A_banner_saying_when_the_letter_was_sent_dates_it(string banner, string expected)
    {
        var draft = SignatoryShapeTests.Read($"""
            {banner}

            Joint letter: free the detained water activists

            To: the Minister of the Interior

            Excellency,

            We, the undersigned organisations, call on you to release the activists detained since January.

            Signatories:
            Andes Water Defenders, Chile
            Basin Justice Collective, Peru
            """);

        Assert.Equal(expected, draft.Date.ToString());
    }

    [Fact]
    public void A_press_release_label_with_the_page_date_after_a_dash_dates_the_letter()
    {
        var draft = SignatoryShapeTests.Read("""
            Accueil > Actualités

            Madagascar : libérez les journalistes détenus

            Communiqué de presse – Publié le 9 octobre 2023

            Monsieur le Président,

            Nous, organisations soussignées, vous demandons de libérer les journalistes détenus depuis le mois d'août.

            Organisations signataires :
            Collectif des Reporters de l'Océan Indien (Maurice)
            Association des Juristes du Sud (Sénégal)
            """);

        Assert.Equal("2023-10-09", draft.Date.ToString());
    }

    [Theory]
    [InlineData("With thanks and best regards,")]
    [InlineData("Thanks & regards,")]
    [InlineData("Many thanks,")]
    public void A_note_that_ends_with_thanks_is_the_senders_and_the_letter_below_the_rule_keeps_its_own_date(string closing)
    {
        // holdout32's letter 04: the note ended "With thanks and best regards," and the e-mail's date (19 December)
        // was taken for the letter's own (18 December), with no recipient.
        var draft = SignatoryShapeTests.Read($"""
            From: Lake Basin Peace Platform <secretariat@lakebasin.example.org>
            Sent: Thursday, 19 December 2024 08:47
            To: psc-secretariat@regional-union.example.org
            Subject: Joint letter: the mission's transition and the protection of civilians

            Dear colleagues of the Secretariat,

            Please find below a joint letter from eleven organisations. We would be grateful if you could circulate it.

            {closing}

            Amina Warsame
            Coordinator, Lake Basin Peace Platform
            Kisumu | +254 20 000 0000

            ---------- Letter ----------

            18 December 2024

            To: Members of the Peace and Security Council

            Excellencies,

            We, the undersigned organisations, ask you to keep the mission's civilian protection mandate.

            Signed:
            Zambezi Fishers Association (Zambia)
            Delta Wetlands Trust (Botswana)
            """);

        Assert.Equal("2024-12-18", draft.Date.ToString());
        Assert.Equal(["Members of the Peace and Security Council"], draft.Recipients);
        Assert.Equal(["Zambezi Fishers Association", "Delta Wetlands Trust"], draft.Signatories.Select(x => x.Name));
    }
}
