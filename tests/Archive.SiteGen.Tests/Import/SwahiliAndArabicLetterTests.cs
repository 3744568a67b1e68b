using Archive.Core.Letters;
using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Letters in Swahili, and letters that print Arabic names transliterated, a Hijri date beside the Gregorian one and
/// e-mail addresses in angle brackets (issue 14, the round for holdout13). Each letter is invented and small.
/// </summary>
public class SwahiliAndArabicLetterTests
{
    [Fact]
    public void A_Swahili_letter_reads_its_closing_its_signer_its_list_heading_and_Swahili_country_names()
    {
        var draft = Read("""
            Arusha, 3 Machi 2019

            Kwa:
            Mheshimiwa Waziri wa Mambo ya Nje

            Waheshimiwa,

            Sisi, mashirika ya kiraia tuliotia saini barua hii, tunaomba hatua za haraka kulinda wavuvi wa ziwa.

            Wenu kwa dhati,

            Kwa niaba ya mashirika yaliyotia saini:
            Bw. Juma Mfinanga
            Mwenyekiti wa Mtandao

            Imesainiwa na mashirika yafuatayo:

            1. Jukwaa la Wavuvi wa Ziwa (Tanzania)
            2. Lake Region Peace Forum (Afrika Kusini)
            3. Coastal Fishers' Union (Uingereza)
            4. Fjord Communities (Ujerumani)
            5. Andean Water Watch (Kimataifa)

            Mawasiliano kwa vyombo vya habari: Bi. Rehema Said, +255 700 000 000
            """);

        Assert.Equal(
            [
                "Jukwaa la Wavuvi wa Ziwa | TZ | ",
                "Lake Region Peace Forum | ZA | ",
                "Coastal Fishers' Union | GB | ",
                "Fjord Communities | DE | ",
                "Andean Water Watch |  | Kimataifa",
            ],
            draft.Signatories.Select(Describe));
        Assert.Equal(["Bw. Juma Mfinanga"], draft.People.Select(p => p.Name));
        Assert.Equal(LetterDate.OfDay(2019, 3, 3), draft.Date);
    }

    [Fact]
    public void A_Hijri_date_beside_the_Gregorian_one_gives_the_Gregorian_date()
    {
        Assert.True(WrittenDate.TryParse("Amman, 12 Rabīʿ al-Awwal 1441 / 9 November 2019", out var date, out _));
        Assert.Equal(LetterDate.OfDay(2019, 11, 9), date);
        Assert.True(WrittenDate.TryParse("9 November 2019 / 12 Rabi al-Awwal 1441 AH", out var after, out _));
        Assert.Equal(LetterDate.OfDay(2019, 11, 9), after);
    }

    [Fact]
    public void A_transliterated_signer_and_entries_with_an_e_mail_in_angle_brackets_after_the_country_are_read()
    {
        var draft = Read("""
            Excellencies,

            We ask you to protect the people of the river valley.

            With respect,

            Dr. Samīr ʿAbd al-Karīm
            Coordinator of the signatory group

            Signatories:

            1. Jamʿiyyat al-Nahr (River Association) – Iraq <contact@river-assoc.example>
            2. Lake Region Peace Forum – Kenya
            3. Andean Water Watch – Bolivia <info@andeanwater.example>
            """);

        Assert.Equal(
            [
                "Jamʿiyyat al-Nahr (River Association) | IQ | ",
                "Lake Region Peace Forum | KE | ",
                "Andean Water Watch | BO | ",
            ],
            draft.Signatories.Select(Describe));
        Assert.Equal(["Dr. Samīr ʿAbd al-Karīm"], draft.People.Select(p => p.Name));
    }

    private static LetterDraft Read(string text) => SignatoryShapeTests.Read(text);

    private static string Describe(PrintedSignatory s) =>
        $"{s.Name} | {string.Join(",", s.Places.Countries)} | {string.Join(",", s.Places.Regions)}";
}
