namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A letter's header in Dutch and Portuguese (issue 14, the round for holdout11 and holdout12): the salutation that
/// ends the header ("Geachte heer …,", "Excelências,") and the memo labels ("Aan:", "Betreft:", "C/c:"), so that the
/// date, the recipients and the subject above it are read. Each letter is invented and written out in full.
/// </summary>
public class HeaderLabelsInOtherLanguagesTests
{
    [Fact]
    public void A_Dutch_header_with_Aan_and_Betreft_above_Geachte_gives_the_date_the_recipient_and_the_subject()
    {
        var draft = SignatoryShapeTests.Read("""
            Utrecht, 4 maart 2021

            Aan:
            mevrouw Anna de Vries, Minister van Waterbeheer

            Betreft: Heropening van de putten in de meerdistricten

            Geachte mevrouw De Vries,

            Wij vragen u de putten in de meerdistricten te heropenen.

            Hoogachtend,

            Andean Water Watch – Bolivia
            Lake Region Peace Forum – Kenia
            """);

        Assert.Equal("2021-03-04", draft.Date.ToString());
        Assert.Equal(["mevrouw Anna de Vries, Minister van Waterbeheer"], draft.Recipients);
        Assert.Equal("Heropening van de putten in de meerdistricten", draft.Title);
    }

    [Fact]
    public void A_Portuguese_header_above_Excelencias_gives_the_date_and_keeps_the_copy_line_apart()
    {
        var draft = SignatoryShapeTests.Read("""
            CARTA ABERTA SOBRE OS POÇOS DOS DISTRITOS DO LAGO

            Beira, 7 de maio de 2022

            À Sua Excelência Ministra da Água

            C/c: Conselho Regional da Água

            Excelências,

            Pedimos a reabertura dos poços dos distritos do lago.

            Atenciosamente,

            Andean Water Watch (Bolívia)
            Lake Region Peace Forum (Quénia)
            """);

        Assert.Equal("2022-05-07", draft.Date.ToString());
        Assert.Equal(["Conselho Regional da Água"], draft.Cc);
        Assert.DoesNotContain(draft.Recipients, r => r.Contains("Conselho", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Com cópia para:")]
    [InlineData("With a copy to:")]
    [InlineData("Avec copie à :")]
    [InlineData("Con copia a:")]
    [InlineData("Kopie an:")]
    public void A_copy_label_alone_on_its_line_sends_the_name_and_title_under_it_a_copy(string label)
    {
        var draft = SignatoryShapeTests.Read($"""
            Belém, 2 de junho de 2025

            Exmo. Sr. Prefeito Municipal de Belém

            {label}
            Sr. Balakrishnan Rajagopal
            Relator Especial da ONU sobre o direito à moradia adequada

            Senhor Prefeito,

            Pedimos a suspensão das remoções.

            Atenciosamente,

            Frente Ribeirinha – Belém/PA
            """);

        Assert.Equal(["Exmo. Sr. Prefeito Municipal de Belém"], draft.Recipients);
        Assert.Equal(["Sr. Balakrishnan Rajagopal, Relator Especial da ONU sobre o direito à moradia adequada"], draft.Cc);
    }
}
