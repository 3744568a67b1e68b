using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// The edges of a list (issue 14, the round for holdout17, a representative set): the "and" before the last name of a
/// list run in as a sentence, the title a PDF prints at the top of its next page inside a bulleted list, and the links
/// a web page prints under the names. Each letter is invented, small and written out in full.
/// </summary>
public class SeriesAndPageLinesTests
{
    [Fact]
    public void The_and_before_the_last_name_of_a_run_in_list_parts_it_from_the_name_before()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We write to you about the lake.

            Sincerely,

            The letter was signed by: Lake Region Peace Forum, Sahel Women's Voice (Mali), Delta Fishers' Trust, and
            Andean Commission for Water Rights (ACWR).
            """);

        Assert.Equal(
            ["Lake Region Peace Forum", "Sahel Women's Voice | ML", "Delta Fishers' Trust", "Andean Commission for Water Rights (ACWR)"],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void The_and_a_list_written_as_one_sentence_puts_at_the_end_of_its_last_but_one_line_is_no_part_of_it()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We write to you about the lake.

            Sincerely,

            Lake Region Peace Forum – Kisumu, Kenya;
            Sahel Women's Voice – Bamako, Mali, and
            Delta Fishers' Trust – Dakar, Senegal.
            """);

        Assert.Equal(["Lake Region Peace Forum | KE", "Sahel Women's Voice | ML", "Delta Fishers' Trust | SN"], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_name_whose_last_words_are_a_series_keeps_them()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We write to you about the lake.

            Sincerely,

            Lake Region Peace Forum, Kenya
            Centre for Peace, Justice, and Reconciliation, Uganda
            Sahel Women's Voice, Mali
            """);

        Assert.Equal(["Lake Region Peace Forum | KE", "Centre for Peace, Justice, and Reconciliation | UG", "Sahel Women's Voice | ML"], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_line_without_the_bullet_of_the_list_after_a_page_number_is_the_next_pages_title()
    {
        var draft = SignatoryShapeTests.Read("""
            Excelentíssimo Senhor Presidente,

            Escrevemos sobre o lago.

            Atenciosamente,

            ▪ Fórum de Paz da Região do Lago (Quénia)
            ▪ Voz das Mulheres do Sahel (Mali)
            ▪ Associação dos Pescadores do Delta (Moçambique)

                                                                 1/2
            Carta aberta – Lago Niassa, Cabo Delgado

            ▪ Comissão Andina de Direitos da Água (Peru)
            ▪ Rede de Mulheres do Lago (Malawi)
            """);

        Assert.Equal(
            ["Fórum de Paz da Região do Lago | KE", "Voz das Mulheres do Sahel | ML", "Associação dos Pescadores do Delta | MZ", "Comissão Andina de Direitos da Água | PE", "Rede de Mulheres do Lago | MW"],
            draft.Signatories.Select(Describe));
        Assert.Contains(draft.Skipped, s => s.Text.StartsWith("Carta aberta", StringComparison.Ordinal) && s.Reason.Contains("top of a page", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("‹ Lake Region crisis                up                Council resolution 2041 ›")]
    [InlineData("« Previous   |   Next »")]
    [InlineData("Printer-friendly version   Send to friend")]
    public void The_links_a_web_page_prints_under_the_names_end_the_list(string links)
    {
        var draft = SignatoryShapeTests.Read($"""
            Dear Minister,

            We write to you about the lake.

            Sincerely,

            Lake Region Peace Forum, Kenya
            Sahel Women's Voice, Mali

            {links}

            Lake Region Network is a coalition of groups around the lake
            """);

        Assert.Equal(["Lake Region Peace Forum | KE", "Sahel Women's Voice | ML"], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_french_name_in_guillemets_is_a_name_not_a_link()
    {
        var draft = SignatoryShapeTests.Read("""
            Monsieur le Ministre,

            Nous vous écrivons au sujet du lac.

            Veuillez agréer, Monsieur le Ministre, l'expression de notre haute considération.

            Forum pour la paix du lac, Kenya
            Association « Femmes du Sahel », Mali
            Pêcheurs du delta, Sénégal
            """);

        Assert.Equal(["Forum pour la paix du lac | KE", "Association « Femmes du Sahel » | ML", "Pêcheurs du delta | SN"], draft.Signatories.Select(Describe));
    }

    private static string Describe(PrintedSignatory s) => s.Places.Countries.Count > 0 ? $"{s.Name} | {string.Join(",", s.Places.Countries)}" : s.Name;
}
