using Archive.Core.Content;
using Archive.Testing;

namespace Archive.Core.Tests.Validation;

/// <summary>
/// Each problem `check` must find, shown on the smallest broken content folder, as the `path:line: message` an editor sees.
/// </summary>
public class ValidationTests
{
    private const string Organization = "name: Human Rights Watch\ncountries: [US]";

    private static string[] Problems(TemporaryContent content) =>
        [.. LoadContent.FromFolder(content.Root).SortedDiagnostics.Select(d => d.ToString())];

    [Fact]
    public void Malformed_YAML_is_reported_at_its_line()
    {
        using var content = new TemporaryContent()
            .Organization("human-rights-watch", Organization)
            .Letter("x", "title: X\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Human Rights Watch\n   countries: [US");

        var problem = Assert.Single(Problems(content));
        Assert.StartsWith("letters/x.md:7: malformed YAML", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_YAML_in_an_organization_is_reported_at_its_line()
    {
        using var content = new TemporaryContent().Organization("x", "name: X\naliases: [unclosed\ncountries: [US]");

        Assert.Contains(Problems(content), p => p.StartsWith("organizations/x.yml:3: malformed YAML", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_required_field_is_named()
    {
        using var content = new TemporaryContent()
            .Organization("human-rights-watch", Organization)
            .Letter("x", "date: 2001\nsource: https://example.org/\nsignatories:\n  - name: Human Rights Watch");

        Assert.Equal(["letters/x.md:2: missing required field 'title'"], Problems(content));
    }

    [Fact]
    public void A_missing_organization_name_is_named()
    {
        using var content = new TemporaryContent().Organization("x", "acronym: X");

        Assert.Equal(["organizations/x.yml:1: missing required field 'name'"], Problems(content));
    }

    [Fact]
    public void An_unknown_organization_id_is_reported_where_it_is_written()
    {
        using var content = new TemporaryContent()
            .Organization("human-rights-watch", Organization)
            .Letter("x", "title: X\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Human Rights Watch\n    organization: human-rights-wach");

        Assert.Equal(
            [
                "letters/x.md:7: unknown organization id 'human-rights-wach': there is no file organizations/human-rights-wach.yml",
                "organizations/human-rights-watch.yml:1: warning: no letter refers to organization 'human-rights-watch'",
            ],
            Problems(content));
    }

    [Fact]
    public void A_printed_name_that_no_organization_claims_needs_an_id()
    {
        using var content = new TemporaryContent()
            .Organization("human-rights-watch", Organization)
            .Letter("x", "title: X\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Human Rights Watch\n  - name: Humans Rights Watch");

        Assert.Equal(
            ["letters/x.md:7: no organization is known by the name 'Humans Rights Watch': add 'organization: <id>' or add the name to an organization's aliases"],
            Problems(content));
    }

    [Fact]
    public void An_unknown_country_is_reported_and_a_country_name_gets_its_code_suggested()
    {
        using var content = new TemporaryContent()
            .Organization("human-rights-watch", "name: Human Rights Watch\ncountries: [XX]")
            .Letter("x", "title: X\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Human Rights Watch\n    countries: [Uganda]");

        Assert.Equal(
            [
                "letters/x.md:7: unknown country 'Uganda': countries are written as ISO 3166-1 codes; write 'UG' for Uganda",
                "organizations/human-rights-watch.yml:2: unknown country 'XX': not an ISO 3166-1 code (a region that is not a country goes under 'regions')",
            ],
            Problems(content));
    }

    [Fact]
    public void A_duplicate_id_is_reported_on_the_second_file()
    {
        using var content = new TemporaryContent()
            .Organization("human-rights-watch", Organization)
            .Write("organizations/Human-Rights-Watch.yaml", "name: HRW Again")
            .Letter("x", "title: X\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Human Rights Watch");

        Assert.Contains(
            "organizations/human-rights-watch.yml:1: duplicate organization id 'human-rights-watch': organizations/Human-Rights-Watch.yaml has it too",
            Problems(content));
    }

    [Fact]
    public void A_duplicate_letter_id_is_reported()
    {
        using var content = new TemporaryContent()
            .Organization("human-rights-watch", Organization)
            .Letter("x", "title: X\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Human Rights Watch")
            .Write("letters/x.markdown", "---\ntitle: X again\ndate: 2001\nsource: https://example.org/\n---\n\nText.\n");

        Assert.Equal(["letters/x.md:1: duplicate letter id 'x': letters/x.markdown has it too"], Problems(content));
    }

    [Theory]
    [InlineData("2009-02-30")]
    [InlineData("20 July 2009")]
    [InlineData("July 2009")]
    public void An_invalid_date_is_reported_with_the_forms_that_work(string date)
    {
        using var content = new TemporaryContent()
            .Organization("human-rights-watch", Organization)
            .Letter("x", $"title: X\ndate: {date}\nsource: https://example.org/\nsignatories:\n  - name: Human Rights Watch");

        Assert.Equal(
            [$"letters/x.md:3: invalid date '{date}': write YYYY-MM-DD, YYYY-MM or YYYY (for an undated letter, the best estimate with 'undated: true')"],
            Problems(content));
    }

    [Fact]
    public void An_undated_letter_must_say_how_its_date_was_estimated()
    {
        using var content = new TemporaryContent()
            .Organization("human-rights-watch", Organization)
            .Letter("x", "title: X\ndate: 2008\nundated: true\nsource: https://example.org/\nsignatories:\n  - name: Human Rights Watch");

        Assert.Equal(["letters/x.md:4: an undated letter needs a 'date_note' saying how its date was estimated"], Problems(content));
    }

    [Fact]
    public void A_printed_name_claimed_by_two_organizations_is_an_error()
    {
        using var content = new TemporaryContent()
            .Organization("west-africa-civil-society-forum", "name: West Africa Civil Society Forum\naliases: [WACS]")
            .Organization("west-africa-civil-society-institute", "name: West Africa Civil Society Institute\nacronym: wacs")
            .Letter("x", "title: X\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: West Africa Civil Society Forum\n  - name: West Africa Civil Society Institute");

        Assert.Equal(
            ["organizations/west-africa-civil-society-institute.yml:1: the name 'wacs' is also claimed by organization 'west-africa-civil-society-forum' (organizations/west-africa-civil-society-forum.yml:1); a printed name must belong to one organization"],
            Problems(content));
    }

    [Fact]
    public void An_organization_no_letter_refers_to_is_a_warning()
    {
        using var content = new TemporaryContent()
            .Organization("human-rights-watch", Organization)
            .Organization("orphan", "name: Orphan")
            .Letter("x", "title: X\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Human Rights Watch");
        var result = LoadContent.FromFolder(content.Root);

        Assert.Equal(["organizations/orphan.yml:1: warning: no letter refers to organization 'orphan'"], result.SortedDiagnostics.Select(d => d.ToString()));
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void A_printed_name_or_country_the_organization_does_not_list_is_a_warning()
    {
        using var content = new TemporaryContent()
            .Organization("human-rights-watch", Organization)
            .Letter("x", "title: X\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: HRW\n    organization: human-rights-watch\n    countries: [CH]");

        Assert.Equal(
            [
                "letters/x.md:6: warning: 'HRW' is not a name of organization 'human-rights-watch': add it to the aliases in organizations/human-rights-watch.yml",
                "letters/x.md:6: warning: the letter prints country CH for 'HRW', but organizations/human-rights-watch.yml does not list it",
            ],
            Problems(content));
    }

    [Fact]
    public void A_printed_name_of_another_organization_says_which_and_one_filed_apart_with_its_country_is_no_problem()
    {
        // Two centres print the same name: the second is filed with its country, and a letter printing the name
        // for it is right; a letter printing it for a third organization names the one that has it.
        using var content = new TemporaryContent()
            .Organization("cpacs", "name: Centre for Peace and Conflict Studies\ncountries: [AU]")
            .Organization("cpcs-cambodia", "name: Centre for Peace and Conflict Studies (Cambodia)\ncountries: [KH]")
            .Organization("human-rights-watch", Organization)
            .Letter("x", "title: X\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Centre for Peace and Conflict Studies\n    organization: cpcs-cambodia\n    countries: [KH]\n  - name: Centre for Peace and Conflict Studies\n    organization: human-rights-watch\n  - name: Centre for Peace and Conflict Studies\n    organization: cpacs");

        Assert.Equal(
            ["letters/x.md:9: warning: 'Centre for Peace and Conflict Studies' is the name of organization 'cpacs', but this letter links it to 'human-rights-watch': check which one signed"],
            Problems(content));
    }

    [Fact]
    public void A_misspelt_field_is_reported_rather_than_ignored()
    {
        using var content = new TemporaryContent()
            .Organization("human-rights-watch", Organization)
            .Letter("x", "title: X\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Human Rights Watch\n    country: [US]");

        var problem = Assert.Single(Problems(content));
        Assert.StartsWith("letters/x.md:7: unknown field 'country' (known fields here: countries, name, organization, regions)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_letter_without_front_matter_or_text_says_what_a_letter_looks_like()
    {
        using var content = new TemporaryContent()
            .Write("letters/plain.md", "Dear Excellency,\n")
            .Write("letters/empty.md", "---\ntitle: X\ndate: 2001\nsource: https://example.org/\n---\n\n");

        Assert.Equal(
            [
                "letters/empty.md:6: the letter has no text after its front matter",
                "letters/plain.md:1: a letter starts with its front matter: a line '---', the YAML fields, and another line '---'",
            ],
            Problems(content));
    }

    [Fact]
    public void A_binary_file_is_refused_without_reading_it_as_text()
    {
        using var content = new TemporaryContent().WriteBytes("letters/photo.md", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);

        Assert.Equal(["letters/photo.md:1: this is a binary file, not UTF-8 text"], Problems(content));
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_refused_rather_than_read_with_replaced_characters()
    {
        // "Réseau" saved as Latin-1: the é is the single byte 0xE9.
        using var content = new TemporaryContent().WriteBytes("organizations/reseau.yml", [.. "name: R"u8, 0xE9, .. "seau\ncountries: [fr]\n"u8]);

        Assert.Equal(["organizations/reseau.yml:1: the file is not valid UTF-8; save it as UTF-8"], Problems(content));
    }

    [Fact]
    public void A_source_file_must_exist_inside_the_content_folder()
    {
        using var content = new TemporaryContent()
            .Organization("human-rights-watch", Organization)
            .Letter("x", "title: X\ndate: 2001\nsource:\n  file: ../../etc/passwd\nsignatories:\n  - name: Human Rights Watch");

        Assert.Equal(["letters/x.md:5: source file '../../etc/passwd' does not exist in the content folder"], Problems(content));
    }

    [Fact]
    public void An_id_that_is_not_a_lower_case_slug_is_refused()
    {
        using var content = new TemporaryContent()
            .Organization("human-rights-watch", Organization)
            .Letter("My Letter", "title: X\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Human Rights Watch");

        Assert.Equal(["letters/My Letter.md:1: the file name 'My Letter' is the letter's id and must be lower-case letters, digits and single hyphens"], Problems(content));
    }

    [Fact]
    public void The_id_the_site_uses_for_its_list_pages_is_refused_for_a_letter()
    {
        using var content = new TemporaryContent()
            .Organization("human-rights-watch", Organization)
            .Letter("page", "title: X\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Human Rights Watch");

        Assert.Equal(["letters/page.md:1: the id 'page' is taken by the site (/letters/page/2/ is the second page of the letters list); rename the file, e.g. after the letter's date and title"], Problems(content));
    }

    [Fact]
    public void The_id_the_site_uses_for_its_organizations_by_initial_is_refused_for_an_organization()
    {
        using var content = new TemporaryContent()
            .Organization("initial", "name: Initial\ncountries: [US]")
            .Organization("human-rights-watch", Organization)
            .Letter("2001-x", "title: X\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Human Rights Watch\n  - name: Initial");

        Assert.Equal(["organizations/initial.yml:1: the id 'initial' is taken by the site (/organizations/initial/a/ lists the organizations starting with A); rename the file, e.g. after the organization's full name"], Problems(content));
    }

    [Fact]
    public void A_missing_content_folder_or_site_file_is_an_error_not_a_crash()
    {
        Assert.True(LoadContent.FromFolder("/no/such/folder").HasErrors);
        using var content = new TemporaryContent(site: "");

        Assert.Contains("site.yml:1: the site settings file is missing (title, description, base_url)", Problems(content));
    }

    [Fact]
    public void Every_problem_in_a_folder_is_reported_in_one_run()
    {
        using var content = new TemporaryContent()
            .Organization("a", "name: A\ncountries: [ZZ]")
            .Letter("one", "title: One\ndate: 2001-13\nsource: https://example.org/\nsignatories:\n  - name: A")
            .Letter("two", "title: Two\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: B");

        Assert.Equal(3, Problems(content).Length);
    }

    [Fact]
    public void A_link_the_site_shows_as_text_is_a_warning_at_its_line_in_the_file_naming_the_link()
    {
        // The front matter ends on line 6; two empty lines follow it, so the text starts on line 9.
        using var content = new TemporaryContent()
            .Organization("human-rights-watch", Organization)
            .Write("letters/x.md", "---\ntitle: X\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Human Rights Watch\n---\n\n\nDear Excellency,\n\nSee [our appeal](JaVaScRiPt:alert(1)) and\n![a map](data:image/png;base64,AAAA) and [the report](https://example.org/report).\n");

        Assert.Equal(
            [
                "letters/x.md:12: warning: the link 'JaVaScRiPt:alert(1)' is shown as text: links may go only to http, https and mailto addresses or to an address on this site (a relative address or #fragment)",
                "letters/x.md:13: warning: the image 'data:image/png;base64,AAAA' is shown as text: links may go only to http, https and mailto addresses or to an address on this site (a relative address or #fragment)",
            ],
            Problems(content));
        Assert.False(LoadContent.FromFolder(content.Root).HasErrors);
    }

    [Fact]
    public void A_language_that_is_not_a_language_tag_is_an_error()
    {
        using var content = new TemporaryContent()
            .Organization("human-rights-watch", Organization)
            .Letter("x", "title: X\ndate: 2001\nlanguage: French\nsource: https://example.org/\nsignatories:\n  - name: Human Rights Watch")
            .Letter("y", "title: Y\ndate: 2001\nlanguage: pt-BR\nsource: https://example.org/\nsignatories:\n  - name: Human Rights Watch");

        Assert.Equal(["letters/x.md:4: 'language' must be a language tag such as 'en', 'fr' or 'pt-BR' (BCP 47), not 'French'"], Problems(content));
    }

    [Fact]
    public void The_About_page_needs_a_title_and_text_and_its_links_are_checked_like_a_letters()
    {
        using var content = new TemporaryContent()
            .Write("about.md", "---\ntitle: About\nsubtitle: typo\n---\n\nWrite to [us](vbscript:x).\n");
        using var untitled = new TemporaryContent().Write("about.md", "---\ndescription: No title\n---\n\nText.\n");
        using var empty = new TemporaryContent().Write("about.md", "---\ntitle: About\n---\n\n");
        using var plain = new TemporaryContent().Write("about.md", "About this archive\n");

        Assert.Equal(
            [
                "about.md:3: unknown field 'subtitle' (known fields here: description, title)",
                "about.md:6: warning: the link 'vbscript:x' is shown as text: links may go only to http, https and mailto addresses or to an address on this site (a relative address or #fragment)",
            ],
            Problems(content));
        Assert.Equal(["about.md:2: missing required field 'title'"], Problems(untitled));
        Assert.Equal(["about.md:4: the About page has no text after its front matter"], Problems(empty));
        Assert.Equal(["about.md:1: the About page starts with its front matter: a line '---', 'title: About this archive', and another line '---', then its text in Markdown"], Problems(plain));
    }
}

