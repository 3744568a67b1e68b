using Archive.SiteGen.Import;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Single lines read wrongly in the representative sets of 27 November 2026 (issue 14): lines inside a list that name
/// no one (a running title that says what the document is, a page's keywords, a reply to an editor's comment, a slogan,
/// a signer's position alone), and a dash before the country that belongs to a name the archive writes another way.
/// Each letter is invented, small and written out in full.
/// </summary>
public sealed class LinesThatAreNoEntryTests : IDisposable
{
    private readonly TemporaryContent _content = new TemporaryContent()
        .Organization("united-nations-association-norway", "name: United Nations Association – Norway\ncountries: [NO]\n")
        .Organization("baltic-fisheries-alliance", "name: Baltic Fisheries Alliance\ncountries: [EE]\n");

    private readonly string _letter = Path.Combine(Path.GetTempPath(), "archive-no-entry-" + Guid.NewGuid().ToString("N") + ".txt");

    public void Dispose()
    {
        _content.Dispose();
        File.Delete(_letter);
    }

    [Fact]
    public void A_running_title_that_says_what_the_document_is_after_a_page_number_is_no_organization()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Commissioners,

            We urge you to hold a hearing on the fishing communities of the lake.

            Signatories:

            Kisumu Fishers Union – Kenya
            Baltic Fisheries Alliance – Estonia
            Seefischer Hilfe – Germany

                                                    1/2
            Open letter – IACHR / OHCHR – Kenya
            Vlaams Vissersforum – Belgium
            Stichting Visserij en Vrede – Netherlands
            """);

        Assert.Equal(
            ["Kisumu Fishers Union | KE", "Baltic Fisheries Alliance | EE", "Seefischer Hilfe | DE", "Vlaams Vissersforum | BE", "Stichting Visserij en Vrede | NL"],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_page_s_keywords_line_under_the_list_is_no_organization()
    {
        var draft = SignatoryShapeTests.Read("""
            Madame la Ministre,

            Nous vous demandons de protéger les pêcheurs du lac.

            Organisations signataires :
            Réseau Lac Tchad (Cameroun)
            Forum des Pêcheurs (Tchad)

            Tags : Tchad, pêche, liberté d'association
            """);

        Assert.Equal(["Réseau Lac Tchad | CM", "Forum des Pêcheurs | TD"], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_reply_to_an_editor_s_comment_in_a_shared_document_is_no_organization()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We urge you to protect the fishing communities of the lake.

            Signatories:
            Kisumu Fishers Union (Kenya)
            Baltic Fisheries Alliance (Estonia)
            Respuesta [JB2]: agreed – adding them now
            Seefischer Hilfe (Germany)
            """);

        Assert.Equal(["Kisumu Fishers Union | KE", "Baltic Fisheries Alliance | EE", "Seefischer Hilfe | DE"], draft.Signatories.Select(Describe));
    }

    [Theory]
    [InlineData("¡Tierra y agua para los pescadores!")]
    [InlineData("Free the fishers of the lake now!")]
    public void A_slogan_closing_the_letter_is_no_organization(string slogan)
    {
        var draft = SignatoryShapeTests.Read($"""
            Señora Ministra:

            Le pedimos que proteja a las comunidades de pescadores del lago.

            {slogan}

            Organizaciones firmantes:

            Red de Pescadores del Lago (Nicaragua)
            Colectivo Agua Viva (Costa Rica)
            """);

        Assert.Equal(["Red de Pescadores del Lago | NI", "Colectivo Agua Viva | CR"], draft.Signatories.Select(Describe));
    }

    [Theory]
    [InlineData("La Présidente")]
    [InlineData("The Executive Director")]
    public void A_signer_s_position_alone_with_its_article_is_no_organization(string position)
    {
        var draft = SignatoryShapeTests.Read($"""
            Monsieur le Président,

            Nous vous demandons de protéger les pêcheurs du lac.

            Pour les organisations signataires,
            {position}

            Organisations signataires :

            1. Réseau Lac Tchad (Cameroun)
            2. Forum des Pêcheurs (Tchad)
            """);

        Assert.Equal(["Réseau Lac Tchad | CM", "Forum des Pêcheurs | TD"], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_name_written_another_way_keeps_its_dash_and_country_when_the_organization_it_names_is_of_that_country()
    {
        File.WriteAllText(_letter, """
            20 July 2009

            Dear Minister,

            We write to you.

            Signatories:

            Baltic Fisheries Alliance, Estonia
            Seefischer Hilfe, Germany
            UN Association - Norway
            Vlaams Vissersforum, Belgium
            """);
        var outcome = ImportLetters.Plan(new ImportOptions(_content.Root, [_letter]), forWriting: false);

        Assert.Empty(outcome.Problems);
        Assert.Contains(
            "UN Association - Norway | united-nations-association-norway | NO",
            Assert.Single(outcome.Letters).Signatories.Select(s => $"{s.Printed.Name} | {s.OrganizationId} | {string.Join(",", s.Printed.Places.Countries)}"));
    }

    private static string Describe(PrintedSignatory s) => $"{s.Name} | {string.Join(",", s.Places.Countries)}";
}
