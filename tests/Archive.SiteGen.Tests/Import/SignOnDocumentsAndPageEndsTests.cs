namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Where a signatory list starts and ends, and the letter's date, on sign-on documents, form exports and web pages
/// (issue 14, the round for holdout23 and holdout24): an instruction to signers heads the list they type under it, a
/// comment left in the shared document is no signatory, a "sign-on closed" banner says when the letter went, a form's
/// answers pasted above the letter are its list, a page's links to its other posts end the list, and a page's stamp
/// with who posted it or its time of day gives its date. Each letter is invented, small and written out in full.
/// </summary>
public class SignOnDocumentsAndPageEndsTests
{
    [Theory]
    [InlineData("--- PLEASE ADD YOUR ORGANIZATION BELOW: Name (Country), one per line ---")]
    [InlineData("=== Add your organisation's name below (keep the list alphabetical) ===")]
    [InlineData("Sign on below:")]
    [InlineData("— Ajoutez votre organisation ci-dessous : Nom (Pays) —")]
    [InlineData("--- Por favor, añada el nombre de su organización abajo: Nombre (País) ---")]
    [InlineData("--- Adicione sua organização abaixo: Nome (País) ---")]
    public void An_instruction_to_signers_heads_the_list_and_the_shape_it_asks_for_is_no_signatory(string instruction)
    {
        var draft = SignatoryShapeTests.Read($$"""
            To the Minister of Fisheries of Senegal

            We, the undersigned, ask you to publish the licences granted to foreign trawlers off the coast.

            {{instruction}}

            1. Pêcheurs Unis de Joal (Senegal)
            2. Ocean Watch Collective
            3. Coastal Livelihoods Trust, Ghana
            """);

        Assert.Equal(["Pêcheurs Unis de Joal", "Ocean Watch Collective", "Coastal Livelihoods Trust"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_comment_left_in_a_shared_document_inside_the_list_is_skipped()
    {
        var draft = SignatoryShapeTests.Read("""
            To the Minister of Fisheries of Senegal

            We ask you to publish the licences granted to foreign trawlers off the coast.

            Signatories:

            1. Pêcheurs Unis de Joal (Senegal)
            2. Ocean Watch Collective
                 Comment [JT]: Ocean Watch asked to drop "Collective" from its name – left as is for now.
            3. Coastal Livelihoods Trust (Ghana)
            """);

        Assert.Equal(["Pêcheurs Unis de Joal", "Ocean Watch Collective", "Coastal Livelihoods Trust"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_comment_near_the_end_of_a_list_under_an_instruction_keeps_the_list_whole_and_out_of_the_letters_text()
    {
        // Two entries after the comment: the comment is not the letter's text with a list above it and another below.
        var draft = SignatoryShapeTests.Read("""
            To the Minister of Fisheries of Senegal

            We ask you to publish the licences granted to foreign trawlers off the coast.

            >>> PLEASE ADD YOUR ORGANISATION BELOW: Name of organisation – Country <<<

            1. Pêcheurs Unis de Joal – Senegal
            2. Ocean Watch – Mauritania
            3. Coastal Livelihoods Trust – Ghana
                 Comment [JT]: confirmed by e-mail on 3 March.
            4. Mangrove Keepers – Gambia
            5. Saloum Delta Women's Network – Senegal
            """);

        Assert.Equal(5, draft.Signatories.Count);
        Assert.Equal(5, draft.SignatureLine);
        Assert.DoesNotContain("Comment", draft.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SIGN-ON CLOSED – letter sent on 12 March 2025. Many thanks to all who joined!", "2025-03-12")]
    [InlineData("Les signatures sont closes – lettre envoyée le 12 mars 2025. Merci !", "2025-03-12")]
    [InlineData("Adhesiones cerradas – carta enviada el 12 de marzo de 2025.", "2025-03-12")]
    public void A_closed_sign_on_banner_gives_the_date_the_letter_was_sent(string banner, string date)
    {
        var draft = SignatoryShapeTests.Read($$"""
            {{banner}}

            To the Minister of Fisheries of Senegal

            We ask you to publish the licences granted to foreign trawlers off the coast.

            Signatories:

            Pêcheurs Unis de Joal (Senegal)
            Ocean Watch Collective
            Coastal Livelihoods Trust (Ghana)
            """);

        Assert.Equal(date, draft.Date.ToString());
    }

    [Fact]
    public void A_form_export_pasted_above_the_letter_is_its_list_when_nothing_stands_under_its_closing()
    {
        var draft = SignatoryShapeTests.Read("""
            [Sheet: Responses]

            Timestamp	Name of organisation	Country	Type of organisation
            3/2/2025 9:12:40	Pêcheurs Unis de Joal	Senegal	Community group
            3/2/2025 14:05:11	Ocean Watch Collective	International	INGO
            3/3/2025 8:30:02	Coastal Livelihoods Trust	ghana	National NGO

            [Sheet: Letter]

            12 March 2025

            Dear Minister,

            We ask you to publish the licences granted to foreign trawlers off the coast of Senegal, and to stop new ones.

            The undersigned organisations
            """);

        Assert.Equal(
            ["Pêcheurs Unis de Joal | SN | ", "Ocean Watch Collective |  | International", "Coastal Livelihoods Trust | GH | "],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)} | {string.Join(",", s.Places.Regions)}"));
        Assert.Equal("2025-03-12", draft.Date.ToString());
    }

    [Theory]
    [InlineData("Related posts")]
    [InlineData("Latest news:")]
    [InlineData("You may also like")]
    [InlineData("Articles similaires")]
    [InlineData("Entradas relacionadas")]
    [InlineData("Posts relacionados")]
    [InlineData("Ähnliche Beiträge")]
    public void The_heading_of_a_pages_links_to_its_other_posts_ends_the_list(string heading)
    {
        var draft = SignatoryShapeTests.Read($$"""
            To the Minister of Fisheries of Senegal

            We ask you to publish the licences granted to foreign trawlers off the coast.

            Signatories:

            1. Pêcheurs Unis de Joal
            2. Ocean Watch Collective
            3. Coastal Livelihoods Trust

            {{heading}}
            - Trawler licences: our submission to the fisheries review (2 May 2024)
            - Small-scale fishers and the blue economy, a briefing
            """);

        Assert.Equal(["Pêcheurs Unis de Joal", "Ocean Watch Collective", "Coastal Livelihoods Trust"], draft.Signatories.Select(s => s.Name));
    }

    [Theory]
    [InlineData("Posted on 12 March 2025 by the Campaigns Desk  ·  Statement  ·  3 min read")]
    [InlineData("Publié le 12 mars 2025 par la rédaction")]
    [InlineData("Publicado em 12/03/2025 às 09h15 | Atualizado em 13/03/2025 às 11h40")]
    public void A_pages_stamp_with_who_posted_it_or_its_time_of_day_gives_the_date(string stamp)
    {
        var draft = SignatoryShapeTests.Read($$"""
            News / Statements

            Senegal: publish the trawler licences

            {{stamp}}

            To the Minister of Fisheries of Senegal

            We ask you to publish the licences granted to foreign trawlers off the coast.

            Signatories:

            Pêcheurs Unis de Joal (Senegal)
            Ocean Watch Collective
            Coastal Livelihoods Trust (Ghana)
            """);

        Assert.Equal("2025-03-12", draft.Date.ToString());
    }
}
