namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// What older held-out sets showed about places printed a second time and about what stands around a list (issue 14,
/// the round for holdout14–40): one name in two countries, a list that prints its places two ways, a name whose
/// series runs past a comma, a signer above a closing, a mailing list's digest footer. Each letter is invented, small
/// and written out in full.
/// </summary>
public class PlacesPrintedAgainAndListFootersTests
{
    [Fact]
    public void One_name_printed_from_two_countries_is_two_signatories_even_when_a_city_says_the_second()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Commissioner,

            We ask you to visit the country.

            Sincerely,

            Instituto de Defensa Legal (IDL) – Perú
            Centro de Estudios Populares (CEP) – Colombia
            Centro de Estudios Populares – Lima
            Semillas para la Democracia – Paraguay
            """);

        Assert.Equal(["Instituto de Defensa Legal (IDL)", "Centro de Estudios Populares (CEP)", "Centro de Estudios Populares", "Semillas para la Democracia"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["PE", "CO", "PE", "PY"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_list_that_prints_cities_in_brackets_and_countries_after_dashes_reads_each_dash_as_its_separator()
    {
        var draft = SignatoryShapeTests.Read("""
            Señor Presidente:

            Le pedimos que libere a los presos políticos.

            Atentamente,

            Organizaciones firmantes:

            - Somos Muchos – Guinea Ecuatorial
            - Asociación por la Democracia en Guinea (Madrid)
            - Justicia Ahora (Washington)
            - Oxfam Intermón (Barcelona)
            - Federación de Asociaciones Vecinales – España
            - Red de Defensores de la Costa
            - Semillas para la Paz (Valencia)
            - Fundación Sur – Madrid
            """);

        Assert.Equal(["Somos Muchos", "Asociación por la Democracia en Guinea", "Justicia Ahora", "Oxfam Intermón", "Federación de Asociaciones Vecinales", "Red de Defensores de la Costa", "Semillas para la Paz", "Fundación Sur"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["GQ", "ES", "US", "ES", "ES", "", "", "ES"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void Words_joined_by_y_after_a_comma_end_the_series_of_a_name_and_are_no_town()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear President,

            We write about the selection.

            Sincerely,

            Asociación para Políticas Públicas – Argentina
            Plataforma Andina de Derechos Humanos, Democracia y Desarrollo – Colombia
            Forum Civil – Senegal
            """);

        Assert.Equal(["Asociación para Políticas Públicas", "Plataforma Andina de Derechos Humanos, Democracia y Desarrollo", "Forum Civil"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["AR", "CO", "SN"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void In_a_list_of_name_and_city_a_name_with_a_comma_in_it_is_one_entry_before_its_city()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Special Rapporteur,

            We write about torture in detention.

            Sincerely,

            Turkmen Initiative for Human Rights, Vienna
            Bureau for Human Rights and Rule of Law, Dushanbe
            Human Rights Watch, New York
            Aegis Trust, Nottingham
            Human Rights Centre, University of Essex, Colchester
            Norwegian Church Aid, Oslo
            """);

        Assert.Equal(6, draft.Signatories.Count);
        var centre = draft.Signatories[4];
        Assert.Equal("Human Rights Centre, University of Essex", centre.Name);
        Assert.Equal("Colchester", centre.City);
    }

    [Fact]
    public void A_known_city_after_a_dash_with_its_province_in_brackets_is_where_the_organization_is()
    {
        var draft = SignatoryShapeTests.Read("""
            Monsieur le Président,

            Nous vous demandons de protéger les civils.

            Veuillez agréer l'expression de notre haute considération.

            Action des Jeunes pour la Paix (AJP) — Goma, Nord-Kivu, RDC
            Héritiers du Droit – Bukavu (Sud-Kivu), R.D.C.
            Justice Plus (Bunia, Ituri – RDC)
            """);

        Assert.Equal("Héritiers du Droit", draft.Signatories[1].Name);
        Assert.Equal(["CD"], draft.Signatories[1].Places.Countries.Select(c => c.ToString()));
    }

    [Fact]
    public void The_first_entry_after_a_closing_is_a_signatory_and_not_the_organization_of_the_signer_above()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear High Commissioner,

            We write about the displaced.

            Sincerely,

            Anahit Sargsyan
            Chair of the Board

            On behalf of the following organisations:

             1. Civil Society Platform for the Rights of Displaced Persons, Armenia
             2. Helsinki Citizens' Assembly – Vanadzor, Armenia
             3. Aegis Trust, United Kingdom
            """);

        Assert.Equal(["Civil Society Platform for the Rights of Displaced Persons", "Helsinki Citizens' Assembly – Vanadzor", "Aegis Trust"], draft.Signatories.Select(s => s.Name));
        var signer = Assert.Single(draft.People);
        Assert.Equal("Anahit Sargsyan", signer.Name);
        Assert.All(signer.Roles, role => Assert.Null(role.Affiliation));
    }

    [Fact]
    public void A_mailing_lists_digest_footer_after_the_list_is_neither_a_signatory_nor_a_person()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Leaders,

            We ask you to press for the release of political prisoners.

            Signed,

            Progressive Voice, Yangon
            Women's League of Burma, Chiang Mai
            Human Rights Watch, New York

            Individuals:
            Dr. Somchai Preechakul, independent researcher, Chiang Mai

            ------------------------------

            Subject: Digest Footer

            _______________________________________________
            sea-solidarity mailing list
            sea-solidarity@lists.example.org

            ------------------------------

            End of sea-solidarity Digest, Vol 87, Issue 12
            **************************************************
            """);

        Assert.Equal(["Progressive Voice", "Women's League of Burma", "Human Rights Watch"], draft.Signatories.Select(s => s.Name));
        Assert.Equal("Dr. Somchai Preechakul", Assert.Single(draft.People).Name);
    }

    [Theory]
    [InlineData("Signatories: see below")]
    [InlineData("Signataires : voir ci-dessous")]
    public void A_headings_word_that_the_list_is_below_is_no_entry(string heading)
    {
        var draft = SignatoryShapeTests.Read($"""
            Dear Minister,

            We ask you to act.

            {heading}

            Aegis Trust (UK)
            Genocide Alert (Germany)
            """);

        Assert.Equal(["Aegis Trust", "Genocide Alert"], draft.Signatories.Select(s => s.Name));
    }

    [Theory]
    // The letters of a religious order after a signer's name are part of how the name is printed.
    [InlineData("Sr. Marilou Banzon, RGS – Rural Missionaries of the Islands", "Sr. Marilou Banzon, RGS")]
    [InlineData("Br. Tomas Dela Cruz, OFMCap – Justice and Peace Desk", "Br. Tomas Dela Cruz, OFMCap")]
    public void The_letters_of_a_religious_order_after_a_signers_name_stay_with_the_name(string line, string name)
    {
        var draft = SignatoryShapeTests.Read($"""
            Dear President,

            We ask you to cooperate with the Court.

            Signed,

            Rural Justice Network – Davao City
            Peace Advocates Mindanao – Cotabato City

            Individuals:
            Atty. Josefina Dalisay-Ramos – human rights lawyer, Davao City
            {line}
            """);

        Assert.Contains(name, draft.People.Select(p => p.Name));
    }
}
