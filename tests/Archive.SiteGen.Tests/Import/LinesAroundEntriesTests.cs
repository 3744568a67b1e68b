using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Lines in a signatory block that are no entry of their own, found in the third round of 27 November 2026 (issue 14):
/// a title over the signer's name, the place of an illegible signature, the postal code under a street, a heading of
/// organizations from other countries, a press contact, a sentence about who did not sign; and lines that finish the
/// entry above: a short name in brackets pushed down with its place, a word broken after a capital. Each letter is
/// invented, small and written out in full.
/// </summary>
public class LinesAroundEntriesTests
{
    [Fact]
    public void A_title_with_its_article_over_the_signer_s_name_is_no_organization()
    {
        var draft = SignatoryShapeTests.Read("""
            Gentili Ministri,

            vi chiediamo di proteggere le comunità di pescatori del lago.

            Distinti saluti,

            Il coordinatore della campagna
            Dott. Marco Ferretti

            Le organizzazioni firmatarie:

            Rete Alpina per la Pace – Italia
            Baltic Fisheries Alliance – Estonia
            """);

        Assert.Equal(["Rete Alpina per la Pace | IT", "Baltic Fisheries Alliance | EE"], draft.Signatories.Select(Describe));
        Assert.Equal(["Dott. Marco Ferretti"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void Where_illegible_signatures_stand_side_by_side_is_no_organization()
    {
        var draft = SignatoryShapeTests.Read("""
            Messieurs les Ministres,

            Nous vous demandons de protéger les communautés de pêcheurs du lac.

            Pour les organisations signataires :

               [signature illisible]                 [signature]

               Me Paul Ndzana                        Mme Alice Mbarga
               Coordonnateur, Réseau Lac Tchad       Présidente, Forum des Pêcheurs

            Liste des signataires :

            Réseau Lac Tchad, Cameroun
            Forum des Pêcheurs, Tchad
            """);

        Assert.Equal(["Réseau Lac Tchad | CM", "Forum des Pêcheurs | TD"], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_postal_code_and_city_under_the_street_of_a_signer_s_address_is_no_organization()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Ministers,

            We ask you to protect the fishing communities of the lake.

            Sincerely,

            Anna Lindqvist
            Programme Officer
            Baltic Fisheries Alliance
            14 Harbour Street, Old Town
            10130 Tallinn, Estonia
            Tel: +372 600 0000

            On behalf of the following organizations:

            Baltic Fisheries Alliance (Estonia)
            Kisumu Fishers Union (Kenya)
            """);

        Assert.Equal(["Baltic Fisheries Alliance | EE", "Kisumu Fishers Union | KE"], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_heading_of_organizations_from_other_countries_is_no_organization()
    {
        var draft = SignatoryShapeTests.Read("""
            Sehr geehrte Damen und Herren,

            wir bitten Sie, die Fischergemeinden am See zu schützen.

            Mit freundlichen Grüßen

            Organisationen:

            Seefischer Hilfe (Deutschland)

            Organisationen aus anderen Ländern

            Alpenfischer Netzwerk (Schweiz)
            """);

        Assert.Equal(["Seefischer Hilfe | DE", "Alpenfischer Netzwerk | CH"], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_Dutch_press_contact_after_the_list_ends_it()
    {
        var draft = SignatoryShapeTests.Read("""
            Geachte ministers,

            Wij vragen u de vissersgemeenschappen aan het meer te beschermen.

            Ondertekenaars:

            Stichting Visserij en Vrede (Nederland)
            Vlaams Vissersforum (België)

            Contactpersoon voor de pers: Pieter de Vries, Stichting Visserij en Vrede, +31 (0)20 000 00 00
            """);

        Assert.Equal(["Stichting Visserij en Vrede | NL", "Vlaams Vissersforum | BE"], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_sentence_about_networks_that_did_not_sign_is_no_organization_even_where_it_wraps_before_its_full_stop()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Ministers,

            We ask you to protect the fishing communities of the lake.

            Signatories:

            Kisumu Fishers Union (Kenya)
            Baltic Fisheries Alliance (Estonia)

            The Global Fishers Federation and the Lake Basin Council as networks have not signed this
            letter; their members sign in their own name.
            """);

        Assert.Equal(["Kisumu Fishers Union | KE", "Baltic Fisheries Alliance | EE"], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_short_name_in_brackets_pushed_onto_the_next_line_with_the_place_belongs_to_the_name_above()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Ministers,

            We ask you to protect the fishing communities of the lake.

            Signatories:

            Kisumu Fishers Union – Kenya
            Mediterranean Coastal Communities Observatory
            (Med-Coast Watch) – Malta
            Baltic Fisheries Alliance – Estonia
            """);

        Assert.Equal(
            ["Kisumu Fishers Union | KE", "Mediterranean Coastal Communities Observatory (Med-Coast Watch) | MT", "Baltic Fisheries Alliance | EE"],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_word_broken_at_the_line_s_end_after_its_capital_is_joined_without_the_hyphen()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Ministers,

            We ask you to protect the fishing communities of the lake.

            Signatories:

            Kisumu Fishers Union, Kenya
            LakeWatch (Great Lakes Fishers and Hu-
            man Rights Monitoring Project), Uganda
            Baltic Fisheries Alliance, Estonia
            """);

        Assert.Equal(
            ["Kisumu Fishers Union | KE", "LakeWatch (Great Lakes Fishers and Human Rights Monitoring Project) | UG", "Baltic Fisheries Alliance | EE"],
            draft.Signatories.Select(Describe));
    }

    private static string Describe(PrintedSignatory s) => $"{s.Name} | {string.Join(",", s.Places.Countries)}";
}
