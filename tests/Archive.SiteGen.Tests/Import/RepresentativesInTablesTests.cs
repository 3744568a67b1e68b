using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A table pasted from a word processor with a column for the person who signs for each organization (issue 14, the
/// round for holdout18): "No. | Organisation | Name of representative | Location". The header row says which cell is
/// the organization, which the person (who signs too, for it) and which the place, a city, "City, Country", a country
/// or nothing. Each letter is invented, small and written out in full.
/// </summary>
public class RepresentativesInTablesTests
{
    [Fact]
    public void A_table_with_a_representatives_column_reads_each_row_as_its_organization_and_each_representative_as_a_person_signing_for_it()
    {
        var draft = SignatoryShapeTests.Read("""
            Honourable Minister,

            We ask you to keep the fishing grounds of the lake open to the communities that live from them.

            Signed:

            No.	Organisation	Name of representative	Location
            1	Lakeshore Fishers Association (LAFA)	Mr. Peter Mwale	Mangochi
            2	Coalition for Inland Waters	Dr. Ruth Banda	Lusaka, Zambia
            3	Women in Fisheries Network	Ms. Agnes Phiri	Malawi
            4	Blue Lakes Trust	Rev. Samuel Tembo	
            """);

        Assert.Equal(
            ["Lakeshore Fishers Association (LAFA) | ", "Coalition for Inland Waters | ZM", "Women in Fisheries Network | MW", "Blue Lakes Trust | "],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
        Assert.Equal(
            ["Mr. Peter Mwale for Lakeshore Fishers Association (LAFA)", "Dr. Ruth Banda for Coalition for Inland Waters", "Ms. Agnes Phiri for Women in Fisheries Network", "Rev. Samuel Tembo for Blue Lakes Trust"],
            draft.People.Select(p => $"{p.Name} for {p.Roles[0].Affiliation}"));
    }

    [Fact]
    public void A_page_break_inside_a_table_with_representatives_and_a_row_whose_last_cells_are_empty_leave_every_row_read()
    {
        var draft = SignatoryShapeTests.Read("""
            Monsieur le Président,

            Nous vous demandons de rouvrir les écoles fermées dans les provinces de l'Est.

            Ont signé :

            N°	Organisation	Représentant	Lieu
            1	Association des Parents d'Élèves du Kivu (APEK)	M. Jean-Paul Kasongo	Bukavu
            2	Collectif Éducation pour Tous	Mme Aline Mukendi	Kinshasa, RD Congo
            	
            Page 2 of 2
            3	Réseau des Enseignants Solidaires	Sœur Thérèse Banza	Belgique
            4	Fondation Lire et Écrire
            """);

        Assert.Equal(
            ["Association des Parents d'Élèves du Kivu (APEK) | CD", "Collectif Éducation pour Tous | CD", "Réseau des Enseignants Solidaires | BE", "Fondation Lire et Écrire | "],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
        Assert.Equal(["M. Jean-Paul Kasongo", "Mme Aline Mukendi", "Sœur Thérèse Banza"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_table_with_a_representatives_column_laid_out_with_spaces_reads_each_cell_by_where_its_column_starts()
    {
        var draft = SignatoryShapeTests.Read("""
            Honourable Minister,

            We ask you to keep the fishing grounds of the lake open to the communities that live from them.

            Signed:

            Organisation                          Representative              Country
            Lakeshore Fishers Association         Mr. Peter Mwale, Chair      Malawi
            Coalition for Inland Waters           Dr. Ruth Banda              Zambia
            Women in Fisheries Network            Ms. Agnes Phiri
            Blue Lakes Trust                                                  Tanzania
            """);

        Assert.Equal(
            ["Lakeshore Fishers Association | MW", "Coalition for Inland Waters | ZM", "Women in Fisheries Network | ", "Blue Lakes Trust | TZ"],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
        Assert.Equal(
            ["Mr. Peter Mwale: Chair, Lakeshore Fishers Association", "Dr. Ruth Banda: Coalition for Inland Waters", "Ms. Agnes Phiri: Women in Fisheries Network"],
            draft.People.Select(p => $"{p.Name}: {string.Join(", ", new[] { p.Roles[0].Title, p.Roles[0].Affiliation }.OfType<string>())}"));
    }

    [Theory]
    [InlineData("Organisation\tName of representative\tLocation")]
    [InlineData("Organización\tRepresentante\tCiudad")]
    [InlineData("Organização\tNome do representante\tLocal")]
    [InlineData("Organisation\tReprésenté par\tVille")]
    [InlineData("Organisatie\tVertegenwoordiger\tPlaats")]
    [InlineData("Organización\tNombre del representante\tLugar")]
    public void A_header_row_naming_the_representative_in_another_language_heads_a_table(string header)
    {
        var columns = ColumnRow.TryHeader(header);

        Assert.NotNull(columns);
        Assert.Equal([ColumnRow.Column.Name, ColumnRow.Column.Representative, ColumnRow.Column.City], columns.Columns);
    }
}
