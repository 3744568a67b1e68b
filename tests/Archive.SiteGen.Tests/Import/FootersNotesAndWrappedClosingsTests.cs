using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// What a PDF or a Word letter leaves around its numbered list (issue 14, the round for holdout27): a page's number
/// at the foot of a page, indented far to the right under an item, is no part of it; a starred note under the list
/// ("*signing as an observer") names no one; a French closing sentence wrapped before its last word does not sign;
/// and "(Internationale)" is a scope as "(International)" is. Each letter is invented, small and written out in full.
/// </summary>
public class FootersNotesAndWrappedClosingsTests
{
    [Fact]
    public void A_page_number_indented_under_a_numbered_item_is_not_part_of_it()
    {
        var draft = SignatoryShapeTests.Read("""
            Excellencies,

            We urge you to renew the mandate of the Commission.

            Signed:

            1. Lake Fishers Union (Uganda)
            2. Island Health Trust (Tanzania)
                                                                                    1
            3. Delta Women Traders (Kenya)
            4. Coastal Peace Forum (Kenya)
                                                                               Page 2 of 2
            """);

        Assert.Equal(
            ["Lake Fishers Union | UG", "Island Health Trust | TZ", "Delta Women Traders | KE", "Coastal Peace Forum | KE"],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
    }

    [Fact]
    public void A_note_marked_by_a_star_under_the_list_names_no_one_and_a_starred_name_still_signs()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Members of the Security Council,

            We urge you to open the crossings.

            Organisations (in alphabetical order)

            Delta Women Traders
            Island Health Trust
            World Fishers Council*
            * medico africa

            *signing as an observer
            """);

        Assert.Equal(["Delta Women Traders", "Island Health Trust", "World Fishers Council", "medico africa"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_french_closing_sentence_wrapped_before_its_last_word_does_not_sign()
    {
        var draft = SignatoryShapeTests.Read("""
            Excellences,

            Nous vous demandons de renouveler le mandat du Rapporteur spécial.

            Nous vous remercions de votre attention et vous prions d'agréer, Excellences, l'expression de notre haute
            considération.

            Signataires :

            1. Ligue des pêcheurs du lac (Burundi)
            2. Forum côtier pour la paix (Kenya)
            """);

        Assert.Equal(["Ligue des pêcheurs du lac", "Forum côtier pour la paix"], draft.Signatories.Select(s => s.Name));
    }

    [Theory]
    [InlineData("Fédération des pêcheurs du monde (Internationale)")]
    [InlineData("Fédération des pêcheurs du monde – Internationale")]
    public void Internationale_after_a_name_is_its_scope_and_no_part_of_it(string line)
    {
        var draft = SignatoryShapeTests.Read($"""
            Excellences,

            Nous vous demandons de renouveler le mandat du Rapporteur spécial.

            Signataires :

            {line}
            Ligue des pêcheurs du lac – Burundi
            Forum côtier pour la paix – Kenya
            """);

        var first = draft.Signatories[0];
        Assert.Equal(("Fédération des pêcheurs du monde", 0, 1), (first.Name, first.Places.Countries.Count, first.Places.Regions.Count));
    }
}
