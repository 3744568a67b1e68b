using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Heads of organizations who sign one block each (name, position, organization, "City, Country"), with their
/// positions written in other languages than the letter's, and more organizations run in after them between middle
/// dots (issue 14, the round for holdout14). Each letter is invented, small and written out in full.
/// </summary>
public class HeadsSigningInBlocksTests
{
    private const string Letter = """
        Estimados Ministros:

        Les pedimos proteger a las comunidades pesqueras del lago.

        Atentamente,

        P. Tomás Aguirre Lozano, S.J.
        Director
        Centro Fe y Territorio
        Quito, Ecuador

        João Batista Ferreira
        Coordenador Executivo
        Instituto Terra Viva
        Recife – Brasil

        Hélène Dupuis
        Secrétaire générale
        Collectif Rivières Vivantes
        Montréal (Canada)

        Jonas Berglund
        Programansvarig, Latinamerika
        Fiskeriföreningen Norr
        Luleå, Sverige

        Rachel Owens
        Africa Policy Director
        Lake Shores Trust
        Washington, D.C., EE. UU.

        Lukas Brandt
        Referent, Lateinamerika
        Aktionsbündnis Wasser
        Köln, Deutschland

        Adhieren también:
        Colectivo Agua Limpia (Perú) · Red de Pescadores Artesanales – REDPA (Chile) · Fundación Bosque
        Seco (Ecuador) · Observatorio Andino de Ríos (regional) · Amazon Waters Alliance (EE. UU.)
        """;

    [Fact]
    public void Heads_with_positions_in_any_language_are_people_and_their_organizations_sign_where_the_block_places_them()
    {
        var draft = SignatoryShapeTests.Read(Letter);

        Assert.Equal(
            ["P. Tomás Aguirre Lozano, S.J.", "João Batista Ferreira", "Hélène Dupuis", "Jonas Berglund", "Rachel Owens", "Lukas Brandt"],
            draft.People.Select(p => p.Name));
        Assert.Equal(
            [
                "Centro Fe y Territorio | EC",
                "Instituto Terra Viva | BR",
                "Collectif Rivières Vivantes | CA",
                "Fiskeriföreningen Norr | SE",
                "Lake Shores Trust | US",
                "Aktionsbündnis Wasser | DE",
            ],
            draft.Signatories.Take(6).Select(Describe));
    }

    [Fact]
    public void A_position_keeps_the_region_or_programme_printed_after_it_and_the_organization_is_the_next_line()
    {
        var draft = SignatoryShapeTests.Read(Letter);

        Assert.Equal(
            [
                "Director: Centro Fe y Territorio",
                "Coordenador Executivo: Instituto Terra Viva",
                "Secrétaire générale: Collectif Rivières Vivantes",
                "Programansvarig, Latinamerika: Fiskeriföreningen Norr",
                "Africa Policy Director: Lake Shores Trust",
                "Referent, Lateinamerika: Aktionsbündnis Wasser",
            ],
            draft.People.Select(p => string.Join("; ", p.Roles.Select(r => $"{r.Title}: {r.Affiliation}"))));
    }

    [Fact]
    public void Organizations_run_in_between_middle_dots_and_wrapped_inside_a_name_are_one_signatory_each()
    {
        var draft = SignatoryShapeTests.Read(Letter);

        Assert.Equal(
            [
                "Colectivo Agua Limpia | PE",
                "Red de Pescadores Artesanales – REDPA | CL",
                "Fundación Bosque Seco | EC",
                "Observatorio Andino de Ríos | ",
                "Amazon Waters Alliance | US",
            ],
            draft.Signatories.Skip(6).Select(Describe));
    }

    [Fact]
    public void Cities_and_countries_separated_by_middle_dots_are_no_run_in_list()
    {
        var lines = BlockLayout.OneEntryALine([("Lima · Perú / Arica · Chile", 1)]);

        Assert.Equal(["Lima · Perú / Arica · Chile"], lines.Select(l => l.Text));
    }

    private static string Describe(PrintedSignatory s) => $"{s.Name} | {string.Join(",", s.Places.Countries)}";
}
