using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Shapes of letters from the Middle East and North Africa (issue 14, holdout39): a letterhead's reference number with
/// the dateline printed apart on its line, a date in English and Arabic, page footers in Arabic inside the list, an
/// acronym in brackets that is also a country's, and a shared document's panel of comments under the list. Each
/// letter is invented, small and written out in full.
/// </summary>
public class MiddleEastAndNorthAfricaListsTests
{
    [Fact]
    public void A_reference_number_is_not_the_subject_and_the_date_printed_apart_on_its_line_is_the_letters()
    {
        var draft = SignatoryShapeTests.Read("""
            HARBOUR CIVIL SOCIETY PLATFORM
            Plot 14, Kira Road, Kampala, Uganda

            Ref: HCSP/AU/2025/07                                                   18 August 2025

            Chairperson of the African Union Commission
            Addis Ababa, Ethiopia

            Re: El Fasher under siege

            Your Excellencies,

            We ask you to protect civilians.

            Sincerely,

            Harbour Rights Watch, Kampala, Uganda
            Lakeside Justice Center, Nairobi, Kenya
            """);

        Assert.Equal("2025-08-18", draft.Date?.ToString());
        Assert.Equal("El Fasher under siege", draft.Title);
        Assert.Equal(["Harbour Rights Watch", "Lakeside Justice Center"], draft.Signatories.Select(s => s.Name));
    }

    [Theory]
    [InlineData("14 May 2025 / 14 أيار/مايو 2025", "2025-05-14")]
    [InlineData("14 May 2025 / ١٤ أيار ٢٠٢٥", "2025-05-14")]
    public void A_date_beside_the_same_date_in_another_script_is_that_day(string line, string expected)
    {
        Assert.True(WrittenDate.TryParse(line, out var date, out _));
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("14 May 2025 / 15 أيار/مايو 2025")]
    [InlineData("14 May 2025 / 14 June 2025")]
    [InlineData("14 May 2025 / 14 ٢٠٢٥ 0041229170000000")]
    public void Two_halves_that_say_different_days_are_no_date(string line)
    {
        Assert.False(WrittenDate.TryParse(line, out _, out _));
    }

    [Theory]
    [InlineData("منصة المجتمع المدني السوداني للسلام · صفحة 2 من 3")]
    [InlineData("Гражданская платформа · страница 2 из 3")]
    public void A_page_footer_in_arabic_or_russian_inside_the_list_is_no_entry(string footer)
    {
        var draft = SignatoryShapeTests.Read($"""
            Dear Chairperson,

            We ask you to protect civilians.

            Sincerely,

            Harbour Rights Watch, Kampala, Uganda
            {footer}
            Lakeside Justice Center, Nairobi, Kenya
            """);

        Assert.Equal(["Harbour Rights Watch", "Lakeside Justice Center"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void Letters_in_brackets_that_spell_the_name_are_its_acronym_even_when_a_country_goes_by_them()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear High Representative,

            We ask you to keep the sanctions exemptions.

            Sincerely,

            DENMARK
            Danish Refugee Council (DRC)
            Harbour Rights Watch (DRC)
            """);

        Assert.Equal(["Danish Refugee Council (DRC)", "Harbour Rights Watch"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["DK", "CD"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void One_name_printed_from_two_countries_is_two_signatories_not_the_list_printed_again()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Members of the Security Council,

            We ask you to renew the mandate.

            Sincerely,

            Centre for Lake and Harbour Studies, Sydney, Australia
            Centre for Lake and Harbour Studies (CLHS), Siem Reap, Cambodia
            Harbour Rights Watch, Baghdad, Iraq
            Harbour Rights Watch (Iraq)
            """);

        Assert.Equal(["Centre for Lake and Harbour Studies", "Centre for Lake and Harbour Studies (CLHS)", "Harbour Rights Watch"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["AU", "KH", "IQ"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void With_respect_and_urgency_closes_the_letter_and_the_names_under_it_are_its_list_to_the_pages_word_to_its_readers()
    {
        var draft = SignatoryShapeTests.Read("""
            Excellencies,

            We urge you to secure an immediate truce.

            With respect and urgency,

            Sudanese Lake Network (London)
            Harbour Rights Watch (Nairobi)
            11.11.11
            👏 412   💬 18

            If your organisation would like to add its name, write to us at letters@example.org.

            Sudan · Darfur · Humanitarian Crisis

            Written by Sudanese Lake Network
            """);

        Assert.Equal(["Sudanese Lake Network", "Harbour Rights Watch", "11.11.11"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["GB", "KE", ""], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_shared_documents_panel_of_comments_under_the_list_is_no_entry()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Members of the Security Council,

            We ask you to renew the mandate.

            Signed:
            Harbour Rights Watch (Libya)
            Lakeside Justice Center (Tunisia)

            Comments (4) · 1 resolved                                             Show all comments ▸
            """);

        Assert.Equal(["Harbour Rights Watch", "Lakeside Justice Center"], draft.Signatories.Select(s => s.Name));
    }
}
