using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// An opinion piece on a newspaper's web page, signed by the heads of organizations one a line, "Name, position
/// Organization", as Nordic, Dutch and Finnish papers print it: the position in small letters and no comma before the
/// organization; the page's stamps ("Publisert … Oppdatert …") and, under the names, its share buttons and topic tags
/// (issue 14, the round for holdout17). Each page is invented and written out in full.
/// </summary>
public class OpinionPieceSignedByHeadsTests
{
    private const string Page = """
        Logg inn   Meny   Søk

        KRONIKK

        «Regjeringen må handle før tørken blir en katastrofe ved innsjøene»

        Publisert 3. mars 2023 06:00   Oppdatert 3. mars 2023 11:15

        Dette er en kronikk. Meninger i teksten står for skribentens regning.

        Tørken rundt de store innsjøene har nå vart i tre år, og fiskerne langs breddene har mistet mer enn halvparten av
        fangsten sin. Flere hundre tusen mennesker er avhengige av fisket, og hjelpen som er lovet har ikke kommet fram.

        Vi ber regjeringen øke bistanden til fiskesamfunnene og støtte arbeidet for rent vann i hele regionen.

        Sigrid Holm, daglig leder Fjordhjelpen (Norge)
        Marieke de Vries, algemeen directeur Stichting Waterrecht
        Aino Virtanen, toiminnanjohtaja Järviliitto ry
        Rasmus Lund Kjær, formand Kystrådet (Danmark)
        Karl Berglund, chef för rättsenheten, Östersjöns Vänner
        Helena Strand, nordisk talesperson Lake Shores Trust

        Del   Kopier lenke

        Emner i artikkelen
        Tørke   Bistand   Kronikk
        """;

    [Fact]
    public void A_position_in_small_letters_ends_where_the_organization_starts_with_a_capital_and_the_organization_signs()
    {
        var draft = SignatoryShapeTests.Read(Page);

        Assert.Equal(
            ["Sigrid Holm", "Marieke de Vries", "Aino Virtanen", "Rasmus Lund Kjær", "Karl Berglund", "Helena Strand"],
            draft.People.Select(p => p.Name));
        Assert.Equal(
            ["daglig leder", "algemeen directeur", "toiminnanjohtaja", "formand", "chef för rättsenheten", "nordisk talesperson"],
            draft.People.Select(p => Assert.Single(p.Roles).Title));
        Assert.Equal(
            [
                "Fjordhjelpen | NO",
                "Stichting Waterrecht | ",
                "Järviliitto ry | ",
                "Kystrådet | DK",
                "Östersjöns Vänner | ",
                "Lake Shores Trust | ",
            ],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
    }

    [Fact]
    public void A_news_pages_share_buttons_and_topic_tags_under_the_names_are_no_signatories_and_its_stamp_dates_it()
    {
        var draft = SignatoryShapeTests.Read(Page);

        Assert.DoesNotContain(draft.Signatories, s => s.Name.Contains("Kopier", StringComparison.Ordinal) || s.Name.Contains("Emner", StringComparison.Ordinal) || s.Name.Contains("Tørke", StringComparison.Ordinal));
        Assert.Equal("2023-03-03", draft.Date.ToString());
    }

    [Theory]
    [InlineData("Publisert 3. mars 2023 06:00   Oppdatert 3. mars 2023 11:15", "2023-03-03")]
    [InlineData("Publicerad 2021-10-04 07.30   Uppdaterad 2021-10-05 10.02", "2021-10-04")]
    [InlineData("Gepubliceerd op 8 mei 2019, 06:00   Bijgewerkt 9 mei 2019, 14:12", "2019-05-08")]
    [InlineData("Published 2 July 2020 09:00   Updated 3 July 2020 17:45", "2020-07-02")]
    public void A_page_stamp_printed_beside_its_update_dates_the_page_by_its_publication(string line, string expected)
    {
        Assert.True(WrittenDate.TryParse(line, out var date, out _));
        Assert.Equal(expected, date.ToString());
        Assert.True(WrittenDate.IsPageStamp(line));
    }

    [Theory]
    [InlineData("Share   Copy link")]
    [InlineData("Dela   Kopiera länk")]
    [InlineData("Teilen   Link kopieren")]
    [InlineData("Topics in this article")]
    [InlineData("Ämnen i artikeln")]
    [InlineData("Emner i artiklen")]
    [InlineData("Onderwerpen")]
    public void What_a_news_page_prints_under_its_article_ends_the_list(string furniture)
    {
        var draft = SignatoryShapeTests.Read($"Dear Minister,\n\nWe write to you.\n\nSincerely,\n\nGenocide Alert (Germany)\n\n{furniture}\n\nAegis Trust (UK)\n");

        Assert.Equal("Genocide Alert", Assert.Single(draft.Signatories).Name);
    }
}
