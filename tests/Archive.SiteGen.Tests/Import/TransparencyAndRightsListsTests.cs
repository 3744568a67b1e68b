namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// How business-and-human-rights, tax-justice and LGBTI coalitions print their lists (issue 14, holdout47): an
/// alphabetical list under its index letters, endnote marks after names and headings, a petition page's rows with the
/// signer's web address and its buttons after the list, a boxed table of people signing for their networks, a rule of
/// dashes, and a newsletter's "What you can do: …".
/// Each letter is invented, small and written out in full.
/// </summary>
public class TransparencyAndRightsListsTests
{
    [Fact]
    public void The_index_letters_of_an_alphabetical_list_are_no_signers()
    {
        var draft = SignatoryShapeTests.Read("""
            Madame la Rapporteure,

            Nous vous demandons de maintenir le devoir de vigilance.

            Les organisations signataires (par ordre alphabétique) :

            A
            Action de Carême, Suisse
            Amis de la Terre France, France

            C
            Collectif Éthique sur l'étiquette, France
            """);

        Assert.Equal(["Action de Carême", "Amis de la Terre France", "Collectif Éthique sur l'étiquette"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["CH", "FR", "FR"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void Endnote_marks_after_names_and_headings_are_no_part_of_them()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Members of the Working Group,

            We ask you to address tax conduct in your guidance on human rights due diligence.

            Sincerely,

            1.  Tax and Human Rights Coalition [1], International
            2.  Fiscal Justice Network Asia [2], Philippines

            Individuals, in their personal capacity [3]

            – Ana Lucía Beltrán Rojas [4], Colombia

            [1] Signing on behalf of its member organisations.
            [2] Joined on 10 November.
            """);

        Assert.Equal(["Tax and Human Rights Coalition", "Fiscal Justice Network Asia"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["Ana Lucía Beltrán Rojas"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_petition_pages_rows_with_web_addresses_are_read_and_its_buttons_end_the_list()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Chief Executive,

            We ask you to withdraw the lawsuits against the journalists who reported on your plantations.

            ORGANIZATIONAL SIGNERS (3)                                          Sort: signing order ▾

            Media Defence Coalition (MDC) · Accra, Ghana · mdc.example.org
            Press Union of the Coast · Monrovia, Liberia · puc.example.org
            Forest Rights Programme · Oxford, United Kingdom · https://frp.example.org/

            [ Show all signers ]   [ Download list (CSV) ]

            UPDATES (2)
            The letter was delivered by e-mail and courier.
            """);

        Assert.Equal(["Media Defence Coalition (MDC)", "Press Union of the Coast", "Forest Rights Programme"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["GH", "LR", "GB"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_boxed_table_of_people_signing_for_their_networks_gives_the_networks_and_the_people()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear President,

            We ask the Commission to close the funding gap for sexual and reproductive health.

            Yours sincerely,

            Signed on behalf of the convening networks:

            +-----------------------+--------------------------------------+---------------+
            | Name                  | Organisation                         | Country       |
            +=======================+======================================+===============+
            | Mary Wanjiku Njoroge  | Coalition for Health Financing (CHF) | Kenya         |
            | Dr. Fatou Sarr        | Regional Family Health Alliance      | Senegal       |
            | Thabo Mahlangu        | Gender Justice Network               | South Africa  |
            +-----------------------+--------------------------------------+---------------+
            """);

        Assert.Equal(["Coalition for Health Financing (CHF)", "Regional Family Health Alliance", "Gender Justice Network"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["KE", "SN", "ZA"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Equal(["Mary Wanjiku Njoroge", "Dr. Fatou Sarr", "Thabo Mahlangu"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_rule_of_dashes_and_a_newsletters_word_to_its_readers_end_the_list_of_people()
    {
        var draft = SignatoryShapeTests.Read("""
            Your Excellency,

            We ask you not to assent to the bill.

            Signed,

            Rainbow Health Network, Kampala, Uganda

            In their personal capacity:

            • Dr. Juliet Namukasa, public health physician, Kampala

            ————————————————————————

            What you can do: share this letter, call your Member of Parliament, and check in on your
            friends.

            ♡ 214 Likes · ↻ 63 Restacks
            """);

        Assert.Equal(["Rainbow Health Network"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["Dr. Juliet Namukasa"], draft.People.Select(p => p.Name));
    }
}
