using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A sign-on form's answers exported from a spreadsheet and pasted under a letter as tab-separated rows (issue 14, the
/// round for holdout17): the header row asks its questions with a note in brackets ("Name of organization (or your
/// own name if you sign as an individual)"), the first column is the answer's timestamp, and the last says whether an
/// organization or an individual answers. Each letter is invented, small and written out in full.
/// </summary>
public class SignOnSheetExportTests
{
    [Fact]
    public void A_form_export_whose_name_question_carries_a_note_in_brackets_reads_each_row_by_its_columns_and_each_individual_as_a_person()
    {
        var draft = Read("""
            Dear Commissioners,

            We ask you to protect the river deltas and the people who fish them.

            Sincerely,

            The undersigned

            Timestamp	Name of organization (or your own name if you sign as an individual)	Country	Signing as
            5/2/2019 9:14:02	Delta Fishers Union (DFU)	Bangladesh	Organization
            5/2/2019 11:40:55	Mekong Voices	viet nam	Organization
            5/3/2019 8:03:10	Dr. Anika Rahman (Institute of Water Studies, Dhaka University)	Bangladesh	Individual
            5/3/2019 10:22:31	River Keepers Network	International	Organization
            5/3/2019 16:51:12	Sundarbans Youth Forum		Organization
            5/4/2019 7:15:48	Tomás Greer, hydrologist	Ireland	Individual
            """);

        Assert.Equal(
            ["Delta Fishers Union (DFU) | BD | ", "Mekong Voices | VN | ", "River Keepers Network |  | International", "Sundarbans Youth Forum |  | "],
            draft.Signatories.Select(Describe));
        Assert.Equal(["Dr. Anika Rahman", "Tomás Greer"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_form_export_in_spanish_with_a_note_after_its_name_question_signs_organizations_and_individuals_apart()
    {
        var draft = Read("""
            Señor Ministro:

            Le pedimos detener los desalojos en la cuenca del río.

            Atentamente,

            Las organizaciones y personas firmantes

            Marca temporal	Nombre de la organización (o su nombre si firma a título individual)	País	Firma como
            12/05/2019 9:14:02	Colectivo Tierra Viva (CTV)	guatemala	Organización
            12/05/2019 10:01:45	Lic. Marta Quispe (Universidad Mayor de San Andrés)	Bolivia	Individuo
            13/05/2019 18:30:09	Red de Mujeres del Altiplano	Perú	Organización
            """);

        Assert.Equal(["Colectivo Tierra Viva (CTV) | GT | ", "Red de Mujeres del Altiplano | PE | "], draft.Signatories.Select(Describe));
        Assert.Equal(["Lic. Marta Quispe"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_country_cell_typed_with_a_slip_of_the_keys_or_as_a_known_city_gives_that_country_and_a_short_slip_gives_none()
    {
        var draft = Read("""
            Dear Commissioners,

            We ask you to protect the river deltas and the people who fish them.

            Sincerely,

            The undersigned

            Timestamp	Name of organization (or your own name if you sign as an individual)	Country	Signing as
            5/2/2019 9:14:02	Delta Fishers Union (DFU)	Bangaldesh	Organization
            5/2/2019 11:40:55	Himalayan Water Watch	Kathmandu	Organization
            5/3/2019 10:22:31	Mekong Voices	Cambodiaa	Organization
            5/3/2019 12:05:40	Coral Tide Collective	Iram	Organization
            5/4/2019 8:47:19	Baobab Reef Trust	Maddagaskar	Organization
            """);

        Assert.Equal(
            ["Delta Fishers Union (DFU) | BD | ", "Himalayan Water Watch | NP | ", "Mekong Voices | KH | ", "Coral Tide Collective |  | ", "Baobab Reef Trust | MG | "],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_country_cell_typed_as_the_countrys_code_gives_that_country_and_a_word_in_capitals_gives_none()
    {
        var draft = Read("""
            Dear President,

            We ask you to rejoin the treaty and to protect the witnesses.

            Respectfully,

            Organization	Country
            Island Paralegals Network	Philippines
            Bayan Justice Desk	PH
            Coastal Rights Forum	Indonesia
            Harbour Legal Aid	ID
            Mindanao Witness Fund	NGO
            """);

        Assert.Equal(
            ["Island Paralegals Network | PH | ", "Bayan Justice Desk | PH | ", "Coastal Rights Forum | ID | ", "Harbour Legal Aid | ID | ", "Mindanao Witness Fund |  | "],
            draft.Signatories.Select(Describe));
    }

    private static LetterDraft Read(string text) => SignatoryShapeTests.Read(text);

    private static string Describe(PrintedSignatory s) =>
        $"{s.Name} | {string.Join(",", s.Places.Countries)} | {string.Join(",", s.Places.Regions)}";
}
