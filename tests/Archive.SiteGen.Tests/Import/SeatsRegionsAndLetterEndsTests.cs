namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// What a list prints after a name that is where the organization is, not its name, and what a web page prints where
/// the letter it quotes ends (issue 14, the round for holdout25): a university and its city or a region of a country
/// after a dash, a city after a comma, a country as its own people call it; a campaign's cry, which is its name; the
/// page's end-of-letter mark and its row of tags. Each letter is invented, small and written out in full.
/// </summary>
public class SeatsRegionsAndLetterEndsTests
{
    [Fact]
    public void A_university_and_its_city_after_a_dash_are_the_seat_not_the_name()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We, the undersigned organisations, ask you to publish the review of the border procedure.

            Sincerely,

            Migration Law Clinic – Universidade de Coimbra, Coimbra
            Centre for Border Studies - University of Otago, Dunedin
            Lisbon Refugee Forum
            """);

        Assert.Equal(
            ["Migration Law Clinic | PT", "Centre for Border Studies | NZ", "Lisbon Refugee Forum | "],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
    }

    [Fact]
    public void A_region_of_a_country_after_a_dash_is_where_the_organization_is()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Prime Minister,

            We, the undersigned organisations, call for an independent inquiry into the killings.

            Sincerely,

            Oromia Women for Peace – Oromia Region, Ethiopia
            Collectif des Défenseurs – Région des Cascades, Burkina Faso
            Red Sea Fishers' Union – Eastern Province
            Horn of Africa Civil Society Forum – Regional
            """);

        Assert.Equal(
            ["Oromia Women for Peace | ET", "Collectif des Défenseurs | BF", "Red Sea Fishers' Union | "],
            draft.Signatories.Take(3).Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
    }

    [Fact]
    public void A_city_that_is_no_capital_after_a_comma_gives_its_country_and_leaves_the_name()
    {
        var draft = SignatoryShapeTests.Read("""
            Sehr geehrte Frau Ministerin,

            wir, die unterzeichnenden Organisationen, fordern einen Stopp der Rüstungsexporte.

            Mit freundlichen Grüßen

            Friedensinitiative Nordhessen, Kassel
            Arbeitskreis Frieden und Entwicklung, Tübingen
            Ostsee-Friedensforum, Lübeck
            """);

        Assert.Equal(
            ["Friedensinitiative Nordhessen | DE", "Arbeitskreis Frieden und Entwicklung | DE", "Ostsee-Friedensforum | DE"],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
    }

    [Fact]
    public void The_spanish_state_in_brackets_is_spain()
    {
        var draft = SignatoryShapeTests.Read("""
            Señor Ministro:

            Las organizaciones abajo firmantes le pedimos que garantice el acceso al asilo en la frontera.

            Atentamente,

            Coordinadora de Barrios por la Acogida (Estado español)
            Xarxa d'Acollida Mediterrània (Estat espanyol)
            Red Andina de Migraciones (Perú)
            """);

        Assert.Equal(
            ["Coordinadora de Barrios por la Acogida | ES", "Xarxa d'Acollida Mediterrània | ES", "Red Andina de Migraciones | PE"],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
    }

    [Fact]
    public void A_campaign_named_with_its_cry_after_a_dash_signs_while_a_cry_alone_does_not()
    {
        var draft = SignatoryShapeTests.Read("""
            Madame la Ministre,

            Nous, organisations soussignées, demandons l'arrêt des expulsions vers l'Afghanistan.

            Signataires :

            Campagne Zéro Expulsion – Stop aux renvois forcés!
            Réseau Asile Sans Frontières (France)
            Comité de soutien aux exilés (Belgique)

            Non aux expulsions vers la guerre!
            """);

        Assert.Equal(
            ["Campagne Zéro Expulsion – Stop aux renvois forcés!", "Réseau Asile Sans Frontières", "Comité de soutien aux exilés"],
            draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void The_pages_end_of_letter_mark_and_its_row_of_tags_end_the_list()
    {
        var endMark = SignatoryShapeTests.Read("""
            Señora Ministra:

            Las organizaciones abajo firmantes le pedimos que detenga las devoluciones en caliente.

            ORGANIZACIONES FIRMANTES

            Red Acoge Frontera (España)
            Asociación Pueblos Unidos (Marruecos)

            — Fin de la carta —

            Ver también: Informe anual sobre la frontera
            """);
        var tags = SignatoryShapeTests.Read("""
            Sehr geehrter Herr Bundeskanzler,

            wir, die unterzeichnenden Organisationen, fordern ein Rüstungsexportkontrollgesetz.

            Unterzeichnende Organisationen:

            Friedensnetz Ostwestfalen (Deutschland)
            Rüstungskritisches Bündnis Süd (Österreich)

            Schlagworte: Jemen · Rüstungsexporte · Frieden
            """);

        Assert.Equal(["Red Acoge Frontera", "Asociación Pueblos Unidos"], endMark.Signatories.Select(s => s.Name));
        Assert.Equal(["Friedensnetz Ostwestfalen", "Rüstungskritisches Bündnis Süd"], tags.Signatories.Select(s => s.Name));
    }
}
