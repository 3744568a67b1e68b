namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Shapes of faith-based, diaspora and women's-rights coalitions' letters (issue 14, holdout36): a petition page that
/// lists who signed one row each with its place and when it signed between dots, under its counters and buttons; a
/// form export whose name column asks for an organisation or an individual, under a sentence that points to it and
/// between marks where the export starts and ends; a bilingual table's header; a church letter closed "In Christ,"
/// and signed by clergy with their styles; a shared document's suggested insertions. Each letter is invented, small
/// and written out in full.
/// </summary>
public class PetitionPagesFormsAndChurchLettersTests
{
    [Fact]
    public void A_petition_pages_rows_give_each_signer_its_place_and_leave_out_when_it_signed()
    {
        var draft = SignatoryShapeTests.Read("""
            PETITION · Open letter

              Organizations: 3 · Individuals: 1,204

            [ Sign the letter ]   [ Share on Facebook ]  [ Copy link ]

            Dear Secretary,

            We ask you to make the return of the displaced a condition of renewed support.

            Respectfully,
            The undersigned

            Latest signatures                                   Showing organizations (3)
            -------------------------------------------------------------------------------
            Lakeside Diaspora Council  ·  Toronto, Canada  ·  signed 2 weeks ago
            Highland Relief Circle  ·  Seattle, WA, United States  ·  signed yesterday
            Scholars for the Highlands (SFH)  ·  Global  ·  signed 3 days ago

            Featured individual signers
            Prof. Marta Ilunga, Lakeside University · Leiden, Netherlands
            Rev. Dr. Samuel Ageru, priest · Toronto, Canada

            + 1,202 more individuals  [ View all ]
            """);

        Assert.Equal(["Lakeside Diaspora Council", "Highland Relief Circle", "Scholars for the Highlands (SFH)"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["CA", "US", ""], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Equal(["Global"], draft.Signatories[2].Places.Regions);
        Assert.Equal(["Prof. Marta Ilunga", "Rev. Dr. Samuel Ageru"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_petition_pages_site_name_with_its_menu_its_labels_and_its_counters_are_neither_title_nor_addressee()
    {
        var draft = SignatoryShapeTests.Read("""
            Lakeside Diaspora Forum   Home | Campaigns | Donate

            PETITION · Open letter

            Stop the Deportations of Lakeside Refugees

              Organizations: 2 · Individuals: 2,311

            [ Sign the letter ]   [ Share on Facebook ]  [ Copy link ]

            12 May 2025

            The Home Secretary

            Dear Home Secretary,

            We ask you to halt removals and to reopen safe routes for family reunion.

            Signed:
            Lakeside Community Circle (United Kingdom)
            Harbour Refugee Aid (United Kingdom)
            """);

        Assert.Equal("Stop the Deportations of Lakeside Refugees", draft.Title);
        Assert.Equal(["The Home Secretary"], draft.Recipients);
        Assert.Equal("2025-05-12", draft.Date.ToString());
    }

    [Fact]
    public void A_form_export_under_a_sentence_pointing_to_it_is_the_list_whatever_its_name_column_asks()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Special Representative,

            We ask your Office to make reparations a standard part of every peace agreement.

            Signed by the organisations listed below (export of the sign-on form).

            ----- export: signon.tsv (exported 20/06/2024 09:12) -----
            Timestamp	Name of organisation or individual	Country	Signing as	Email
            18/06/2024 10:02:41	Survivors Network for Repair	International	Organisation	contact@example.org
            18/06/2024 10:15:09	Lakeside Women's Legal Centre	Tanzania, United Republic of	Organisation	info@example.org
            ----- end of export (2 rows) -----
            """);

        Assert.Equal(["Survivors Network for Repair", "Lakeside Women's Legal Centre"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["International"], draft.Signatories[0].Places.Regions);
        Assert.Equal(["TZ"], draft.Signatories[1].Places.Countries.Select(c => c.Value));
    }

    [Fact]
    public void A_bilingual_tables_header_names_its_columns_and_a_row_typed_out_of_line_is_read_in_order()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Ministers / Mesdames les Ministres,

            We ask Canada to support an inclusive transition.

            Respectfully / Respectueusement,

            Organization / Organisation                                   City / Ville
            ---------------------------------------------------------------------------------
            Lakeside Syrian Council / Conseil syrien du Lac                Mississauga, ON
            Highland Assyrian Aid Society                                  Laval, QC
            Refugee Rights Watch                          New York, USA
            """);

        Assert.Equal(["Lakeside Syrian Council / Conseil syrien du Lac", "Highland Assyrian Aid Society", "Refugee Rights Watch"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["CA", "CA", "US"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void Clergy_signing_a_church_letter_in_christ_are_people_and_the_churches_after_the_page_break_sign()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Foreign Secretary,

            We ask that the voice of these communities be heard when the Council next meets.

            In Christ,

            The Most Revd Dr Elias Tombe, Chair, Lakeside Council of Churches
            The Rt Revd Dr Anna Whitcombe, formerly Bishop of Harrowgate
            The Revd Canon Dr Ruth Ellery, Canon for Reconciliation
            Sr. Mary Deng Akol, SHCJ, Holy Child Sisters, Juba

                                                    - 1 -
            ______________________________________________________________________
            Lakeside Council of Churches · Letter to the Foreign Secretary · 14 May 2025

            ENDORSING CHURCHES AND AGENCIES

            Lakeside Council of Churches – Sudan
            Highland Relief Fellowship – United Kingdom
            Harbour Church Aid – Norway

            ______________________________________________________________________
            Lakeside Council of Churches · Letter to the Foreign Secretary · 14 May 2025
                                                    - 2 -
            """);

        Assert.Equal(["The Most Revd Dr Elias Tombe", "The Rt Revd Dr Anna Whitcombe", "The Revd Canon Dr Ruth Ellery", "Sr. Mary Deng Akol, SHCJ"], draft.People.Select(p => p.Name));
        Assert.Equal(["Lakeside Council of Churches", "Highland Relief Fellowship", "Harbour Church Aid"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["SD", "GB", "NO"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_suggested_insertion_in_a_shared_document_is_a_signer_as_typed()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Chair,

            We ask the Commission to reaffirm the Beijing Declaration in full.

            Signed,

            Lakeside Women's Caucus (Global)
            [suggested insertion: "Highland Refugee Women's Commission (USA)"]

            INDIVIDUALS (in a personal capacity)
            Prof. Clara Mensah, Lakeside University (UK)
            [suggested insertion: "Rev. Dr. Ellen Marsh (USA)"]
            """);

        Assert.Equal(["Lakeside Women's Caucus", "Highland Refugee Women's Commission"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["US"], draft.Signatories[1].Places.Countries.Select(c => c.Value));
        Assert.Equal(["Prof. Clara Mensah", "Rev. Dr. Ellen Marsh"], draft.People.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Afghan Women's Circle, Afghanistan (in exile)", "Afghan Women's Circle", "AF")]
    [InlineData("Réseau des femmes afghanes, Afghanistan (en exil)", "Réseau des femmes afghanes", "AF")]
    public void A_country_with_a_note_that_the_body_works_in_exile_is_its_country(string line, string name, string country)
    {
        var draft = SignatoryShapeTests.Read($"""
            Dear Members of the Security Council,

            We ask you to put Afghan women at the centre of the mission's mandate.

            Signed:
            {line}
            Lakeside Peace Network (Kenya)
            """);

        Assert.Equal([name, "Lakeside Peace Network"], draft.Signatories.Select(s => s.Name));
        Assert.Equal([country, "KE"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_heading_of_partners_in_a_country_and_its_region_names_no_one_place()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We ask you to raise the human rights situation in West Papua with your counterpart.

            Signed:

            Partner organisations in Indonesia and the region

            Human Rights Working Circle (Jakarta, Indonesia)
            Pacific Islands Solidarity Network
            """);

        Assert.Equal(["Human Rights Working Circle", "Pacific Islands Solidarity Network"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["ID", ""], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Theory]
    [InlineData("N/Réf. : CDJP/2025/017                                       Kinshasa, le 18 février 2025")]
    [InlineData("JOINT NGO LETTER                                                            18 February 2025")]
    public void A_reference_and_the_dateline_printed_apart_on_one_line_date_the_letter(string line)
    {
        var draft = SignatoryShapeTests.Read($"""
            COMMISSION DIOCÉSAINE JUSTICE ET PAIX

            {line}

            Excellences,

            Nous vous demandons de protéger les civils à l'Est du pays.

            Signataires :
            Commission Diocésaine Justice et Paix (RD Congo)
            Réseau des Femmes du Lac (RD Congo)
            """);

        Assert.Equal("2025-02-18", draft.Date.ToString());
    }

    [Fact]
    public void A_newsletters_links_and_footer_under_the_list_end_it()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We ask you to resettle more Rohingya refugees from the camps.

            Signed,

            Lakeside Rohingya Council (Australia)
            Harbour Refugee Circle (Bangladesh)

            ==================================================================

            Read the letter on our website · Media: media@example.org.au · 0400 000 000

            ------------------------------------------------------------------
            Forward to a friend  |  Update your preferences  |  Unsubscribe
            """);

        Assert.Equal(["Lakeside Rohingya Council", "Harbour Refugee Circle"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_country_printed_twice_in_brackets_leaves_the_first_in_the_name()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Ambassadors,

            We ask you to renew the mandate of the Fact-Finding Mission.

            Signed,

              • SUDO (UK) (United Kingdom)
              • Darfur Lawyers Circle (Sudan)
            """);

        Assert.Equal(["SUDO (UK)", "Darfur Lawyers Circle"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["GB", "SD"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void An_oral_statements_word_count_under_its_run_in_list_is_no_signatory()
    {
        var draft = SignatoryShapeTests.Read("""
            Thank you, Mr. President.

            Afghan women are asking for accountability.

            Co-signed by: Lakeside Women's Circle (Afghanistan), Harbour Rights Watch (USA).

            Word count: 341 · Speaking time: 1'30"
            """);

        Assert.Equal(["Lakeside Women's Circle", "Harbour Rights Watch"], draft.Signatories.Select(s => s.Name));
    }

    [Theory]
    [InlineData("Nā mātou noa, nā")]
    [InlineData("Ngā mihi nui,")]
    [InlineData("Yours in Christ,")]
    [InlineData("With our prayers,")]
    public void A_closing_in_te_reo_Maori_or_of_a_church_starts_the_list(string closing)
    {
        var draft = SignatoryShapeTests.Read($"""
            Dear Minister,

            We ask you to support a dialogue led by the Pacific.

            {closing}

            Harbour Peace Network – Wellington
            Pacific Justice Circle – Auckland
            """);

        Assert.Equal(["Harbour Peace Network", "Pacific Justice Circle"], draft.Signatories.Select(s => s.Name));
    }
}
