namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A list of signatories copied from a web page, a social post, a chat or a document viewer: what the page prints right
/// after the list (its buttons, footer, author's box, counts, hashtags, the chat's next message, a press release's
/// boilerplate about its sender) ends the list, and what it prints inside it (a thread's handles, a viewer's page
/// counter) is skipped (issue 14, the round for holdout20). Each letter is invented, small and written out in full.
/// </summary>
public class ListEndsAtPageFurnitureTests
{
    [Fact]
    public void A_blog_posts_author_box_and_footer_after_the_list_are_not_signatories()
    {
        var draft = SignatoryShapeTests.Read("""
            To the Government of Malawi

            We, the undersigned organisations, urge you to protect the lake's fishers.

            Signed:

            Lake Malawi Fishers' Forum (Malawi)
            Coastal Rights Network (Mozambique)
            Airwars

            Written by Lake Watch Collective

            1.2K Followers

            Follow

            More from Lake Watch Collective

            Malawi: the fishers nobody counts

            Help

            Status

            About

            Careers

            Blog

            Privacy

            Terms

            Text to speech
            """);

        Assert.Equal(["Lake Malawi Fishers' Forum", "Coastal Rights Network", "Airwars"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void An_organisation_named_like_a_footer_link_inside_the_list_is_kept()
    {
        var draft = SignatoryShapeTests.Read("""
            An die Bundesregierung

            Wir, die unterzeichnenden Organisationen, fordern ein Aufnahmeprogramm für gefährdete Journalistinnen.

            Unterzeichnende Organisationen:

            Reporterinnen ohne Grenzen
            HELP
            Netzwerk Asyl

            Impressum
            Datenschutz
            """);

        Assert.Equal(["Reporterinnen ohne Grenzen", "HELP", "Netzwerk Asyl"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_social_posts_hashtags_reactions_counts_and_buttons_after_the_list_are_not_signatories()
    {
        var draft = SignatoryShapeTests.Read("""
            To the Minister of Justice of Guatemala

            We, the undersigned organisations, ask for the release of the water defenders.

            Signatories:

            Red de Defensoras del Agua - Guatemala
            Colectivo Río Vivo - Honduras
            Pastoral de la Tierra - El Salvador
            Trócaire

            #AguaEsVida #Guatemala

            Marta Pop, Colectivo Río Vivo y 88 personas más
            12 comentarios   40 compartidos

            Me gusta  Comentar  Compartir
            """);

        Assert.Equal(["Red de Defensoras del Agua", "Colectivo Río Vivo", "Pastoral de la Tierra", "Trócaire"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_plea_to_share_and_the_chats_next_messages_after_a_forwarded_list_are_not_signatories()
    {
        var draft = SignatoryShapeTests.Read("""
            To the President of Zambia

            We, the undersigned organisations, call for the repeal of the cyber law.

            Signed:
            1. Zambia Media Watch
            2. Copperbelt Youth Network
            3. Survie

            _Please forward to your groups_
            [14/05/2024, 18:02] Mwila B.: Done, sent to the church group
            [14/05/2024, 18:05] Chanda: Is Copperbelt on it?
            """);

        Assert.Equal(["Zambia Media Watch", "Copperbelt Youth Network", "Survie"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_press_releases_paragraph_about_its_sender_after_the_list_is_not_a_signatory()
    {
        var draft = SignatoryShapeTests.Read("""
            To the Secretary of State

            We write to urge you to press for humanitarian access to the Nuba Mountains.

            Sincerely,

            Mountain Relief Alliance
            Friends of the Nuba
            About Face: Veterans Against the War

            About the Mountain Relief Alliance
            The Mountain Relief Alliance is a network of faith and diaspora groups working for peace in Ethiopia.
            """);

        Assert.Equal(["Mountain Relief Alliance", "Friends of the Nuba", "About Face: Veterans Against the War"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_petition_pages_first_signatory_organisations_heading_starts_the_list_and_its_sign_form_ends_it()
    {
        var draft = SignatoryShapeTests.Read("""
            Au Premier ministre du Niger

            Nous, organisations signataires, demandons la libération des journalistes.

            Premières organisations signataires :

            Réseau des journalistes du Sahel – Niger
            Observatoire de la presse libre – Bénin
            Ligue sahélienne des droits humains – Mali

            Signataires à titre individuel :
            Me Awa Diallo, avocate, Niamey

            Signer cette pétition

            Prénom
            Nom
            E-mail

            Partager cette pétition
            Facebook  WhatsApp  X  E-mail
            """);

        Assert.Equal(["Réseau des journalistes du Sahel", "Observatoire de la presse libre", "Ligue sahélienne des droits humains"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["Me Awa Diallo"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_document_viewers_page_counter_inside_the_list_and_its_site_footer_are_neither_signatories_nor_people()
    {
        var draft = SignatoryShapeTests.Read("""
            À Excelentíssima Senhora Ministra

            As organizações abaixo assinadas pedem a proteção dos povos do Xingu.

            Assinam:
            Instituto Terra Viva (Belém/PA)
            Rede Xingu+

            You're on page 2 of 2

            Assinam também, a título pessoal:
            Dra. Helena Moura Campos, Universidade Federal do Pará

            Sobre

            Sobre o DocShare
            Fale conosco
            Privacidade
            """);

        Assert.Equal(["Instituto Terra Viva", "Rede Xingu+"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["Dra. Helena Moura Campos"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_threads_handles_and_bracketed_headings_inside_the_list_are_skipped_and_its_reply_box_ends_it()
    {
        var draft = SignatoryShapeTests.Read("""
            To the Members of the Peace and Security Council

            We, the undersigned, call for an inquiry into the killings.

            Great Lakes Rights Monitor
            @GLakesMonitor
            Signed by (Lake region):
            - Lake Region Peace Forum, Kenya
            - Bunyoro Rights Desk
            3/5

            Great Lakes Rights Monitor
            @GLakesMonitor
            (International):
            - Global Protection Cluster Watch
            - Civic Space Initiative
            4/5

            Great Lakes Rights Monitor
            @GLakesMonitor
            Read the letter ⬇️ example.org/lake-letter #Kenya #Uganda 5/5

            Post your reply
            """);

        Assert.Equal(["Lake Region Peace Forum", "Bunyoro Rights Desk", "Global Protection Cluster Watch", "Civic Space Initiative"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["International"], draft.Signatories[3].Places.Regions);
    }
}
