using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A country that is part of a name, where the list prints nothing else (issue 14, the round for holdout26): a
/// chapter, section or office named by its country, a body's name before one of its units after a dash, a country's
/// name of several words with its small words, America right after a name's word; and a church's commission after a
/// comma, which is the church's. Each letter is invented, small and written out in full.
/// </summary>
public class CountriesInUnitsOfNamesTests
{
    [Fact]
    public void A_chapter_section_or_office_named_by_its_country_is_in_that_country()
    {
        var draft = Read("""
            Dear Commissioners,

            We ask you to protect the right to information.

            Signed,

            Open Data Society Ghana Chapter
            Landless Workers Forum – Malawi Chapter
            Quaker Service Committee Canada Ottawa Office
            Red de Abogados Populares – Sección Paraguay
            Human Rights Watch Geneva Office
            """);

        Assert.Equal(
            [
                "Open Data Society Ghana Chapter | GH",
                "Landless Workers Forum – Malawi Chapter | MW",
                "Quaker Service Committee Canada Ottawa Office | CA",
                "Red de Abogados Populares – Sección Paraguay | PY",
                "Human Rights Watch Geneva Office | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_body_that_names_its_country_before_a_unit_after_a_dash_gives_the_unit_that_country()
    {
        var draft = Read("""
            Dear Leaders,

            We ask you to keep the ocean free of nuclear waste.

            Signed,

            Methodist Church in Fiji – Peace Desk
            Barreau de Madagascar – Commission des Droits de l'Homme
            United Church of Fiji, Rotuma and Polynesia – Mission Unit
            Centre for Peace, Justice and Reconciliation – Youth Unit
            """);

        Assert.Equal(
            [
                "Methodist Church in Fiji – Peace Desk | FJ",
                "Barreau de Madagascar – Commission des Droits de l'Homme | MG",
                "United Church of Fiji, Rotuma and Polynesia – Mission Unit | FJ",
                "Centre for Peace, Justice and Reconciliation – Youth Unit | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_country_of_several_words_ends_a_name_and_America_right_after_a_name_is_the_United_States()
    {
        var draft = Read("""
            Dear Secretary,

            We ask you to fund the atrocity prevention programmes.

            Signed,

            Bar Association of Bosnia and Herzegovina
            Jubilee America
            Tuvalu Climate Action Network
            Friends Assembly of America
            Caritas Latin America
            Sudan Action Network
            """);

        Assert.Equal(
            [
                "Bar Association of Bosnia and Herzegovina | BA",
                "Jubilee America | US",
                "Tuvalu Climate Action Network | TV",
                "Friends Assembly of America | ",
                "Caritas Latin America | ",
                "Sudan Action Network | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_churchs_commission_after_a_comma_is_one_signatory_with_the_church_even_when_its_own_name_is_a_series()
    {
        var draft = Read("""
            Monsieur le Président,

            Nous vous demandons de protéger les civils.

            Organisations signataires :

            Église Évangélique du Littoral, Département Justice, Paix et Développement – Douala
            Diocese of Yei, Department of Peace, Justice and Reconciliation (South Sudan)
            Ligue des Droits de la Personne – Yaoundé
            Réseau des Défenseurs des Droits Humains – Bafoussam
            """);

        Assert.Equal(
            [
                "Église Évangélique du Littoral, Département Justice, Paix et Développement",
                "Diocese of Yei, Department of Peace, Justice and Reconciliation",
                "Ligue des Droits de la Personne",
                "Réseau des Défenseurs des Droits Humains",
            ],
            draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_commission_after_a_dash_in_a_list_of_cities_is_the_bodys_unit_and_no_city()
    {
        var draft = Read("""
            Excelentíssimo Senhor Presidente,

            Pedimos a libertação dos manifestantes.

            Assinam:

            Associação Mãos Unidas – Maputo
            Centro de Direitos Humanos – Maputo, Moçambique
            Liga dos Direitos Humanos – Luanda, Angola
            Instituto Sindical – São Paulo, Brasil
            Comunidade Franciscana – Comissão Diocesana, Brasil
            """);

        Assert.Equal("Comunidade Franciscana – Comissão Diocesana | BR", Describe(draft.Signatories[^1]));
    }

    [Fact]
    public void A_french_name_ending_du_or_des_and_its_country_is_in_that_country_unless_it_is_its_friends()
    {
        var draft = Read("""
            Monsieur le Président,

            Nous demandons la libération des journalistes détenus.

            Signataires :

            Maison de la Presse du Niger
            Barreau des Comores
            Association des Journalistes du Burkina Faso
            Amis du Burundi
            Solidarité pour le Mali
            """);

        Assert.Equal(
            [
                "Maison de la Presse du Niger | NE",
                "Barreau des Comores | KM",
                "Association des Journalistes du Burkina Faso | BF",
                "Amis du Burundi | ",
                "Solidarité pour le Mali | ",
            ],
            draft.Signatories.Select(Describe));
    }

    private static LetterDraft Read(string text) => SignatoryShapeTests.Read(text);

    private static string Describe(PrintedSignatory s) => $"{s.Name} | {string.Join(",", s.Places.Countries)}";
}
