namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// What the older pending sets still asked for (issue 14, twenty-fourth round): a closing signed "For Human Rights
/// Watch," or "Pour la Commission Épiscopale Justice et Paix," over the signer's name, and a town printed with its
/// district in a list that prints a town after each name. Each letter is invented, small and written out in full.
/// </summary>
public class SignersForTheirBodiesAndTownsWithDistrictsTests
{
    [Theory]
    [InlineData("For Human Rights Watch,", "Human Rights Watch")]
    [InlineData("On behalf of the Commission for Justice and Peace,", "Commission for Justice and Peace")]
    [InlineData("Por la Comisión Colombiana de Juristas,", "Comisión Colombiana de Juristas")]
    public void The_body_a_signer_signs_for_is_named_without_the_words_before_it(string signsFor, string name)
    {
        var draft = SignatoryShapeTests.Read($"""
            Open letter on the protection of civilians

            18 February 2025

            Excellencies,

            We ask the Council to act now to protect civilians in the east of the country.

            Yours sincerely,

            {signsFor}
            Dr. Jane Mwangi, Executive Director

            Also signed by:

            Caritas Congo ASBL (RD Congo)
            Avocats Sans Frontières (Belgique)
            """);

        Assert.Equal([name, "Caritas Congo ASBL", "Avocats Sans Frontières"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["Dr. Jane Mwangi"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_body_signed_for_in_the_closing_and_listed_again_below_is_one_signatory()
    {
        var draft = SignatoryShapeTests.Read("""
            Lettre ouverte au Conseil de sécurité

            Kinshasa, le 18 février 2025

            Excellences,

            Nous vous demandons d'agir maintenant pour protéger les civils à l'Est de la RDC.

            Veuillez agréer, Excellences, l'expression de notre haute considération.

            Pour la Commission Épiscopale Justice et Paix,
            Abbé Clément Makiobo, Secrétaire exécutif

            LISTE DES SIGNATAIRES

            Commission Épiscopale Justice et Paix (CEJP/CENCO) (RD Congo)
            Caritas Congo ASBL (RD Congo)
            Avocats Sans Frontières (Belgique)
            """);

        Assert.Equal(["Commission Épiscopale Justice et Paix", "Caritas Congo ASBL", "Avocats Sans Frontières"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["CD", "CD", "BE"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void The_running_title_under_the_rule_where_a_page_breaks_is_no_entry()
    {
        var draft = SignatoryShapeTests.Read("""
            Lettre ouverte au Conseil de sécurité

            Kinshasa, le 18 février 2025

            Excellences,

            Nous vous demandons d'agir maintenant pour protéger les civils à l'Est de la RDC.

            Veuillez agréer, Excellences, l'expression de notre haute considération.

            LISTE DES SIGNATAIRES

            Caritas Congo ASBL (RD Congo)
            Avocats Sans Frontières (Belgique)

            -------------------------------------------------------------------------------------
            CEJP – Lettre au Conseil de sécurité sur l'Est de la RDC – 18 février 2025

            Entraide et Fraternité (Belgique)
            CCFD-Terre Solidaire (France)
            """);

        Assert.Equal(["Caritas Congo ASBL", "Avocats Sans Frontières", "Entraide et Fraternité", "CCFD-Terre Solidaire"], draft.Signatories.Select(s => s.Name));
    }

    // Only a signer's line under it shows the words are the closing's: in a list whose names end with commas, a name
    // that begins so is a name.
    [Fact]
    public void A_name_that_begins_with_for_in_a_list_of_names_keeps_its_words()
    {
        var draft = SignatoryShapeTests.Read("""
            Open letter on the protection of civilians

            18 February 2025

            Excellencies,

            We ask the Council to act now to protect civilians in the east of the country.

            Signed:

            Pour la Solidarité,
            Caritas Europa,
            Justice et Paix Europe
            """);

        Assert.Equal(["Pour la Solidarité", "Caritas Europa", "Justice et Paix Europe"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void An_unknown_town_with_its_district_after_a_dash_is_read_as_the_list_prints_its_towns()
    {
        var draft = SignatoryShapeTests.Read("""
            Open letter: table the referendum result now

            16 June 2025

            Dear Prime Minister,

            We ask you to table the result of the referendum in Parliament without further delay.

            Yours faithfully,

            Signed by the following organisations:

            1. Bougainville Peace & Reconciliation Network – Arawa
            2. Leitana Nehan Women's Development Agency – Buka
            3. Nazareth Centre for Rehabilitation – Chabai, North Bougainville
            4. Bougainville Youth Federation – Buka
            5. Caritas PNG – Port Moresby
            6. Melanesian Institute – Goroka
            7. Conciliation Resources – London, United Kingdom
            8. Global Action to Prevent War – New York, USA
            """);

        Assert.Equal(
            ["Bougainville Peace & Reconciliation Network", "Leitana Nehan Women's Development Agency", "Nazareth Centre for Rehabilitation", "Bougainville Youth Federation", "Caritas PNG", "Melanesian Institute", "Conciliation Resources", "Global Action to Prevent War"],
            draft.Signatories.Select(s => s.Name));
        Assert.Equal(["PG", "PG", "", "PG", "PG", "PG", "GB", "US"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }
}
