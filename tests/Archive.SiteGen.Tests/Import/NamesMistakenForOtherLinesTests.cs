using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Names that look like something else in a list read one name a line (issue 14, the round for holdout18): a name of
/// digits and dots like a phone number, one organization's name in two languages like a person and their affiliation,
/// a name ending in digits like a footnote's mark, an emeritus professor's title like no title at all. Each letter is
/// invented, small and written out in full.
/// </summary>
public class NamesMistakenForOtherLinesTests
{
    [Fact]
    public void A_name_of_digits_and_dots_too_short_for_a_phone_number_is_an_organization_and_a_phone_number_is_still_contact_details()
    {
        var draft = SignatoryShapeTests.Read("""
            Geachte minister,

            Wij vragen u de grenzen open te houden voor wie vlucht.

            Met vriendelijke groet,

            Ondertekenaars:

            14.14.14
            Vredeshuis Leuven
            Solidair Wereldhuis
            02 345 67 89
            """);

        Assert.Equal(["14.14.14", "Vredeshuis Leuven", "Solidair Wereldhuis"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void Two_names_with_the_same_first_word_either_side_of_a_slash_are_one_organization_in_two_languages_and_a_name_over_a_title_is_still_a_person()
    {
        var draft = SignatoryShapeTests.Read("""
            Geachte minister,

            Wij vragen u de grenzen open te houden voor wie vlucht.

            Met vriendelijke groet,

            Ondertekenaars:

            Vredeshuis Gent / Vredeshuis Gand
            Solidair Wereldhuis, Antwerpen
            Liga Vrije Pers

            An Claes / Coördinator, Liga Vrije Pers
            """);

        Assert.Equal(["Vredeshuis Gent / Vredeshuis Gand", "Solidair Wereldhuis", "Liga Vrije Pers"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["An Claes"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_number_glued_to_a_name_of_one_word_is_part_of_it_and_after_a_name_of_several_words_is_a_footnote_mark()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We ask you to keep the clinics of the northern districts open.

            Sincerely,

            1. Platform25
            2. Fair Water Coalition2
            3. Health Rights Watch, Kenya
            """);

        Assert.Equal(["Platform25", "Fair Water Coalition", "Health Rights Watch"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void An_emeritus_professor_is_a_person_whether_the_title_says_so_before_or_after_the_professor()
    {
        var draft = SignatoryShapeTests.Read("""
            Geachte minister,

            Wij vragen u de grenzen open te houden voor wie vlucht.

            Met vriendelijke groet,

            Ondertekenaars:

            Vredeshuis Leuven
            Solidair Wereldhuis

            Ook gesteund door:

            Prof. dr. Lieve Janssens, Universiteit Antwerpen
            Em. prof. Karel Dewitte
            Prof. em. Dr. Ingrid Hauser
            """);

        Assert.Equal(["Prof. dr. Lieve Janssens", "Em. prof. Karel Dewitte", "Prof. em. Dr. Ingrid Hauser"], draft.People.Select(p => p.Name));
    }
}
