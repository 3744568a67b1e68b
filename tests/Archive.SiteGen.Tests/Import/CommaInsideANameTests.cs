namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A name with a comma inside it, in a list that prints "Name (ACR), City" (issue 14, the round for holdout18): the
/// acronym at the end of a part spells the initials of the parts before the comma too, so they are one name and the
/// part after the acronym its place, even a town the archive does not know; a line of several names after commas is
/// still several. Each letter is invented,
/// small and written out in full.
/// </summary>
public class CommaInsideANameTests
{
    [Fact]
    public void A_name_with_a_comma_inside_it_whose_acronym_spells_both_parts_is_one_name_before_its_place()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Commissioners,

            We ask the Commission to send a fact-finding mission to the northern provinces.

            Signed:

            •	Peace, Reconciliation and Dialogue Council (PRDC), Kabwe
            •	Centre for Mining Communities (CMC), Ndola
            •	Research, Education and Advocacy Network for Farmers (REANF), Lilongwe
            •	Lusaka Land Rights Forum (LLRF), Lusaka
            """);

        Assert.Equal(
            [
                "Peace, Reconciliation and Dialogue Council (PRDC)", "Centre for Mining Communities (CMC) | ZM",
                "Research, Education and Advocacy Network for Farmers (REANF) | MW", "Lusaka Land Rights Forum (LLRF) | ZM",
            ],
            draft.Signatories.Select(s => s.Places.Any ? $"{s.Name} | {string.Join(",", s.Places.Countries)}" : s.Name));
    }

    [Fact]
    public void Names_after_commas_whose_acronyms_spell_only_their_own_part_stay_apart()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Commissioners,

            We ask the Commission to send a fact-finding mission to the northern provinces.

            Signed:

            Lusaka Land Rights Forum (LLRF), Centre for Mining Communities (CMC), Women for Change (WfC)
            """);

        Assert.Equal(
            ["Lusaka Land Rights Forum (LLRF)", "Centre for Mining Communities (CMC)", "Women for Change (WfC)"],
            draft.Signatories.Select(s => s.Name));
    }
}
