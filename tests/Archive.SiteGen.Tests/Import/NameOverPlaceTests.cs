using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Lists that print each entry's place on its own line under the name (issue 14, the round for holdout13): a PDF's
/// grid of cells two to a row, and one column of name and place on alternate lines, a long name wrapped in either
/// without any mark. Each letter is invented, small and written out in full.
/// </summary>
public class NameOverPlaceTests
{
    [Fact]
    public void A_grid_of_cells_each_a_name_over_its_country_reads_every_cell_with_its_country_a_wrapped_name_joined()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to protect the fishing communities of the lake.

            Sincerely,

            Andean Water Watch                           Baltic Fisheries Alliance
            Bolivia                                      Estonia

            Coastal Women's Network for the              Danube Delta Heritage Trust
            Protection of Fishing Grounds                Romania
            Ghana

            Fjord Communities                            Highland Lakes Institute
            Norway                                       for Environmental Law (HLIEL)
                                                         International

            Kivu Shore Forum
            Rwanda
            """);

        Assert.Equal(
            [
                "Andean Water Watch | BO | ",
                "Baltic Fisheries Alliance | EE | ",
                "Coastal Women's Network for the Protection of Fishing Grounds | GH | ",
                "Danube Delta Heritage Trust | RO | ",
                "Fjord Communities | NO | ",
                "Highland Lakes Institute for Environmental Law (HLIEL) |  | International",
                "Kivu Shore Forum | RW | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void Two_signers_side_by_side_with_their_titles_are_no_grid()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to protect the fishing communities of the lake.

            Sincerely,

            Amara Okonkwo                                Lars Eriksen
            Director, Kivu Shore Forum                   Chair, Fjord Communities
            """);

        Assert.Equal(["Amara Okonkwo", "Lars Eriksen"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void Name_and_country_on_alternate_lines_with_long_names_wrapped_end_each_entry_at_its_country_line()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to protect the fishing communities of the lake.

            Sincerely,

            Signatories:

            Andean Water Watch
            Bolivia
            Coastal Women's Network for the Protection
            of Fishing Grounds
            Ghana
            Danube Delta Heritage Trust
            Romania
            Highland Lakes Institute for Environmental
            Law
            International
            Kivu Shore Forum
            Rwanda
            """);

        Assert.Equal(
            [
                "Andean Water Watch | BO | ",
                "Coastal Women's Network for the Protection of Fishing Grounds | GH | ",
                "Danube Delta Heritage Trust | RO | ",
                "Highland Lakes Institute for Environmental Law |  | International",
                "Kivu Shore Forum | RW | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void Names_under_country_headings_on_their_own_lines_are_not_read_as_names_over_places()
    {
        var draft = Read("""
            Dear Ministers,

            We ask you to protect the fishing communities of the lake.

            Sincerely,

            Signatories:

            Ghana
            Coastal Fishers' Union
            Volta Women's Network
            Kenya
            Lake Region Peace Forum
            """);

        Assert.Equal(
            [
                "Coastal Fishers' Union | GH | ",
                "Volta Women's Network | GH | ",
                "Lake Region Peace Forum | KE | ",
            ],
            draft.Signatories.Select(Describe));
    }

    private static LetterDraft Read(string text) => SignatoryShapeTests.Read(text);

    private static string Describe(PrintedSignatory s) =>
        $"{s.Name} | {string.Join(",", s.Places.Countries)} | {string.Join(",", s.Places.Regions)}";
}
