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
    public void An_acronym_spells_the_words_in_capitals_whatever_small_words_the_names_language_has_and_a_word_may_follow_it()
    {
        // "dan" is Indonesian "and"; "(SKPKC) Fransiskan Papua" prints the acronym before the rest of the name.
        var draft = SignatoryShapeTests.Read("""
            Kepada Yth. Presiden Republik Indonesia,

            Kami meminta pemerintah membuka akses bagi pemantau independen.

            Hormat kami,

            1. Sekretariat Keadilan, Perdamaian dan Keutuhan Ciptaan (SKPKC) Fransiskan Papua, Jayapura
            2. Lembaga Studi dan Advokasi Masyarakat, Jakarta
            3. Jaringan Damai Papua, Jayapura
            """);

        Assert.Equal(
            [
                "Sekretariat Keadilan, Perdamaian dan Keutuhan Ciptaan (SKPKC) Fransiskan Papua | ID",
                "Lembaga Studi dan Advokasi Masyarakat | ID", "Jaringan Damai Papua | ID",
            ],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
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

    [Fact]
    public void An_acronym_with_a_short_mark_after_its_hyphen_spells_the_name_with_the_letters_before_it()
    {
        // "-SJ" is the order that runs the centre, "-EC" the country: neither is spelled by the name.
        var draft = SignatoryShapeTests.Read("""
            Señora Ministra:

            Le pedimos proteger a las comunidades del valle.

            Atentamente,

            Comisión, Investigación y Formación Popular (CIFP-SJ), Ciudad Darío
            Servicio de Acompañamiento Rural (SEAR-EC), Quito
            Red de Mujeres del Valle (REMUVA), Honduras
            """);

        Assert.Equal(
            [
                "Comisión, Investigación y Formación Popular (CIFP-SJ) | ", "Servicio de Acompañamiento Rural (SEAR-EC) | EC",
                "Red de Mujeres del Valle (REMUVA) | HN",
            ],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
    }
}
