using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Shapes of coalitions in Eastern Europe, the Caucasus and Central Asia and of organizations in exile (issue 14,
/// holdout40): a letter in Russian (its closing, its list's heading, its date, countries in Cyrillic under country
/// headings, a heading of international organizations in two languages, its contact), a spreadsheet whose header names
/// its columns in English and Russian, where an organization in exile works now ("(in exile, Vilnius)", "– Lithuania
/// (in exile)"), regions of that part of the world, a heading of individuals in brackets and a social post's comments
/// under the list. Each letter is invented, small and written out in full.
/// </summary>
public class RussianAndExileListsTests
{
    [Theory]
    [InlineData("г. Бишкек, 25 февраля 2025 г.", "2025-02-25")]
    [InlineData("25 февраля 2025 года", "2025-02-25")]
    [InlineData("Алматы, 4 января 2025г.", "2025-01-04")]
    [InlineData("март 2024 г.", "2024-03")]
    public void A_russian_date_with_its_months_genitive_and_the_word_for_year_is_that_day(string line, string expected)
    {
        Assert.True(WrittenDate.TryParse(line, out var date, out _));
        Assert.Equal(expected, date.ToString());
    }

    [Fact]
    public void A_letter_in_russian_gives_its_date_and_its_list_under_country_headings_in_cyrillic()
    {
        var draft = SignatoryShapeTests.Read("""
                                                   Президенту Кыргызской Республики

            г. Бишкек, 25 февраля 2025 г.

            ОТКРЫТОЕ ПИСЬМО
            о свободе слова

            Уважаемый Президент!

            Мы призываем Вас освободить всех журналистов.

            С уважением,

            Подписи:

            КЫРГЫЗСТАН
            Общественный фонд «Адилет»
            Центр «Озерный»

            КАЗАХСТАН
            Адил соз

            ЕВРОПА И СЕВЕРНАЯ АМЕРИКА
            Норвежская церковная помощь (Norwegian Church Aid) (Норвегия)
            Lakeside Justice Center (США)

            МЕЖДУНАРОДНЫЕ ОРГАНИЗАЦИИ / INTERNATIONAL
            Harbour Rights Watch

            Контакт для СМИ: press@example.org
            """);

        Assert.Equal("2025-02-25", draft.Date?.ToString());
        Assert.Equal("ОТКРЫТОЕ ПИСЬМО о свободе слова", draft.Title);
        Assert.Equal(["Президенту Кыргызской Республики"], draft.Recipients);
        Assert.Equal("ru", draft.Language);
        Assert.Equal(
            ["Общественный фонд «Адилет»", "Центр «Озерный»", "Адил соз", "Норвежская церковная помощь (Norwegian Church Aid)", "Lakeside Justice Center", "Harbour Rights Watch"],
            draft.Signatories.Select(s => s.Name));
        Assert.Equal(["KG", "KG", "KZ", "NO", "US", ""], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Equal(["International"], draft.Signatories[^1].Places.Regions);
    }

    [Theory]
    [InlineData("pubblicato il 1 marzo 2022 | Categoria: Pace e disarmo | Tempo di lettura: 4 minuti")]
    [InlineData("c/o Kulturverein e.V. · Schillerstraße 00 · 80336 München")]
    [InlineData("harbour-coalition / open-letters   Public")]
    [InlineData("info@harbour.example.org")]
    public void A_line_in_small_letters_under_the_title_that_is_a_page_fact_an_address_or_a_repository_bar_does_not_continue_it(string line)
    {
        var draft = SignatoryShapeTests.Read($"""
            Open letter on press freedom
            {line}

            Dear President,

            We ask you to release all journalists.

            Sincerely,

            Harbour Rights Watch (Kenya)
            Lakeside Justice Center (USA)
            """);

        Assert.Equal("Open letter on press freedom", draft.Title);
    }

    [Fact]
    public void A_spreadsheet_whose_header_names_its_columns_in_english_and_russian_is_read_as_a_table()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear President of the European Council,

            We ask you to make the release of political prisoners a condition of the partnership.

            The signatures of organisations are in the second sheet.

            == Sheet: Signatures (responses) ==

            №	Organisation / Организация	City / Город	Country / Страна	Contact person
            1	Lakeside Peace Institute	The Hague	Netherlands / Нидерланды	L. Y.
            2	Harbour Rights Club	Baku	Azerbaijan / Азербайджан
            3	Harbour Rights Watch		International	Europe & Central Asia Division
            """);

        Assert.Equal(["Lakeside Peace Institute", "Harbour Rights Club", "Harbour Rights Watch"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["NL", "AZ", ""], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void Where_an_organization_in_exile_works_now_gives_its_country()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Chairperson-in-Office,

            We ask you to make the release of all political prisoners a condition of any contact.

            Signatories (organisations)

            Lakeside Helsinki Committee (in exile, Vilnius)
            Harbour Legal Initiative (en exil à Paris)
            Citizens' Lake Watch – Lithuania (in exile)
            Harbour Verdict Foundation – Latvia (in exile)
            Lakeside Rights House – Lithuania (registered in Lithuania)
            Sphere of the Lake – OSCE region
            Lakeside Civil Society Platform – Eastern Partnership

            Signatories (individuals)

            Tatiana Ozerova, refugee-rights lawyer (in personal capacity)
            Dr. Pavel Lakeev, lawyer, Riga
            """);

        Assert.Equal(
            ["Lakeside Helsinki Committee", "Harbour Legal Initiative", "Citizens' Lake Watch", "Harbour Verdict Foundation", "Lakeside Rights House", "Sphere of the Lake", "Lakeside Civil Society Platform"],
            draft.Signatories.Select(s => s.Name));
        Assert.Equal(["LT", "FR", "LT", "LV", "LT", "", ""], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Equal(["Tatiana Ozerova", "Dr. Pavel Lakeev"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_name_that_ends_in_exile_keeps_those_words_and_its_city_gives_the_country()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Special Rapporteur,

            We ask you to visit the country.

            Organisations

            Tajik Lake Lawyers in Exile, Warsaw
            Harbour Rights Watch, Bishkek
            """);

        Assert.Equal(["Tajik Lake Lawyers in Exile", "Harbour Rights Watch"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["PL", "KG"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_bare_date_among_a_pages_sections_is_when_the_page_went_up_and_the_date_under_it_is_the_letters()
    {
        var draft = SignatoryShapeTests.Read("""
            KEEP THE DOOR OPEN: A LETTER ON VISAS FOR CIVIL SOCIETY IN EXILE
            1 October 2025 · Statements · Advocacy EU

            30 September 2025

            Dear Commissioners,

            We ask you to keep the door open.

            Signed:
            Harbour Rights Watch – Lithuania
            Lakeside Justice Center – Poland
            """);

        Assert.Equal("2025-09-30", draft.Date?.ToString());
    }

    [Fact]
    public void Cities_of_central_asia_and_the_caucasus_give_their_countries()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear President,

            We call on you to investigate every allegation of torture.

            Signed:

            • Lakeside Mothers' Committee, Taldykorgan
            • Harbour Legal Aid Centre, Taraz
            • Lake Shore Rights Bureau, Khujand
            • Citizens of the Lake, Gyumri
            • Harbour Youth Hub, Batumi
            """);

        Assert.Equal(["KZ", "KZ", "TJ", "AM", "GE"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_posts_counts_and_its_comments_with_their_buttons_and_age_are_no_entries()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear President,

            We call on you to publish the full list of those killed.

            Signed / Подписали:

            • Lakeside Truth Initiative, Almaty
            • Harbour Legal Research Centre, Almaty

            👍❤️😢 1.4K · 212 comments · 689 shares

            Like · Comment · Share

            Most relevant ▾
            Aigerim B.: Thank you for not forgetting.
                Like · Reply · See translation · 3d
            Daniyar K.: Shared. #Qantar
                Like · Reply · 3d
            """);

        Assert.Equal(["Lakeside Truth Initiative", "Harbour Legal Research Centre"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["KZ", "KZ"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Empty(draft.People);
    }

    [Fact]
    public void A_closing_with_respect_and_hope_starts_the_list_and_the_undersigned_members_head_it()
    {
        var headed = SignatoryShapeTests.Read("""
            Dear Members of the Security Council,

            We ask you to renew the mission's mandate.

            With respect and solidarity,

            The undersigned members and partners

            Lakeside Women's Network, Afghanistan
            Harbour Peace Circle, Germany
            """);
        Assert.Equal(["Lakeside Women's Network", "Harbour Peace Circle"], headed.Signatories.Select(s => s.Name));

        var draft = SignatoryShapeTests.Read("""
            Dear Director-General,

            We ask you to seek access to all prisoners of war.

            With respect and hope

            Lakeside Human Rights Group – Ukraine
            Harbour Initiative for Prisoners – Poland
            Lake Shore Media Centre – Ukraine
            """);

        Assert.Equal(["Lakeside Human Rights Group", "Harbour Initiative for Prisoners", "Lake Shore Media Centre"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["UA", "PL", "UA"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }
}
