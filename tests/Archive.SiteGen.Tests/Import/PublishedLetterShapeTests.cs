using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Shapes of letters as coalitions commonly publish them (issue 14, the round for holdout15, a representative set):
/// a web page's navigation above the letter and its related links below, a German list that prints each
/// organization's city, headings of institutional and individual signatures in Spanish and Portuguese, a scope
/// printed as "Regional", a PDF's running title at the top of a page, and a title for a country under a signer's
/// name. Each letter is invented, small and written out in full.
/// </summary>
public class PublishedLetterShapeTests
{
    [Fact]
    public void A_web_pages_breadcrumb_language_switch_and_share_buttons_are_no_title_or_address_and_its_published_date_is_read()
    {
        var draft = SignatoryShapeTests.Read("""
            Home » Resources » Joint letters

            Lake Chad: Donors must fund the protection of displaced fishers

            English | Français | Português

            Published: 17 March 2020
            Share this: Facebook | Twitter | Email

            To the members of the Lake Chad Basin Commission

            Excellencies,

            We, the undersigned organisations, urge you to protect the displaced fishing communities of the lake.

            1. Andean Water Watch, Bolivia
            2. Lake Region Peace Forum, Kenya
            3. Coastal Fishers' Union, Chile

            Related
            Lake Chad: Fishers displaced by the drought
            Joint letter on the Sahel's water crisis

            © 2020 Lake Network. All rights reserved.
            """);

        Assert.Equal("Lake Chad: Donors must fund the protection of displaced fishers", draft.Title);
        Assert.Equal("2020-03-17", draft.Date.ToString());
        Assert.Equal(["Andean Water Watch | BO", "Lake Region Peace Forum | KE", "Coastal Fishers' Union | CL"], draft.Signatories.Select(Describe));
    }

    [Theory]
    [InlineData("Relacionados")]
    [InlineData("Artículos relacionados")]
    [InlineData("À lire aussi")]
    [InlineData("Verwandte Artikel")]
    public void A_web_pages_related_links_in_other_languages_end_the_list(string related)
    {
        var draft = SignatoryShapeTests.Read($"""
            Excelencias:

            Les instamos a proteger a las comunidades pesqueras del lago.

            Firman:

            Red Andina de Defensoras – Perú
            Colectivo Agua y Tierra – Bolivia

            Hna. Rosa Quispe Mamani, Lima

            {related}
            Perú: las comunidades del lago piden justicia
            """);

        Assert.Equal(["Red Andina de Defensoras | PE", "Colectivo Agua y Tierra | BO"], draft.Signatories.Select(Describe));
        Assert.DoesNotContain(draft.People, p => p.Name.Contains("justicia", StringComparison.Ordinal) || p.Name == related);
    }

    [Fact]
    public void A_list_that_prints_each_organizations_city_after_a_comma_leaves_out_cities_the_list_of_cities_lacks_too()
    {
        var draft = SignatoryShapeTests.Read("""
            Sehr geehrte Frau Ministerin,

            wir bitten Sie, die Fischergemeinden am See zu schützen.

            Mit freundlichen Grüßen

            Unterzeichnende Organisationen:

            Seenetzwerk e.V., Berlin
            Fischerhilfe Nord, Rostock
            Forum Wasser und Frieden, Bonn
            Aktionsbündnis Seeufer, Bad Kreuznach
            Netzwerk Küstenschutz, Hamburg
            Wasserwacht International, Genf/New York
            Stiftung Seenland
            """);

        Assert.Equal(
            ["Seenetzwerk e.V. | DE", "Fischerhilfe Nord | ", "Forum Wasser und Frieden | DE", "Aktionsbündnis Seeufer | ", "Netzwerk Küstenschutz | DE", "Wasserwacht International | CH,US", "Stiftung Seenland | "],
            draft.Signatories.Select(Describe));
        Assert.Contains("left out the city 'Bad Kreuznach'", draft.Signatories[3].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_of_institutional_and_individual_signatures_in_spanish_and_portuguese_name_no_one_and_the_people_under_them_keep_their_titles()
    {
        var spanish = SignatoryShapeTests.Read("""
            Señora Ministra:

            Le pedimos proteger a las comunidades pesqueras del lago.

            Atentamente,

            FIRMAS INSTITUCIONALES

            Red Andina de Defensoras – Perú
            Colectivo Agua y Tierra – Bolivia
            Observatorio Costero del Pacífico – Regional

            FIRMAS INDIVIDUALES

            Hna. Rosa Quispe Mamani – Perú
            """);
        var portuguese = SignatoryShapeTests.Read("""
            Senhora Ministra,

            Pedimos que proteja as comunidades pesqueiras do lago.

            Atenciosamente,

            Subscrevem:

            Rede das Margens do Lago – Moçambique
            Fórum Água e Paz – Angola

            Subscrevem também, a título individual:

            Prof.ª Doutora Marta Chissano, Universidade do Lago
            Pe. Joaquim Mutola, Diocese do Lago
            """);

        Assert.Equal(["Red Andina de Defensoras | PE", "Colectivo Agua y Tierra | BO", "Observatorio Costero del Pacífico | "], spanish.Signatories.Select(Describe));
        Assert.Equal(["Hna. Rosa Quispe Mamani"], spanish.People.Select(p => p.Name));
        Assert.Equal(["Rede das Margens do Lago | MZ", "Fórum Água e Paz | AO"], portuguese.Signatories.Select(Describe));
        Assert.Equal(["Prof.ª Doutora Marta Chissano", "Pe. Joaquim Mutola"], portuguese.People.Select(p => p.Name));
    }

    [Fact]
    public void A_pdfs_running_title_with_the_letters_date_under_a_page_number_inside_the_list_is_no_signatory()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Members of the Commission,

            We urge you to protect the fishing communities of the lake.

            Signed,

            Andean Water Watch – Bolivia
            Lake Region Peace Forum – Kenya


                                                              2
            Joint letter on the fishing communities of the lake – March 2020

            Coastal Fishers' Union – Chile
            Northern Shores Relief – Canada
            """);

        Assert.Equal(["Andean Water Watch | BO", "Lake Region Peace Forum | KE", "Coastal Fishers' Union | CL", "Northern Shores Relief | CA"], draft.Signatories.Select(Describe));
        Assert.Contains(draft.Skipped, s => s.Reason == "the running title at the top of a page");
    }

    [Fact]
    public void A_title_for_a_country_or_region_under_a_signers_name_makes_them_a_signer()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We urge you to protect the fishing communities of the lake.

            Sincerely,

            Marie Dufresne
            Executive Director
            Lake Region Peace Forum

            Tomás Oyarzún
            Chile Director
            Coastal Fishers' Union

            Grace Wanjiru
            East Africa Regional Coordinator
            Andean Water Watch
            """);

        Assert.Equal(["Marie Dufresne", "Tomás Oyarzún", "Grace Wanjiru"], draft.People.Select(p => p.Name));
        Assert.Equal(["Chile Director", "East Africa Regional Coordinator"], draft.People.Skip(1).Select(p => p.Roles[0].Title));
    }

    private static string Describe(PrintedSignatory s) => $"{s.Name} | {string.Join(",", s.Places.Countries)}";
}
