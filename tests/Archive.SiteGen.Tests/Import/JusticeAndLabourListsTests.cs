using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// How justice coalitions and labour federations print their lists (issue 14, holdout44): a sign-on form exported as
/// quoted comma-separated values, with a column for a region and a column the form asks of its own; the letter printed
/// again in another language after its list; headings in small letters that name kinds of signers; a name with a word
/// of an address in it after its list number; a release that publishes the letter under a heading of its own; and the
/// sender's name at the head of the next page. Each letter is invented, small and written out in full.
/// </summary>
public class JusticeAndLabourListsTests
{
    [Fact]
    public void A_form_exported_as_quoted_values_with_a_region_column_and_a_statement_to_tick_is_read_as_a_table()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear President of the Council,

            We ask you to make the award conditional on binding guarantees for workers.

            Sincerely,
            The undersigned organisations

            ANSWERS (CSV)

            "Submitted","Organisation name","Sector","Town","Country","Region (if not one country)","Contact person","Email","We endorse the letter"
            "02/03/2025 10:02","Harbour Workers Federation","Trade union","Mombasa","Kenya","","A. Otieno","a@example.org","Yes"
            "02/03/2025 11:40","Global Solidarity Forum","Network","","","Global","Secretariat","b@example.org","Yes"
            "03/03/2025 09:15","Valley Migrants Association","Migrant association","Kathmandu","Nepal","","R. Thapa","c@example.org","Yes"
            "03/03/2025 12:30","Coastal Domestic, Hotel and Allied Workers Union","Trade union","Quezon City","Philippines","","E. Santos","d@example.org","Yes"
            """);

        Assert.Equal(["Harbour Workers Federation", "Global Solidarity Forum", "Valley Migrants Association", "Coastal Domestic, Hotel and Allied Workers Union"],
            draft.Signatories.Select(s => s.Name));
        Assert.Equal(["KE", "", "NP", "PH"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Equal(["Global"], draft.Signatories[1].Places.Regions);
        Assert.Empty(draft.People);
    }

    [Fact]
    public void A_forms_own_question_among_the_columns_does_not_stop_the_header_row_being_read()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We ask you to withdraw the bill.

            Signed:

            "Timestamp","Name of organisation","City","Country","How did you hear about this letter?"
            "01/04/2025 09:00","Lakeside Labour Rights Centre","Kampala","Uganda","From a partner"
            "01/04/2025 10:30","Northern Textile Workers Union","Dhaka","Bangladesh","Mailing list"
            "02/04/2025 08:45","Garment Rights Network","Phnom Penh","Cambodia","Twitter"
            """);

        Assert.Equal(["Lakeside Labour Rights Centre", "Northern Textile Workers Union", "Garment Rights Network"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["UG", "BD", "KH"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void The_letter_printed_again_in_another_language_after_its_list_ends_the_list()
    {
        var draft = SignatoryShapeTests.Read("""
            12 March 2025

            Mr. Arman Kadyrov
            Minister of Justice

            Dear Minister,

            The undersigned bar associations ask you to release the detained lawyers.

            Respectfully,

            1. Northern Bar Association (Oslo, Norway)
            2. Lawyers for the Independence of the Bar (Brussels, Belgium)
            3. Southern Law Society (Cape Town, South Africa)

            Lawyers signing in their personal capacity:

              – Adv. Thandeka Mokoena (South Africa)
              – Me Hélène Charpentier (France)

                                   * * *

            — VERSION FRANÇAISE —

            Le 12 mars 2025

            M. Arman Kadyrov
            Ministre de la Justice

            Monsieur le Ministre,

            Les barreaux soussignés vous demandent de libérer les avocats détenus.

            Veuillez agréer, Monsieur le Ministre, l'expression de notre haute considération.

            1. Northern Bar Association (Oslo, Norvège)
            2. Lawyers for the Independence of the Bar (Bruxelles, Belgique)
            3. Southern Law Society (Le Cap, Afrique du Sud)
            """);

        Assert.Equal(["Northern Bar Association", "Lawyers for the Independence of the Bar", "Southern Law Society"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["NO", "BE", "ZA"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Equal(["Adv. Thandeka Mokoena", "Me Hélène Charpentier"], draft.People.Select(p => p.Name));
    }

    [Theory]
    [InlineData("VERSION FRANÇAISE")]
    [InlineData("Versión en español")]
    [InlineData("— English version —")]
    [InlineData("Deutsche Fassung")]
    [InlineData("Texto em português:")]
    public void A_heading_of_the_letter_in_another_language_is_told(string heading)
    {
        Assert.True(BlockBoundary.IsOtherLanguageVersion(heading));
    }

    [Theory]
    [InlineData("French Development Agency")]
    [InlineData("English PEN")]
    [InlineData("Spanish Commission for Refugees (CEAR)")]
    public void A_name_that_starts_with_a_language_is_no_such_heading(string name)
    {
        Assert.False(BlockBoundary.IsOtherLanguageVersion(name));
    }

    [Fact]
    public void Headings_in_small_letters_that_name_kinds_of_signers_are_no_signers()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Director-General,

            We ask the Governing Body to keep the complaint on its agenda.

            Yours sincerely,

            Trade unions and global union federations

            1. Harbour Workers Federation — Kenya
            2. Global Union of Textile Workers — Global

            Labour rights, development and human rights organisations

            3. Asia Floor Wage Alliance — Regional
            4. Coalition of women's organisations — Kenya
            5. Workers' Rights Watch — United States
            """);

        Assert.Equal(["Harbour Workers Federation", "Global Union of Textile Workers", "Asia Floor Wage Alliance", "Coalition of women's organisations", "Workers' Rights Watch"],
            draft.Signatories.Select(s => s.Name));
        Assert.Equal(["KE", "", "", "KE", "US"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Theory]
    // A release in Spanish: its label, then its dateline; the letter's own dateline under the release.
    [InlineData("""
        COMUNICADO DE PRENSA
        PARA DIFUSIÓN INMEDIATA
        Montevideo, 3 de marzo de 2025

        Sindicatos de la región piden respetar el derecho de huelga.

        Veinte organizaciones enviaron ayer una carta al presidente.

        Montevideo, 28 de febrero de 2025

        Sr. Presidente de la República

        De nuestra mayor consideración:

        Las organizaciones abajo firmantes expresamos nuestra profunda preocupación por las medidas que restringen el derecho de huelga.

        Atentamente,

        Central Sindical del Litoral – Uruguay
        Red de Abogados Laboralistas – Argentina
        """)]
    // A release under a headline with its dateline, and the letter under a heading of its own.
    [InlineData("""
        Unions call on the Government to respect the right to strike

        Geneva, 3 March 2025

        Twenty organisations sent a letter to the President yesterday.

        Full text of the letter:

        Geneva, 28 February 2025

        Mr. President of the Republic

        Dear Mr. President,

        The undersigned organisations express their deep concern at the measures that restrict the right to strike.

        Sincerely,

        Central Sindical del Litoral – Uruguay
        Red de Abogados Laboralistas – Argentina
        """)]
    public void A_release_that_publishes_the_letter_gives_the_letters_own_date(string text)
    {
        var draft = SignatoryShapeTests.Read(text);

        Assert.Equal("2025-02-28", draft.Date.ToString());
        Assert.Equal(["Central Sindical del Litoral", "Red de Abogados Laboralistas"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void The_senders_name_at_the_head_of_the_next_page_is_no_signer()
    {
        var draft = SignatoryShapeTests.Read("""
                                 NORTHERN GARMENT WORKERS ALLIANCE
                      Dhaka · Karachi · Maseru  |  info@ngwa.example.org

                                                                   1 May 2025

            Ms. Jane Doe
            Chief Executive Officer

            Dear Ms. Doe,

            We ask you to sign the Accord.

            Sincerely,

            Awaj Workers Centre, Bangladesh
            Lakeside Labour Rights Centre, Uganda

            NGWA · Open letter · 1 May 2025                                   Page 1 of 2

            Northern Garment Workers Alliance

            Textile Union of Lesotho, Lesotho
            Worker Rights Forum, United States

            NGWA · Open letter · 1 May 2025                                   Page 2 of 2
            """);

        Assert.Equal(["Awaj Workers Centre", "Lakeside Labour Rights Centre", "Textile Union of Lesotho", "Worker Rights Forum"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["BD", "UG", "LS", "US"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }
}
