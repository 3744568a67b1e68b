namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// An e-mail forwarded twice whose newest note signs off with the writer's name, title and organization ("Best, /
/// Hannah / Hannah Lowther | Programme Officer / UNA-UK | London"): a few lines a list reader takes for names, but no
/// draft of the letter below, whose list is many times longer (issue 14, holdout31's letter 02 read 2 of 27). Each
/// letter is invented, small and written out in full.
/// </summary>
public class ForwardingNoteWithAFullSignatureTests
{
    [Fact]
    public void The_letter_is_the_message_with_the_list_not_the_note_that_forwards_it()
    {
        var draft = SignatoryShapeTests.Read("""
            From: Mira Holt <m.holt@example.org>
            Sent: Wednesday, 20 August 2025 09:14
            To: disarmament-network@example.org
            Subject: Fwd: FW: treaty letter (as sent)

            Dear all,

            Forwarding for your records the final version of the letter, as it went out on Monday.

            Best,
            Mira

            Mira Holt | Peace & Security Programme Officer
            HPT | 5 Kings Court, London SW3 4RT

            ---------- Forwarded message ---------
            From: Treaty Watch Secretariat <info@example.org>
            Date: Tue, 19 Aug 2025 at 17:02
            Subject: FW: treaty letter (as sent)
            To: partners <partners@example.org>

            Colleagues, please see below the letter as sent yesterday.

            -----Original Message-----
            From: Treaty Watch Secretariat
            Sent: 18 August 2025 19:46
            To: 'Treaty Secretariat'
            Subject: treaty letter

            18 August 2025

            Excellencies,

            We ask you to report fully and publicly on your arms exports and imports this year.

            Respectfully,

            Treaty Watch, International
            Harbour Peace Trust, Ireland
            Valley Arms Monitor, Ghana
            Lagoon Disarmament Forum, Senegal
            Fjord Small Arms Initiative, Norway
            Mountain Peace Movement, Nepal
            Delta Mine Action, Colombia
            Steppe Security Network, Kazakhstan
            """);

        Assert.Equal(8, draft.Signatories.Count);
        Assert.Equal("Treaty Watch", draft.Signatories[0].Name);
        Assert.DoesNotContain(draft.Signatories, s => s.Name is "Best" or "Mira");
    }
}
