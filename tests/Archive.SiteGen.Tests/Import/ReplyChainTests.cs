using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Letters kept in e-mail reply chains (issue 14, the round for holdout14): the message that carries the letter is
/// read, the older messages quoted under it are not, and the newer messages above it add late signatories listed one
/// a line and withdraw the ones they ask to remove, in English, French, Spanish, Portuguese and German. Each chain is
/// invented, small and written out in full.
/// </summary>
public class ReplyChainTests
{
    [Fact]
    public void A_reply_adds_its_late_signatories_first_withdraws_the_one_it_names_and_leaves_the_older_quoted_message_out()
    {
        var draft = Read("""
            From: Tamar Levi <tamar.levi@lakesforum.example.org>
            Sent: Thursday, March 7, 2019 9:02 AM
            To: lakes-signon@lists.example.org
            Subject: RE: Open letter to the Lake Commission - final list

            Hi everyone,

            The letter went to the Commission this morning. Two late additions came in after my last message:

              - Andean Water Watch (Bolivia)
              - Fjord Communities Network (Norway)

            The Baltic Fisheries Alliance has asked us to remove its name, as its board could not meet in time.

            Tamar

            -----Original Message-----
            From: Tamar Levi
            Sent: Tuesday, March 5, 2019 6:40 PM
            To: lakes-signon@lists.example.org
            Subject: RE: Open letter to the Lake Commission - final list

            > Geneva, 5 March 2019
            >
            > To the members of the Lake Commission
            >
            > Dear Commissioners,
            >
            > We ask you to protect the fishing communities of the lake and to publish the water study.
            >
            > Yours sincerely,
            >
            > Baltic Fisheries Alliance (Estonia)
            > Kivu Shore Forum (Rwanda)
            > Lake Region Peace Forum (Kenya)
            >
            >> -----Original Message-----
            >> From: Piotr Nowak
            >> Sent: Tuesday, March 5, 2019 11:15 AM
            >>
            >> Tamar, the Kivu Shore Forum confirmed by phone, please add them (Rwanda).
            >>
            >> Piotr
            """);

        Assert.Equal(
            [
                "Andean Water Watch | BO | ",
                "Fjord Communities Network | NO | ",
                "Kivu Shore Forum | RW | ",
                "Lake Region Peace Forum | KE | ",
            ],
            draft.Signatories.Select(Describe));
        Assert.Contains(draft.Skipped, s => s.Text == "Baltic Fisheries Alliance (Estonia)" && s.Reason.Contains("withdrawn by the later message at line 13", StringComparison.Ordinal));
        Assert.Equal(("2019-03-05", "the members of the Lake Commission"), (draft.Date.ToString(), draft.Recipients.Single()));
        Assert.Empty(draft.People);
    }

    [Fact]
    public void Late_additions_printed_right_under_their_lead_in_without_a_blank_line_sign_too()
    {
        var draft = Read("""
            From: Aino Virtanen <aino@lakesforum.example.org>
            Sent: Friday, 8 March 2019 10:15
            Subject: RE: FINAL - Open letter to the Lake Commission

            Dear all,

            Late additions:
            Delta Water Trust (Lagos)
            Coastal Peace Institute, Valparaíso

            Aino

            -----Original Message-----
            From: Aino Virtanen
            Sent: Thursday, 7 March 2019 16:40
            Subject: FINAL - Open letter to the Lake Commission

            7 March 2019

            To the members of the Lake Commission

            Dear Commissioners,

            We ask you to protect the fishing communities of the lake.

            Yours sincerely,

            Kivu Shore Forum (Rwanda)
            Lake Region Peace Forum (Kenya)
            Andean Water Watch (Bolivia)
            """);

        Assert.Equal(
            ["Delta Water Trust | NG | ", "Coastal Peace Institute | CL | ", "Kivu Shore Forum | RW | ", "Lake Region Peace Forum | KE | ", "Andean Water Watch | BO | "],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void Of_two_copies_of_the_letter_in_a_chain_the_newest_is_read_and_the_older_draft_quoted_under_it_is_not()
    {
        var draft = Read("""
            From: Tamar Levi <tamar.levi@lakesforum.example.org>
            Sent: Friday, March 8, 2019 10:00 AM
            To: lakes-signon@lists.example.org
            Subject: Final text

            Dear Commissioners,

            We ask you to protect the fishing communities of the lake and to publish the water study.

            Yours sincerely,

            Kivu Shore Forum (Rwanda)
            Lake Region Peace Forum (Kenya)
            Andean Water Watch (Bolivia)

            -----Original Message-----
            From: Tamar Levi
            Sent: Monday, March 4, 2019 4:00 PM
            To: lakes-signon@lists.example.org
            Subject: Draft text

            Dear Commissioners,

            We ask you to protect the fishing communities of the lake.

            Yours sincerely,

            Kivu Shore Forum (Rwanda)
            Lake Region Peace Forum (Kenya)
            Baltic Fisheries Alliance (Estonia)
            """);

        Assert.Equal(["Kivu Shore Forum | RW | ", "Lake Region Peace Forum | KE | ", "Andean Water Watch | BO | "], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_french_reply_above_an_a_ecrit_line_adds_its_list_and_notre_nom_withdraws_the_writers_own_organization()
    {
        var draft = Read("""
            Chers collègues,

            Ajouts de dernière minute, arrivés après l'envoi :

            • Association des Pêcheurs du Lac Tanganyika (Burundi)
            • Réseau Sahel Eau Propre (Niger)

            Par ailleurs, merci de retirer notre nom : notre conseil n'a pas pu valider le texte.

            Amitiés,
            Claire Dubois
            Chargée de plaidoyer, Ligue Lacustre des Droits Humains

            Le mar. 5 mars 2019 à 18:40, Tamar Levi <tamar.levi@lakesforum.example.org> a écrit :
            > Genève, le 5 mars 2019
            >
            > Mesdames et Messieurs les Commissaires,
            >
            > Nous vous demandons de protéger les communautés de pêcheurs du lac.
            >
            > Veuillez agréer l'expression de notre haute considération.
            >
            > Ligue Lacustre des Droits Humains (Rwanda)
            > Forum des Rives du Kivu (RDC)
            > Observatoire des Grands Lacs (Burundi)
            """);

        Assert.Equal(
            [
                "Association des Pêcheurs du Lac Tanganyika | BI | ",
                "Réseau Sahel Eau Propre | NE | ",
                "Forum des Rives du Kivu | CD | ",
                "Observatoire des Grands Lacs | BI | ",
            ],
            draft.Signatories.Select(Describe));
        Assert.Contains(draft.Skipped, s => s.Text == "Ligue Lacustre des Droits Humains (Rwanda)" && s.Reason.StartsWith("withdrawn", StringComparison.Ordinal));
    }

    [Fact]
    public void A_spanish_reply_under_outlook_headers_without_a_marker_adds_and_withdraws_as_it_says()
    {
        var draft = Read("""
            De: Lucía Paredes <lparedes@redandina.example.org>
            Enviado el: jueves, 7 de marzo de 2019 9:02
            Para: firmas-carta@lists.example.org
            Asunto: RE: Carta a la Comisión - lista final

            Queridas compañeras:

            La carta se entregó ayer. Se sumaron después del envío:

            - Colectivo Agua y Vida (Ecuador)
            - Red de Pescadores del Titicaca (Perú)

            El Centro Amazónico de Estudios Ambientales pide retirar su firma.

            Lucía

            De: Lucía Paredes
            Enviado el: martes, 5 de marzo de 2019 18:40
            Para: firmas-carta@lists.example.org
            Asunto: Carta a la Comisión - lista final

            Lima, 5 de marzo de 2019

            Señoras y señores comisionados:

            Les pedimos proteger a las comunidades pesqueras del lago.

            Atentamente,

            Centro Amazónico de Estudios Ambientales (Perú)
            Fundación Lago Sagrado (Bolivia)
            Observatorio Andino del Agua (Chile)
            """);

        Assert.Equal(
            [
                "Colectivo Agua y Vida | EC | ",
                "Red de Pescadores del Titicaca | PE | ",
                "Fundación Lago Sagrado | BO | ",
                "Observatorio Andino del Agua | CL | ",
            ],
            draft.Signatories.Select(Describe));
        Assert.Equal("2019-03-05", draft.Date.ToString());
    }

    [Fact]
    public void A_portuguese_reply_above_an_escreveu_line_withdraws_the_organization_that_asked_to_remove_its_name()
    {
        var draft = Read("""
            Olá a todos,

            A Associação Ribeirinha do Xingu pediu para retirar o seu nome da carta.

            Abraço,
            Marta

            Em ter., 5 de mar. de 2019 às 18:40, Tamar Levi <tamar.levi@lakesforum.example.org> escreveu:
            > Brasília, 5 de março de 2019
            >
            > Senhoras e senhores comissários,
            >
            > Pedimos que protejam as comunidades de pescadores do rio.
            >
            > Atenciosamente,
            >
            > Associação Ribeirinha do Xingu (Brasil)
            > Instituto Águas do Cerrado (Brasil)
            > Fórum das Margens do Zambeze (Moçambique)
            """);

        Assert.Equal(["Instituto Águas do Cerrado | BR | ", "Fórum das Margens do Zambeze | MZ | "], draft.Signatories.Select(Describe));
        Assert.Contains(draft.Skipped, s => s.Text == "Associação Ribeirinha do Xingu (Brasil)" && s.Reason.Contains("line 3", StringComparison.Ordinal));
    }

    [Fact]
    public void A_german_reply_under_von_and_gesendet_headers_adds_those_who_signed_late_and_strikes_the_one_it_names()
    {
        var draft = Read("""
            Von: Jonas Keller <j.keller@seenetz.example.org>
            Gesendet: Donnerstag, 7. März 2019 09:02
            An: unterzeichner@lists.example.org
            Betreff: AW: Offener Brief an die Seekommission

            Liebe Alle,

            Nachträglich haben unterzeichnet:

            - Bodensee Fischerei Verband (Schweiz)
            - Netzwerk Saubere Donau (Österreich)

            Die Alpine Wasserinitiative bittet, ihren Namen von der Liste zu streichen.

            Jonas

            -----Ursprüngliche Nachricht-----
            Von: Jonas Keller
            Gesendet: Dienstag, 5. März 2019 18:40
            An: unterzeichner@lists.example.org
            Betreff: Offener Brief an die Seekommission

            Berlin, 5. März 2019

            Sehr geehrte Mitglieder der Seekommission,

            wir bitten Sie, die Fischergemeinden am See zu schützen.

            Mit freundlichen Grüßen

            Alpine Wasserinitiative (Deutschland)
            Forum Nordseeküste (Deutschland)
            Ostsee Fischer Allianz (Polen)
            """);

        Assert.Equal(
            [
                "Bodensee Fischerei Verband | CH | ",
                "Netzwerk Saubere Donau | AT | ",
                "Forum Nordseeküste | DE | ",
                "Ostsee Fischer Allianz | PL | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_reply_whose_only_list_is_its_late_additions_does_not_take_the_place_of_the_letter_below_it()
    {
        var draft = Read("""
            From: Tamar Levi <tamar.levi@lakesforum.example.org>
            Sent: Thursday, March 7, 2019 9:02 AM
            To: lakes-signon@lists.example.org
            Subject: RE: Open letter to the Lake Commission

            Dear all,

            The following organisations have also signed since Tuesday:

            - Andean Water Watch (Bolivia)
            - Fjord Communities Network (Norway)
            - Delta Mangrove Trust (Bangladesh)

            -----Original Message-----
            From: Tamar Levi
            Sent: Tuesday, March 5, 2019 6:40 PM
            Subject: Open letter to the Lake Commission

            Dear Commissioners,

            We ask you to protect the fishing communities of the lake.

            Yours sincerely,

            Kivu Shore Forum (Rwanda)
            Lake Region Peace Forum (Kenya)
            """);

        Assert.Equal(
            [
                "Andean Water Watch | BO | ",
                "Fjord Communities Network | NO | ",
                "Delta Mangrove Trust | BD | ",
                "Kivu Shore Forum | RW | ",
                "Lake Region Peace Forum | KE | ",
            ],
            draft.Signatories.Select(Describe));
        Assert.Equal("We ask you to protect the fishing communities of the lake.\n", draft.Body);
    }

    [Fact]
    public void A_note_above_a_rule_that_opens_with_a_greeting_and_ends_with_its_writers_name_is_not_the_letters()
    {
        var draft = Read("""
            From: Tamar Levi <tamar.levi@lakesforum.example.org>
            Sent: Tuesday, March 5, 2019 6:40 PM
            To: lakes-signon@lists.example.org
            Subject: Open letter to the Lake Commission

            Dear colleagues,

            Here is the text as it will go tomorrow; corrections by noon please.

            Tamar

            ------------------------------------------

            Geneva, 5 March 2019

            To the members of the Lake Commission

            Dear Commissioners,

            We ask you to protect the fishing communities of the lake.

            Yours sincerely,

            Kivu Shore Forum (Rwanda)
            Lake Region Peace Forum (Kenya)
            """);

        Assert.Equal(("2019-03-05", "the members of the Lake Commission"), (draft.Date.ToString(), draft.Recipients.Single()));
        Assert.Equal("We ask you to protect the fishing communities of the lake.\n", draft.Body);
    }

    [Fact]
    public void A_sentence_that_says_how_to_withdraw_withdraws_no_one()
    {
        var draft = Read("""
            From: Tamar Levi <tamar.levi@lakesforum.example.org>
            Sent: Thursday, March 7, 2019 9:02 AM
            To: lakes-signon@lists.example.org
            Subject: RE: Open letter to the Lake Commission

            Hi all, if the Kivu Shore Forum or anyone else wishes to remove its name, please tell me by Friday.

            Tamar

            -----Original Message-----
            From: Tamar Levi
            Sent: Tuesday, March 5, 2019 6:40 PM
            Subject: Open letter to the Lake Commission

            Dear Commissioners,

            We ask you to protect the fishing communities of the lake.

            Yours sincerely,

            Kivu Shore Forum (Rwanda)
            Lake Region Peace Forum (Kenya)
            """);

        Assert.Equal(["Kivu Shore Forum | RW | ", "Lake Region Peace Forum | KE | "], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_late_addition_written_only_in_a_sentence_is_left_to_the_editor()
    {
        // "X confirmed by phone, please add them": which words are the name a sentence does not say safely, and the
        // organization is often on the list already; only a list of names under a lead-in adds signatories.
        var draft = Read("""
            From: Tamar Levi <tamar.levi@lakesforum.example.org>
            Sent: Thursday, March 7, 2019 9:02 AM
            To: lakes-signon@lists.example.org
            Subject: RE: Open letter to the Lake Commission

            Hi all, the Delta Mangrove Trust confirmed by phone this morning, please add them (Bangladesh).

            Tamar

            -----Original Message-----
            From: Tamar Levi
            Sent: Tuesday, March 5, 2019 6:40 PM
            Subject: Open letter to the Lake Commission

            Dear Commissioners,

            We ask you to protect the fishing communities of the lake.

            Yours sincerely,

            Kivu Shore Forum (Rwanda)
            Lake Region Peace Forum (Kenya)
            """);

        Assert.Equal(["Kivu Shore Forum | RW | ", "Lake Region Peace Forum | KE | "], draft.Signatories.Select(Describe));
    }

    private static LetterDraft Read(string text) => SignatoryShapeTests.Read(text);

    private static string Describe(PrintedSignatory s) =>
        $"{s.Name} | {string.Join(",", s.Places.Countries)} | {string.Join(",", s.Places.Regions)}";
}
