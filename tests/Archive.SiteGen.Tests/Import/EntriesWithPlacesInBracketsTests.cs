using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// In a run of lines that each end with their place in brackets, a name of two words that could be a person's
/// ("Wereldfederalisten Nederland") is an entry like the lines around it, even when a line below begins with a word that
/// is also a title ("Coordinadora" is a coordinator); two conveners with their cities over their title are still people
/// (issue 14, the round for holdout19). Each letter is invented and written out in full.
/// </summary>
public class EntriesWithPlacesInBracketsTests
{
    [Fact]
    public void A_two_word_name_in_a_run_of_entries_with_places_in_brackets_is_an_entry()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Member States,

            We write about the selection of the next Secretary-General.

            Signed,

            Lakes Peace Council (Kisumu, Kenya)
            Vredesraad Utrecht (Utrecht, Netherlands)
            Democracy Without Walls (Accra, Ghana)
            Coordinadora Regional de Mujeres Rurales (CRMR) (Lima, Peru)
            Harbour Rights Forum (Durban, South Africa)
            """);

        Assert.Equal(
            [
                "Lakes Peace Council | KE", "Vredesraad Utrecht | NL", "Democracy Without Walls | GH",
                "Coordinadora Regional de Mujeres Rurales (CRMR) | PE", "Harbour Rights Forum | ZA",
            ],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
        Assert.Empty(draft.People);
    }

    [Fact]
    public void Two_conveners_with_their_cities_over_their_title_are_people()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Member States,

            We write about the selection of the next Secretary-General.

            Signed for the organisations listed below:

            Amara Okonkwo-Bello (Lagos)
            Tomás Ferreira Lima (Maputo)
            Conveners

            SIGNATORY ORGANISATIONS
            Lakes Peace Council (Kisumu, Kenya)
            Civic Voices Network (Accra, Ghana)
            """);

        Assert.Equal(["Amara Okonkwo-Bello", "Tomás Ferreira Lima"], draft.People.Select(p => p.Name));
        Assert.Equal(["Lakes Peace Council", "Civic Voices Network"], draft.Signatories.Select(s => s.Name));
    }
}
