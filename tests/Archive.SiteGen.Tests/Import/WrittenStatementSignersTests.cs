using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A written statement to a UN body, signed the UN way: the NGOs that submit it are run into its heading with their
/// ECOSOC status, and those that share its views into a paragraph after its text (issue 14, the round for
/// holdout20). Each statement is invented, small and written out in full.
/// </summary>
public class WrittenStatementSignersTests
{
    [Fact]
    public void A_joint_written_statement_is_signed_by_the_submitters_of_its_heading_then_by_those_who_share_its_views()
    {
        var draft = Read("""
                                United Nations                                  A/HRC/57/NGO/45

                                General Assembly                                Distr.: General
                                                                                2 September 2024

            Human Rights Council
            Fifty-seventh session
            Agenda item 2

                        Joint written statement* submitted by Asian Legal Resource Centre,
                        Franciscans International, non-governmental organizations in general
                        consultative status, Tamil Civil Society Forum, a non-governmental
                        organization in special consultative status

                             The Secretary-General has received the following written statement which
                        is circulated in accordance with Economic and Social Council resolution 1996/31.

                        * Issued as received, in the language(s) of submission only.

            Sri Lanka: the families of the disappeared are still waiting

            The undersigned organisations call on the Council to keep the situation of the families of the disappeared in the north and east of Sri Lanka under review, and to renew the monitoring mandate of the Office of the High Commissioner.

            Jaffna Women's Action Network (JWAN), Colombo Centre for Policy Studies, Law and
            Society Trust (LST), Mannar Citizens' Committee, Batticaloa Fishers' Cooperative Union,
            NGO(s) without consultative status, also share(s) the views expressed in this
            statement.
            """);

        Assert.Equal(
            ["Asian Legal Resource Centre", "Franciscans International", "Tamil Civil Society Forum", "Jaffna Women's Action Network (JWAN)",
                "Colombo Centre for Policy Studies", "Law and Society Trust (LST)", "Mannar Citizens' Committee", "Batticaloa Fishers' Cooperative Union"],
            draft.Signatories.Select(s => s.Name));
        Assert.Equal("2024-09-02", draft.Date.ToString());
    }

    [Fact]
    public void A_status_the_line_broke_at_its_hyphen_is_no_name_and_a_statement_without_sharers_is_signed_by_its_heading_alone()
    {
        var draft = Read("""
            Joint written statement* submitted by Pacific Islands Climate Action Network, Oceania
            Rights Watch, non-
            governmental organizations in special consultative status, Blue Lagoon Youth Trust, a non-
            governmental organization on the roster

            * Issued as received, in the language(s) of submission only.

            Rising seas are displacing whole communities across the Pacific, and the Council should ask its special procedures to report on what this means for the right to housing.

            The Council should appoint a special rapporteur on climate change and human rights without delay.
            """);

        Assert.Equal(["Pacific Islands Climate Action Network", "Oceania Rights Watch", "Blue Lagoon Youth Trust"], draft.Signatories.Select(s => s.Name));
        Assert.Contains("appoint a special rapporteur", draft.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void French_and_spanish_statements_name_their_submitters_and_sharers_in_the_un_s_own_words()
    {
        var french = Read("""
            Exposé écrit conjoint* présenté par Ligue sahélienne des droits humains, Observatoire
            des libertés publiques, organisations non gouvernementales dotées du statut
            consultatif spécial

            Le Conseil doit renouveler le mandat de l'expert indépendant et exiger la libération des journalistes détenus sans jugement depuis deux ans.

            Collectif des avocats de Niamey, Association des femmes rurales de Zinder, ONG sans
            statut consultatif, partagent également les opinions exprimées dans la présente
            déclaration.
            """);
        var spanish = Read("""
            Exposición escrita conjunta* presentada por Comisión Andina de Derechos Humanos,
            organización no gubernamental reconocida como entidad consultiva especial, Red de
            Defensoras del Altiplano, organización no gubernamental incluida en la lista

            El Consejo debe pedir al Estado que proteja a las defensoras de la tierra y que investigue las amenazas que reciben.

            Colectivo Tierra y Agua, Asociación de Comunidades del Lago Poopó, ONG sin estatus
            consultivo, también comparten las opiniones expresadas en esta declaración.
            """);

        Assert.Equal(
            ["Ligue sahélienne des droits humains", "Observatoire des libertés publiques", "Collectif des avocats de Niamey", "Association des femmes rurales de Zinder"],
            french.Signatories.Select(s => s.Name));
        Assert.Equal(
            ["Comisión Andina de Derechos Humanos", "Red de Defensoras del Altiplano", "Colectivo Tierra y Agua", "Asociación de Comunidades del Lago Poopó"],
            spanish.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_letter_that_only_cites_a_written_statement_is_read_as_any_letter()
    {
        var draft = Read("""
            Dear Ambassador,

            Our partners made these points in a joint written statement submitted by several organisations to the Council's last session, and we share the views expressed in this statement.

            We ask your delegation to support the resolution.

            Sincerely,

            Pacific Islands Climate Action Network (Fiji)
            Oceania Rights Watch (Samoa)
            """);

        Assert.Equal(["Pacific Islands Climate Action Network", "Oceania Rights Watch"], draft.Signatories.Select(s => s.Name));
    }

    private static LetterDraft Read(string text) => SignatoryShapeTests.Read(text);
}
