namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// What a copied web page or a shared sign-on document prints above the letter and is neither its title nor its
/// address: a menu printed one item per line or with bars, its search and donate buttons, a cookie notice, share
/// buttons in brackets or one per line, a section path, a language switch in other scripts, a sign-on document's
/// banner, notes to its signers and draft marks. Each letter is invented, small and written out in full.
/// </summary>
public class WebPageAndSignOnHeaderTests
{
    private const string Rest = """

        Excellency,

        We, the undersigned organisations, urge you to release the detained fishers.

        Signed:
        Andean Water Watch, Bolivia
        Lake Region Peace Forum, Kenya
        """;

    [Fact]
    public void A_menu_printed_one_item_per_line_its_buttons_a_cookie_notice_and_a_page_stamp_are_no_title_or_address()
    {
        var draft = SignatoryShapeTests.Read("""
            Skip to main content
            Menu
            Home
            Our work
            Get involved
            Donate
            Search …

            We use cookies to improve your visit. Accept   Read more
            Accept all cookies    Manage preferences    Read our cookie policy

            Lake Chad: Release the detained fishers

            Posted on 4 March 2021 at 9:15 am by Web Team · 2 Comments

            Share this:
            Facebook
            Twitter
            WhatsApp

            To: H.E. Mr. Mahamat Idriss Déby, President of Chad
            """ + Rest);

        Assert.Equal("Lake Chad: Release the detained fishers", draft.Title);
        Assert.Equal(["H.E. Mr. Mahamat Idriss Déby, President of Chad"], draft.Recipients);
        Assert.Equal(2, draft.Signatories.Count);
    }

    [Theory]
    [InlineData("Share this via Facebook Share this via X Share this via Email")]
    [InlineData("Share this via Facebook   Share this via X   Other ways to share   Print")]
    [InlineData("[Share on Facebook] [Share on X] [Share on LinkedIn] [Copy link]")]
    [InlineData("[Share] [Tweet] [Email]")]
    [InlineData("Teilen: Facebook | X | Mastodon | E-Mail | Drucken")]
    [InlineData("Partilhar: Facebook | X | WhatsApp | E-mail")]
    [InlineData("Partager : Facebook | X | LinkedIn | Courriel | Imprimer")]
    public void A_row_of_share_buttons_is_no_address(string buttons)
    {
        var draft = SignatoryShapeTests.Read($"""
            Lake Chad: Release the detained fishers

            {buttons}

            The President of Chad
            """ + Rest);

        Assert.Equal(("Lake Chad: Release the detained fishers", "The President of Chad"), (draft.Title, Assert.Single(draft.Recipients)));
    }

    [Theory]
    [InlineData("About | Our work | News | Get involved | Donate", "News / Press releases")]
    [InlineData("English | Русский | Кыргызча", "Noticias / Pronunciamientos")]
    public void A_menu_with_bars_a_section_path_and_a_language_switch_are_no_title(string menu, string path)
    {
        var draft = SignatoryShapeTests.Read($"""
            {menu}

            {path}

            Lake Chad: Release the detained fishers
            """ + Rest);

        Assert.Equal("Lake Chad: Release the detained fishers", draft.Title);
        Assert.Empty(draft.Recipients);
    }

    [Fact]
    public void A_sign_on_documents_banner_notes_and_draft_marks_are_no_title_or_address()
    {
        var draft = SignatoryShapeTests.Read("""
            SIGN-ON CLOSED 2 MAY 17:00 CET – THANK YOU!! Final version sent 3 May.
            (Please do not edit this document. Questions: coordination@example.org)
            [Sheet: Form Responses 1]
            *** 31 ORGANISATIONS SIGNED ***

            [DRAFT v2 – comments welcome until Friday]  Open letter: Release the detained fishers of Lake Chad

            The President of Chad
            """ + Rest);

        Assert.Equal(("Open letter: Release the detained fishers of Lake Chad", "The President of Chad"), (draft.Title, Assert.Single(draft.Recipients)));
    }

    [Fact]
    public void A_draft_mark_and_a_sign_on_note_above_the_title_are_no_title()
    {
        var draft = SignatoryShapeTests.Read("""
            DRAFT v4 – FOR SIGN-ON – please send additions by Friday
            Joint letter on the detained fishers of Lake Chad

            The President of Chad
            """ + Rest);

        Assert.Equal("Joint letter on the detained fishers of Lake Chad", draft.Title);
    }
}
