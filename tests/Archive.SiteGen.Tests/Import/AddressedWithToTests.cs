namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// An address line that starts with the word for "to" and no colon ("To the Ministers for Foreign Affairs of …", "À
/// Monsieur le Ministre …"): the word is not part of the recipient, nor of the title made from it (issue 14, found trying
/// a letter of my own as an editor would: the title read "Letter to To the Ministers …"). Each letter is invented, small
/// and written out in full.
/// </summary>
public class AddressedWithToTests
{
    [Theory]
    [InlineData("To the Ministers for Foreign Affairs of the Nordic countries", "the Ministers for Foreign Affairs of the Nordic countries")]
    [InlineData("To His Excellency the Minister for Foreign Affairs", "His Excellency the Minister for Foreign Affairs")]
    [InlineData("À Monsieur le Ministre des Affaires étrangères", "Monsieur le Ministre des Affaires étrangères")]
    [InlineData("Toronto City Council", "Toronto City Council")]
    [InlineData("À l'attention du Ministre des Affaires étrangères", "À l'attention du Ministre des Affaires étrangères")]
    public void The_word_for_to_before_an_address_is_not_the_recipient(string addressLine, string recipient)
    {
        var draft = Letter(addressLine);

        Assert.Equal([recipient], draft.Recipients);
    }

    [Fact]
    public void The_title_made_from_the_recipient_says_to_once()
    {
        Assert.Equal("Letter to the Ministers for Foreign Affairs of the Nordic countries", Letter("To the Ministers for Foreign Affairs of the Nordic countries").Title);
    }

    private static Archive.SiteGen.Import.LetterDraft Letter(string addressLine) =>
        SignatoryShapeTests.Read($"""
            Oslo, 12 November 2025

            {addressLine}

            Dear Ministers,

            We ask your governments to appoint national focal points for the Responsibility to Protect before the next debate.

            Signatories:

            Fjord Peace Network (Norway)
            Baltic Rights Forum (Sweden)
            """);
}
