using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Individuals a letter names as signers in a sentence of its text, in their personal capacity, rather than in its
/// list (issue 14, the round for holdout14). Each letter is invented, small and written out in full.
/// </summary>
public class PeopleInASentenceTests
{
    [Fact]
    public void People_a_sentence_says_join_in_their_personal_capacity_sign_with_their_titles_and_affiliations()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Commissioners,

            We ask you to protect the fishing communities of the lake and to publish the water study without delay.

            We are also supported, in their personal capacity, by Prof. Marta Kowalczyk of the University of Warsaw
            and by Rev. Samuel Okafor of Enugu.

            Yours sincerely,

            Kivu Shore Forum (Rwanda)
            Lake Region Peace Forum (Kenya)
            """);

        Assert.Equal(
            ["Prof. Marta Kowalczyk | the University of Warsaw | 5", "Rev. Samuel Okafor |  | 5"],
            draft.People.Select(p => $"{p.Name} | {string.Join(";", p.Roles.Select(r => r.Affiliation))} | {p.Line}"));
    }

    [Fact]
    public void A_french_or_spanish_sentence_names_its_personal_signers_after_a_titre_personnel_or_a_titulo_personal()
    {
        var french = SignatoryShapeTests.Read("""
            Mesdames et Messieurs les Commissaires,

            Nous vous demandons de protéger les communautés de pêcheurs du lac.

            Se joignent à cet appel, à titre personnel, Me Awa Traoré (Bamako) et Mgr Paul Kaboré.

            Veuillez agréer l'expression de notre haute considération.

            Ligue Lacustre des Droits Humains (Rwanda)
            Observatoire des Grands Lacs (Burundi)
            """);
        var spanish = SignatoryShapeTests.Read("""
            Señoras y señores comisionados:

            Les pedimos proteger a las comunidades pesqueras del lago.

            Firman también, a título personal, la Dra. Elena Quispe Mamani, de la Universidad de San Andrés, y el
            P. Tomás Arguedas.

            Atentamente,

            Fundación Lago Sagrado (Bolivia)
            Observatorio Andino del Agua (Chile)
            """);

        Assert.Equal(["Me Awa Traoré", "Mgr Paul Kaboré"], french.People.Select(p => p.Name));
        Assert.Equal(["Dra. Elena Quispe Mamani", "P. Tomás Arguedas"], spanish.People.Select(p => p.Name));
    }

    [Fact]
    public void A_sentence_about_personal_capacity_that_says_no_one_signs_names_no_one()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Commissioners,

            Dr. Anna Berg, who spoke in her personal capacity at the hearing, described the drought in Turkana.

            Yours sincerely,

            Kivu Shore Forum (Rwanda)
            Lake Region Peace Forum (Kenya)
            """);

        Assert.Empty(draft.People);
    }
}
