using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// List layouts of holdout14's round (issue 14): names over an indented "City · Country" line, a list printed over
/// several pages with its continuation marks and a name broken by the page break, and a list by region with counts,
/// marks in brackets and names with their article moved to the end. Each letter is invented, small and written out
/// in full.
/// </summary>
public class PagesAndPlaceLinesShapeTests
{
    [Fact]
    public void Names_over_an_indented_city_and_country_line_take_its_country_and_a_signer_under_it_is_a_person()
    {
        var draft = Read("""
            Monsieur le Président,

            Nous vous demandons de libérer les défenseurs détenus.

            Veuillez agréer, Monsieur le Président, l'expression de notre haute considération.

            OBSERVATOIRE SAHÉLIEN DES LIBERTÉS (OSL)
                Niamey · Niger
                Dr. Moussa Abdou, Président

            LIGUE DES DROITS DES ÉLEVEURS
                Tahoua • Niger / Kano • Nigeria

            FORUM DES JURISTES DU LAC TCHAD
                N'Djamena | Tchad

            COLLECTIF CITOYEN DE LA BOUCLE
                Gao – Mali
            """);

        Assert.Equal(
            [
                "OBSERVATOIRE SAHÉLIEN DES LIBERTÉS (OSL) | NE | ",
                "LIGUE DES DROITS DES ÉLEVEURS | NE,NG | ",
                "FORUM DES JURISTES DU LAC TCHAD | TD | ",
                "COLLECTIF CITOYEN DE LA BOUCLE | ML | ",
            ],
            draft.Signatories.Select(Describe));
        Assert.Equal(["Dr. Moussa Abdou"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_list_over_pages_skips_its_continuation_marks_and_joins_a_name_broken_by_the_page_break()
    {
        var draft = Read("""
            Dear Members of the Council,

            We ask you to renew the mandate of the mission.

            Signed,

            Andean Forum for Water Justice (AFWJ) (regional – Andean region)
            Baltic Fishers' Union (Estonia & Latvia)
            Coastal Rights Alliance (Chile/Peru)
            Northern Forum for Indigenous

            Letter on the mission renewal                                       Page 1 of 2
                                                                - continued on next page -

            Letter on the mission renewal

            SIGNATORIES (continued from page 1)

            Land Rights – NFILR (Canada/Norway)
            Ocean Voices Collective (Fiji)
            River Keepers, The (New Zealand)

            - end of list -

            Letter on the mission renewal                                       Page 2 of 2
            """);

        Assert.Equal(
            [
                "Andean Forum for Water Justice (AFWJ) |  | ",
                "Baltic Fishers' Union | EE,LV | ",
                "Coastal Rights Alliance | CL,PE | ",
                "Northern Forum for Indigenous Land Rights – NFILR | CA,NO | ",
                "Ocean Voices Collective | FJ | ",
                "River Keepers, The | NZ | ",
            ],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_list_by_region_with_counts_reads_marks_in_brackets_a_city_with_its_state_and_names_with_the_article_at_the_end()
    {
        var draft = Read("""
            Dear Secretary-General,

            We ask you to keep prevention at the heart of the organisation's work.

            Sincerely,

            SIGNATORIES, BY REGION

            AMERICAS (3)
            Prairie Peace Institute, The — Dayton, Ohio, United States
            Harbour Foundation — Halifax, Canada (Caribbean programme)
            Lakeside Council for Dialogue — Winnipeg, Canada

            GLOBAL (1)
            Peace Brigades Network
            """);

        Assert.Equal(
            [
                "Prairie Peace Institute, The | US | ",
                "Harbour Foundation | CA | ",
                "Lakeside Council for Dialogue | CA | ",
                "Peace Brigades Network |  | Global",
            ],
            draft.Signatories.Select(Describe));
    }

    private static LetterDraft Read(string text) => SignatoryShapeTests.Read(text);

    private static string Describe(PrintedSignatory s) =>
        $"{s.Name} | {string.Join(",", s.Places.Countries)} | {string.Join(",", s.Places.Regions)}";
}
