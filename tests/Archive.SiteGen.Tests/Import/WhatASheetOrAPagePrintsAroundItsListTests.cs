namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// What an export or a web page prints around and inside its list that names no one: the export's title with a note
/// on how its rows were kept, the count of its rows under it, a logo copied as "[logo]" over each name (issue 14,
/// holdout31's letters 07 and 08 read these as three organizations). Each letter is invented, small and written out
/// in full.
/// </summary>
public class WhatASheetOrAPagePrintsAroundItsListTests
{
    [Fact]
    public void An_exports_title_with_a_note_and_its_row_count_are_not_signatories()
    {
        var draft = SignatoryShapeTests.Read("""
            16 December 2024

            Dear Members of the European Parliament,

            We ask you to call for a repeat of the parliamentary elections under international observation.

            Yours sincerely,

            SIGN-ONS (sheet "Responses", exported 16/12/2024 10:02; duplicate rows removed)

            #	Organisation	Country
            1	Harbour Relief Network	Ireland
            2	Valley Clearance Group	Ghana
            3	Mountain Medics	Nepal

            3 rows
            """);

        Assert.Equal(["Harbour Relief Network", "Valley Clearance Group", "Mountain Medics"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["IE", "GH", "NP"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Theory]
    [InlineData("(3 signatures)")]
    [InlineData("3 réponses")]
    [InlineData("3 Einträge insgesamt")]
    public void A_count_of_the_list_under_it_is_not_a_signatory(string count)
    {
        var draft = SignatoryShapeTests.Read($"""
            Dear Ministers,

            We ask you to call for a repeat of the parliamentary elections under international observation.

            Signed:

            Harbour Relief Network (Ireland)
            Valley Clearance Group (Ghana)
            Mountain Medics (Nepal)

            {count}
            """);

        Assert.Equal(["Harbour Relief Network", "Valley Clearance Group", "Mountain Medics"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_logo_whose_text_names_no_one_is_passed_over_and_the_name_under_it_kept()
    {
        var draft = SignatoryShapeTests.Read("""
            8 July 2025

            Dear High Representative,

            We ask you to condemn every instance of glorification of convicted war criminals by public officials.

            Sincerely,

            Signatories

            [logo]
            Mothers of the Valley Enclaves
            Bosnia and Herzegovina

            [logo]
            Valley Memorial Center
            Bosnia and Herzegovina

            [logo]
            Remembering the Valley
            United Kingdom
            """);

        Assert.Equal(["Mothers of the Valley Enclaves", "Valley Memorial Center", "Remembering the Valley"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["BA", "BA", "GB"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }
}
