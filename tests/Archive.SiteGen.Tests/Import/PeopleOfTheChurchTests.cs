namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// People who sign as ministers of a church or members of a religious order (issue 14, the round for holdout20): the
/// title a minister carries in German, French or Spanish ("Pfarrerin", "Pasteure", "Pastora") makes a name a person
/// as "Rev." does, and the letters of an order after the name ("S.J.", "OFM") stay with the name even when more follows
/// them. Each letter is invented, small and written out in full.
/// </summary>
public class PeopleOfTheChurchTests
{
    [Fact]
    public void A_minister_signing_with_the_title_of_her_church_in_her_language_is_a_person()
    {
        var draft = SignatoryShapeTests.Read("""
            Sehr geehrte Frau Ministerin,

            wir bitten Sie, die Aufnahme der gefährdeten Familien fortzusetzen.

            Unterzeichnende Organisationen:
            Flüchtlingshilfe am See
            Seenotrettung Nord

            Einzelpersonen:
            Pfarrerin Anke Sonnleitner-Hall
            Pastorin Birte Okonkwo
            Pasteure Odile Ramaroson, Église réformée de Toamasina
            """);

        Assert.Equal(["Flüchtlingshilfe am See", "Seenotrettung Nord"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["Pfarrerin Anke Sonnleitner-Hall", "Pastorin Birte Okonkwo", "Pasteure Odile Ramaroson"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void The_letters_of_an_order_after_a_name_stay_with_it_when_a_note_or_an_affiliation_follows()
    {
        var draft = SignatoryShapeTests.Read("""
            Señor Presidente:

            Le pedimos proteger a las comunidades del valle.

            Organizaciones:
            Red de Mujeres del Valle (REMUVA), Honduras

            A título personal:
            Hna. Teresa Pulido Ancasi, OP (a título personal)
            P. Anselmo Quiroga Ledesma, S.J., Universidad Centroamericana
            """);

        Assert.Equal(["Hna. Teresa Pulido Ancasi, OP", "P. Anselmo Quiroga Ledesma, S.J."], draft.People.Select(p => p.Name));
        Assert.Equal("Universidad Centroamericana", draft.People[1].Roles.Single().Affiliation);
    }
}
