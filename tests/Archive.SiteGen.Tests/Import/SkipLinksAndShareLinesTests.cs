namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A web page copied with the link screen readers jump by above it ("Skip to main content", in several languages) and
/// its share line written with double spaces ("Share  Tweet  Email  Print"): neither is the letter's title nor an
/// addressee (issue 14, the round for holdout19). Each letter is invented, small and written out in full.
/// </summary>
public class SkipLinksAndShareLinesTests
{
    [Theory]
    [InlineData("Skip to main content")]
    [InlineData("Aller au contenu principal")]
    [InlineData("Ir al contenido")]
    [InlineData("Zum Inhalt springen")]
    public void The_skip_link_above_a_web_page_is_no_title_and_the_share_line_no_addressee(string skipLink)
    {
        var draft = SignatoryShapeTests.Read($"""
            {skipLink}

            Joint statement: 20 NGOs urge the Council to keep the lake crossings open

            Share  Tweet  Email  Print

            To the Members of the Lake Basin Commission

            We, the undersigned organisations, urge you to keep the crossings open for aid.

            Signatories:

            Lake Region Peace Forum
            Coastal Fishers' Union
            """);

        Assert.Equal("Joint statement: 20 NGOs urge the Council to keep the lake crossings open", draft.Title);
        Assert.Equal(["the Members of the Lake Basin Commission"], draft.Recipients);
    }
}
