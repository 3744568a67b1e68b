namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Where a letter's date is when it comes inside a press release or as Markdown (issue 14, holdout9): the release says
/// when the letter was written ("The letter, dated …"), and a Markdown page bolds its dateline. Each letter is invented,
/// small and written out in full.
/// </summary>
public class DatesInReleasesAndMarkdownTests
{
    [Theory]
    [InlineData("The letter, dated 3 Mar. 2015, is addressed to the Council.")]
    [InlineData("The joint letter is dated 3 March 2015.")]
    [InlineData("La lettre, datée du 3 mars 2015, est adressée au Conseil.")]
    [InlineData("La carta, fechada el 3 de marzo de 2015, se dirige al Consejo.")]
    public void A_release_that_says_when_the_letter_is_dated_gives_that_date_not_its_own(string sentence)
    {
        var draft = SignatoryShapeTests.Read($"""
            PRESS RELEASE
            10 March 2015

            Lake Region: groups urge the Council to act

            Twelve organizations today made public an open letter on the lake. {sentence}

            Dear Members of the Council,

            We write to you about the lake.

            Sincerely,

            Lake Region Peace Forum, Kenya
            Sahel Women's Voice, Mali
            """);

        Assert.Equal("2015-03-03", draft.Date.ToString());
    }

    [Theory]
    [InlineData("Nota de prensa")]
    [InlineData("NEWS RELEASE")]
    public void A_releases_label_is_neither_the_letters_title_nor_its_letterhead(string label)
    {
        var draft = SignatoryShapeTests.Read($"""
            {label}
            12 March 2015

            Lake Region: twelve groups urge the Council to act

            Kisumu, 3 March 2015

            Dear Members of the Council,

            We write to you about the lake.

            Sincerely,

            Lake Region Peace Forum, Kenya
            Sahel Women's Voice, Mali
            """);

        Assert.Equal(("Lake Region: twelve groups urge the Council to act", null), (draft.Title, draft.Letterhead));
    }

    [Theory]
    [InlineData("Press Release")]
    [InlineData("COMMUNIQUÉ DE PRESSE")]
    public void A_news_page_that_reprints_a_letter_takes_the_letters_dateline_not_the_date_under_press_release(string label)
    {
        var draft = SignatoryShapeTests.Read($"""
            Lake Region: groups urge the Council to act
            {label}
            12 March 2015

            The following open letter was sent to the Council.

            Kisumu, 3 March 2015

            Dear Members of the Council,

            We write to you about the lake.

            Sincerely,

            Lake Region Peace Forum, Kenya
            Sahel Women's Voice, Mali
            """);

        Assert.Equal("2015-03-03", draft.Date.ToString());
    }

    [Fact]
    public void A_releases_headline_under_its_date_is_the_title_and_its_first_paragraph_is_no_recipient()
    {
        var draft = SignatoryShapeTests.Read("""
            NEWS RELEASE
            12 March 2015

            Lake Region: twelve groups urge the Council to act

            NAIROBI – Twelve organizations today made public an open letter to the members of the Council on the lake.

            Kisumu, 3 March 2015

            Dear Members of the Council,

            We write to you about the lake.

            Sincerely,

            Lake Region Peace Forum, Kenya
            Sahel Women's Voice, Mali
            """);

        Assert.Equal("Lake Region: twelve groups urge the Council to act", draft.Title);
        Assert.Empty(draft.Recipients);
        Assert.Equal("2015-03-03", draft.Date.ToString());
    }

    [Fact]
    public void A_dateline_that_ends_with_a_full_stop_is_the_date_and_no_sentence_of_a_release()
    {
        var draft = SignatoryShapeTests.Read("""
            Kraków, 3 marca 2015 r.

            Do:
            Pan Jan Kowalski, Minister Spraw Zagranicznych Rzeczypospolitej Polskiej, Przewodniczący Rady do Spraw Jeziora

            Szanowni Państwo,

            Piszemy do Państwa w sprawie jeziora, którego wody opadają z roku na rok, a rybacy tracą źródło utrzymania.

            Z poważaniem,

            Forum Pokoju Regionu Jeziora, Kenia
            Głos Kobiet Sahelu, Mali
            """);

        Assert.Equal("2015-03-03", draft.Date.ToString());
    }

    [Fact]
    public void A_letter_that_speaks_of_our_letter_dated_an_earlier_day_keeps_its_own_date()
    {
        var draft = SignatoryShapeTests.Read("""
            10 March 2015

            Dear Minister,

            We wrote to you in our letter dated 3 February 2015 about the lake, and the letter dated 20 February 2015 from your office did not answer us.

            Sincerely,

            Lake Region Peace Forum, Kenya
            Sahel Women's Voice, Mali
            """);

        Assert.Equal("2015-03-10", draft.Date.ToString());
    }

    [Fact]
    public void A_markdown_page_with_a_heading_and_a_table_is_read_as_markdown_and_its_bold_dateline_is_the_date()
    {
        var draft = SignatoryShapeTests.Read("""
            # Carta aberta sobre o lago

            **Kisumu, 3 de março de 2015**

            Excelentíssimo Senhor Ministro,

            Escrevemos sobre o lago.

            Atenciosamente,

            | Organização | País |
            |---|---|
            | Fórum de Paz da Região do Lago | Quénia |
            | Voz das Mulheres do Sahel | Mali |
            """);

        Assert.Equal("2015-03-03", draft.Date.ToString());
        Assert.Equal(2, draft.Signatories.Count);
    }
}
