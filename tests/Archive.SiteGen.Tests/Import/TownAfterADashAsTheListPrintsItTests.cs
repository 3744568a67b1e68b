namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A list that prints a town after each name, after a dash ("… – Roma", "… – Milano"): an entry whose town the
/// archive does not know ("Sea Rescue Friends – Badalona") prints its town too (issue 14, misses of holdout31 and
/// holdout32). Each letter is invented, small and written out in full.
/// </summary>
public class TownAfterADashAsTheListPrintsItTests
{
    [Fact]
    public void An_unknown_town_after_a_dash_is_left_out_of_the_name_when_the_list_prints_towns_so()
    {
        var draft = SignatoryShapeTests.Read("""
            Roma, 3 luglio 2024

            Alla Presidente del Consiglio dei Ministri

            Chiediamo al Governo di ritirare il decreto che limita i soccorsi in mare.

            Firmatari:

            Tavolo Mare Aperto – Roma
            Associazione Porti Sicuri – Torino
            Medici del Mare – Milano
            Rete Soccorso Civile – Palermo
            Sea Rescue Friends – Badalona
            Comitato Accoglienza – Firenze
            Oxfam Italia – Arezzo
            Osservatorio Migranti – Bologna
            """);

        Assert.Equal(
            ["Tavolo Mare Aperto", "Associazione Porti Sicuri", "Medici del Mare", "Rete Soccorso Civile", "Sea Rescue Friends", "Comitato Accoglienza", "Oxfam Italia", "Osservatorio Migranti"],
            draft.Signatories.Select(s => s.Name));
        Assert.Equal(["IT", "IT", "IT", "IT", "", "IT", "IT", "IT"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries.Select(c => c.Value))));
    }

    [Fact]
    public void A_dash_in_a_name_stays_when_the_list_does_not_print_towns_after_dashes()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Ministers,

            We ask you to suspend arms transfers to all parties to the conflict.

            Signed:

            Harbour Relief Network (Ireland)
            Valley Clearance Group (Ghana)
            Peace Forum – Westside Chapter (Kenya)
            Women for Peace – Lakeshore
            Mountain Medics (Nepal)
            Sea Rescue Friends (Spain)
            """);

        Assert.Contains("Women for Peace – Lakeshore", draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_country_after_a_dash_is_still_the_country()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Ministers,

            We ask you to suspend arms transfers to all parties to the conflict.

            Signed:

            Tavolo Mare Aperto – Roma
            Associazione Porti Sicuri – Torino
            Medici del Mare – Milano
            Rete Soccorso Civile – Palermo
            Comitato Accoglienza – Firenze
            Sea Rescue Friends – Spain
            Alarm Line – International
            """);

        Assert.Equal(["IT", "IT", "IT", "IT", "IT", "ES", ""], draft.Signatories.Select(s => string.Join(",", s.Places.Countries.Select(c => c.Value))));
        Assert.Equal("Alarm Line", draft.Signatories[^1].Name);
    }
}
