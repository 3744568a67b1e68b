using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A shared document where each signer typed their own entry (issue 14, the round for holdout18): one types a city
/// after a dash, another a country, another a city and a country, another nothing. The letter is invented, small and
/// written out in full.
/// </summary>
public class EntriesTypedBySignersTests
{
    [Fact]
    public void In_a_list_whose_dashes_mostly_stand_before_a_city_a_dash_before_a_country_separates_it_from_the_name_too()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Members of the Council,

            We ask you to stop the evictions along the railway line and to hear the families who live there.

            Yours faithfully,

            ORGANISATIONS (add your organisation and where it is based)

            1. Slum Dwellers Voice - Nairobi
            2. Haki Youth Network
            3. Mombasa Tenants Union – Mombasa
            4. Land Rights Collective - Kenya
            5. Shelter Now Trust
            6. Justice for Renters – Dar es Salaam, Tanzania
            7. Pamoja Housing Forum, Uganda
            8. Urban Poor Alliance (UPA)
            9. HURA – Housing Rights Advocates
            10. Railway Families Project
            11. Green Belt Residents Group
            12. Tenants' Legal Desk - Kampala

            INDIVIDUALS

            1. Dr. Wanjiru Kamau, University of Nairobi
            2. Peter Otieno, community organiser
            """);

        Assert.Equal(
            [
                "Slum Dwellers Voice | KE", "Haki Youth Network | ", "Mombasa Tenants Union | KE", "Land Rights Collective | KE", "Shelter Now Trust | ",
                "Justice for Renters | TZ", "Pamoja Housing Forum | UG", "Urban Poor Alliance (UPA) | ", "HURA – Housing Rights Advocates | ", "Railway Families Project | ",
                "Green Belt Residents Group | ", "Tenants' Legal Desk | UG",
            ],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
    }
}
