using System.Text;
using System.Text.Json;
using Archive.Core.Content;
using Archive.SiteGen.Check;
using Archive.SiteGen.Import;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Import;

/// <summary>What <c>archive import</c> writes, prints and refuses.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private const string Letter = """
        20 July 2009

        Your Excellency,

        We write to you about the protection of civilians.

        Sincerely,

        Genocide Alert (Germany)
        The DanChurchAid (Denmark, Sweden)
        Refugee Law Project (Uganda)
        """;

    private readonly string _inbox = Path.Combine(Path.GetTempPath(), "archive-inbox-" + Guid.NewGuid().ToString("N"));

    public ImportCommandTests() => Directory.CreateDirectory(_inbox);

    public void Dispose() => Directory.Delete(_inbox, recursive: true);

    [Fact]
    public void Import_writes_the_letter_its_source_and_new_organizations_and_edits_existing_organizations_minimally()
    {
        using var content = Archive()
            .Organization("danchurchaid", "name: DanChurchAid\n# Danish, ecumenical.\ncountries: [DK]\ndescription: An aid agency.\n");
        var file = Inbox("letter.txt", Letter);
        var output = new StringWriter();

        var exitCode = Run(content, [file], output: output);

        Assert.Equal(0, exitCode);
        Assert.Equal(
            """
            ---
            title: Letter of 20 July 2009
            date: 2009-07-20
            language: en
            source:
              file: sources/2009-07-20-letter-of-20-july-2009.txt
              note: Imported from letter.txt.
            signatories:
              - name: Genocide Alert
                organization: genocide-alert
                countries: [DE]
              - name: The DanChurchAid
                organization: danchurchaid
                countries: [DK, SE]
              - name: Refugee Law Project
                organization: refugee-law-project
                countries: [UG]
            ---

            We write to you about the protection of civilians.

            """,
            File.ReadAllText(Path.Combine(content.Root, "letters", "2009-07-20-letter-of-20-july-2009.md")));
        Assert.Equal(Letter, File.ReadAllText(Path.Combine(content.Root, "sources", "2009-07-20-letter-of-20-july-2009.txt")));
        Assert.Equal("name: Genocide Alert\ncountries: [DE]\n", File.ReadAllText(Path.Combine(content.Root, "organizations", "genocide-alert.yml")));
        Assert.Equal(
            "name: DanChurchAid\naliases:\n  - The DanChurchAid\n# Danish, ecumenical.\ncountries: [DK, SE]\ndescription: An aid agency.\n",
            File.ReadAllText(Path.Combine(content.Root, "organizations", "danchurchaid.yml")));
        Assert.Contains("line   10  The DanChurchAid (DK, SE) → matched by normalized form: danchurchaid", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("line    9  Genocide Alert (DE) → new organization genocide-alert", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, CheckCommand.Run(content.Root, new StringWriter()));
    }

    [Fact]
    public void A_block_list_of_aliases_gets_the_new_name_appended_with_its_indentation()
    {
        using var content = Archive()
            .Organization("danchurchaid", "name: DanChurchAid\naliases:\n    - DanChurch Aid\ncountries:\n  - DK\n  - SE\n");

        Assert.Equal(0, Run(content, [Inbox("letter.txt", Letter)]));

        Assert.Equal(
            "name: DanChurchAid\naliases:\n    - DanChurch Aid\n    - The DanChurchAid\ncountries:\n  - DK\n  - SE\n",
            File.ReadAllText(Path.Combine(content.Root, "organizations", "danchurchaid.yml")));
    }

    [Fact]
    public void A_similar_name_is_written_as_a_new_organization_unless_the_editor_accepts_the_candidate()
    {
        const string text = "20 July 2009\n\nExcellency,\n\nWe write.\n\nSincerely,\n\nGlobal Action to Prevent War (USA)\n";
        using var separate = Archive().Organization("gap", "name: Global Action to Prevent War and Armed Conflict\ncountries: [US]\n");
        using var accepted = Archive().Organization("gap", "name: Global Action to Prevent War and Armed Conflict\ncountries: [US]\n");
        var report = new StringWriter();

        Assert.Equal(0, Run(separate, [Inbox("a.txt", text)], output: report));
        Assert.Equal(0, Run(accepted, [Inbox("a.txt", text)], accept: ["Global Action to Prevent War=gap"]));

        Assert.Contains("Global Action to Prevent War (US) → NEEDS REVIEW: written as a new organization global-action-to-prevent-war", report.ToString(), StringComparison.Ordinal);
        Assert.Contains("may be gap 'Global Action to Prevent War and Armed Conflict': score", report.ToString(), StringComparison.Ordinal);
        Assert.Contains("to link it instead: --accept \"Global Action to Prevent War=gap\"", report.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(separate.Root, "organizations", "global-action-to-prevent-war.yml")));
        Assert.False(File.Exists(Path.Combine(accepted.Root, "organizations", "global-action-to-prevent-war.yml")));
        Assert.Contains("  - Global Action to Prevent War\n", File.ReadAllText(Path.Combine(accepted.Root, "organizations", "gap.yml")), StringComparison.Ordinal);
        Assert.Equal(0, CheckCommand.Run(separate.Root, new StringWriter()));
        Assert.Equal(0, CheckCommand.Run(accepted.Root, new StringWriter()));
    }

    [Fact]
    public void A_known_name_from_another_country_left_for_review_is_filed_with_its_country_and_the_archive_stays_valid()
    {
        // The name is Sydney's centre's; printed from Cambodia it may be another centre. Written as new, it cannot
        // claim the name, which is one organization's: it is filed with its country, and the letter keeps the name.
        const string text = "20 July 2009\n\nExcellency,\n\nWe write.\n\nSincerely,\n\nCentre for Peace and Conflict Studies (Cambodia)\n";
        using var content = Archive().Organization("cpacs", "name: Centre for Peace and Conflict Studies\ncountries: [AU]\n");
        var report = new StringWriter();

        Assert.Equal(0, Run(content, [Inbox("c.txt", text)], output: report));

        Assert.Contains("filed as 'Centre for Peace and Conflict Studies (Cambodia)', since another organization has the name as printed", report.ToString(), StringComparison.Ordinal);
        Assert.Equal("name: Centre for Peace and Conflict Studies (Cambodia)\ncountries: [KH]\n", File.ReadAllText(Path.Combine(content.Root, "organizations", "centre-for-peace-and-conflict-studies-cambodia.yml")).ReplaceLineEndings("\n"));
        var check = new StringWriter();
        Assert.Equal(0, CheckCommand.Run(content.Root, check));
        Assert.DoesNotContain("letters/", check.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_editor_can_link_a_translation_no_rule_would_find()
    {
        using var content = Archive().Organization("forsc", "name: Forum pour le Renforcement de la Société Civile\nacronym: FORSC\ncountries: [BI]\n");
        var file = Inbox("t.txt", "20 July 2009\n\nExcellency,\n\nWe write.\n\nSigned by: Forum to Reinforce Civil Society (Burundi); " + string.Join("; ", Enumerable.Range(1, 12).Select(n => $"Peace Group {n} (Kenya)")) + "\n");
        var report = new StringWriter();

        Assert.Equal(0, Run(content, [file], accept: ["Forum to Reinforce Civil Society=forsc"], output: report));

        Assert.Contains("Forum to Reinforce Civil Society (BI) → linked to forsc (--accept)", report.ToString(), StringComparison.Ordinal);
        Assert.Contains("signatories (13), from line 7:", report.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, CheckCommand.Run(content.Root, new StringWriter()));
    }

    [Fact]
    public void An_organization_printed_twice_in_different_forms_signs_once_with_both_countries()
    {
        using var content = Archive().Organization("hurinet", "name: Human Rights Network-Uganda\nacronym: HURINET\ncountries: [UG]\n");
        var file = Inbox("twice.txt", "20 July 2009\n\nExcellency,\n\nWe write.\n\nSincerely,\n\nHuman Rights Network-Uganda (Uganda)\nHURINET (Uganda and Kenya)\n");
        var report = new StringWriter();

        Assert.Equal(0, Run(content, [file], output: report));

        Assert.Contains("  - name: Human Rights Network-Uganda\n    organization: hurinet\n    countries: [UG, KE]\n---", File.ReadAllText(Path.Combine(content.Root, "letters", "2009-07-20-letter-of-20-july-2009.md")), StringComparison.Ordinal);
        Assert.Contains("skipped 'HURINET': the same organization as line 9 (hurinet); one signatory", report.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, CheckCommand.Run(content.Root, new StringWriter()));
    }

    [Fact]
    public void An_undated_letter_is_written_with_the_editors_estimate_marked_as_such()
    {
        using var content = Archive();
        var file = Inbox("undated.txt", "To: Heads of Government\n\nExcellency,\n\nWe write before the 63rd Session.\n\nSincerely,\n\nGenocide Alert (Germany)\n");

        Assert.Equal(0, Run(content, [file], date: "2008-09", dateNote: "It looks ahead to the 63rd Session."));

        var written = File.ReadAllText(Path.Combine(content.Root, "letters", "2008-09-letter-to-heads-of-government.md"));
        Assert.Contains("date: 2008-09\nundated: true\ndate_note: It looks ahead to the 63rd Session.\n", written, StringComparison.Ordinal);
        Assert.Equal(0, CheckCommand.Run(content.Root, new StringWriter()));
    }

    [Fact]
    public void Json_prints_one_letter_per_file_in_the_shared_shape_with_how_each_signatory_matched_and_writes_nothing()
    {
        using var content = Archive().Organization("genocide-alert", "name: Genocide Alert\ncountries: [DE]\n");
        var first = Inbox("b.txt", Letter);
        var second = Inbox("a.txt", "Excellency,\n\nWe write.\n\nSincerely,\n\nGENOCIDE ALERT\n");
        var output = new StringWriter();

        Assert.Equal(0, Run(content, [first, second], output: output, json: true));

        using var json = JsonDocument.Parse(output.ToString());
        var letters = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, letters.Count);
        Assert.Equal(
            ["id", "title", "date", "datePrecision", "dateIsEstimate", "dateNote", "recipients", "cc", "publisher", "language", "source", "signatories", "people"],
            letters[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("2009-07-20", letters[0].GetProperty("date").GetString());
        Assert.Equal("day", letters[0].GetProperty("datePrecision").GetString());
        var signatories = letters[0].GetProperty("signatories").EnumerateArray().ToList();
        Assert.Equal(["name", "organizationId", "countries", "regions", "printedCountries", "match"], signatories[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("genocide-alert", signatories[0].GetProperty("organizationId").GetString());
        Assert.Equal("alias", signatories[0].GetProperty("match").GetProperty("method").GetString());
        Assert.False(signatories[0].GetProperty("match").GetProperty("new").GetBoolean());
        // A new organization shows the id it will be written with, and says it is new.
        Assert.Equal("refugee-law-project", signatories[2].GetProperty("organizationId").GetString());
        Assert.Equal("new", signatories[2].GetProperty("match").GetProperty("method").GetString());
        Assert.True(signatories[2].GetProperty("match").GetProperty("new").GetBoolean());
        Assert.Equal(["DK", "SE"], signatories[1].GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(JsonValueKind.Null, letters[1].GetProperty("date").ValueKind);
        Assert.StartsWith("No date found", letters[1].GetProperty("dateNote").GetString(), StringComparison.Ordinal);
        Assert.Equal("genocide-alert", letters[1].GetProperty("signatories")[0].GetProperty("organizationId").GetString());
        Assert.Empty(Directory.GetFiles(Path.Combine(content.Root, "letters")));
        Assert.Empty(Directory.GetFiles(Path.Combine(content.Root, "sources")));
    }

    [Fact]
    public void Json_gives_a_new_organization_shared_by_two_letters_of_one_run_the_same_id_in_both()
    {
        using var content = Archive();
        var first = Inbox("a.txt", "20 July 2009\n\nExcellency,\n\nWe write.\n\nSincerely,\n\nKenya Human Rights Commission (Kenya)\n");
        var second = Inbox("b.txt", "21 July 2009\n\nExcellency,\n\nWe write again.\n\nSignatories:\nAegis Trust (UK)\nThe Kenya Human Rights Commission, Nairobi, Kenya\n");
        var output = new StringWriter();

        Assert.Equal(0, Run(content, [first, second], output: output, json: true));

        using var json = JsonDocument.Parse(output.ToString());
        var ids = json.RootElement.EnumerateArray()
            .Select(letter => letter.GetProperty("signatories").EnumerateArray().Last())
            .Select(signatory => (signatory.GetProperty("organizationId").GetString(), signatory.GetProperty("match").GetProperty("new").GetBoolean()))
            .ToList();
        Assert.Equal([("kenya-human-rights-commission", true), ("kenya-human-rights-commission", true)], ids);
        Assert.Empty(Directory.GetFiles(Path.Combine(content.Root, "organizations")));
    }

    [Fact]
    public void Text_that_means_something_in_yaml_is_written_so_that_it_reads_back_exactly()
    {
        using var content = Archive();
        var file = Inbox("hostile.txt", """
            Subject: "Urgent": act now #1 – yes
            20 July 2009

            To: null
            CC: 2009-07-20; true; - dash; @handle; 'quoted'; {brace}

            Dear Minister,

            We write.

            Sincerely,

            O'Brien & Partners: "Peace" #1 [Kenya]
            Yes (Uganda)
            *Star* Network, South Africa
            """);

        Assert.Equal(0, Run(content, [file]));

        var loaded = LoadContent.FromFolder(content.Root);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        var letter = Assert.Single(loaded.Content!.Letters);
        Assert.Equal("\"Urgent\": act now #1 – yes", letter.Title);
        Assert.Equal(["null"], letter.Recipients);
        Assert.Equal(["2009-07-20", "true", "- dash", "@handle", "'quoted'", "{brace}"], letter.CopiedTo);
        Assert.Equal(["O'Brien & Partners: \"Peace\" #1", "Yes", "*Star* Network"], letter.Signatories.Select(s => s.Name));
        Assert.Equal(0, CheckCommand.Run(content.Root, new StringWriter()));
    }

    [Fact]
    public void An_empty_file_is_refused_by_name()
    {
        using var content = Archive();
        var errors = new StringWriter();

        Assert.Equal(1, Run(content, [Inbox("empty.txt", "  \n\n")], errors: errors));

        Assert.StartsWith($"{_inbox}/empty.txt: the file is empty\n", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_refused_by_name()
    {
        using var content = Archive();
        var file = Path.Combine(_inbox, "scan.pdf");
        File.WriteAllBytes(file, [0x25, 0x50, 0x44, 0x46, 0x00, 0x01]);
        var errors = new StringWriter();

        Assert.Equal(1, Run(content, [file], errors: errors));

        Assert.StartsWith($"{file}:1: this is a binary file", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_at_its_line()
    {
        using var content = Archive();
        var file = Path.Combine(_inbox, "latin1.txt");
        File.WriteAllBytes(file, [.. Encoding.ASCII.GetBytes("20 July 2009\n\nExcellency,\nWe write.\n"), 0xE9, .. Encoding.ASCII.GetBytes("\nSincerely,\n")]);
        var errors = new StringWriter();

        Assert.Equal(1, Run(content, [file], errors: errors));

        Assert.StartsWith($"{file}:5: the file is not valid UTF-8", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_letter_without_a_signatory_block_is_refused()
    {
        using var content = Archive();
        var errors = new StringWriter();

        Assert.Equal(1, Run(content, [Inbox("memo.txt", "20 July 2009\n\nExcellency,\n\nWe write to you.\n")], errors: errors));

        Assert.StartsWith($"{_inbox}/memo.txt: no signatory block found", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_signatory_block_with_nobody_in_it_is_refused_at_its_line()
    {
        using var content = Archive();
        var errors = new StringWriter();

        Assert.Equal(1, Run(content, [Inbox("memo.txt", "20 July 2009\n\nExcellency,\n\nWe write to you.\n\nSincerely,\n\npace@example.org\n")], errors: errors));

        Assert.StartsWith($"{_inbox}/memo.txt:7: the signatory block has no organization and no person in it", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_letter_whose_id_exists_is_refused_and_the_same_text_twice_is_recognized()
    {
        using var content = Archive();
        Assert.Equal(0, Run(content, [Inbox("first.txt", Letter)]));
        var errors = new StringWriter();

        Assert.Equal(1, Run(content, [Inbox("again.txt", Letter), Inbox("edited.txt", Letter + "\n")], errors: errors));

        Assert.Contains($"{_inbox}/again.txt: this text is already in the archive as sources/2009-07-20-letter-of-20-july-2009.txt", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains($"{_inbox}/edited.txt: a letter with the id '2009-07-20-letter-of-20-july-2009' already exists", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_files_with_the_same_id_in_one_run_write_nothing()
    {
        using var content = Archive();
        var errors = new StringWriter();

        Assert.Equal(1, Run(content, [Inbox("one.txt", Letter), Inbox("two.txt", Letter + "\nGenocide Watch (USA)\n")], errors: errors));

        Assert.Contains($"{_inbox}/two.txt: gives the same id '2009-07-20-letter-of-20-july-2009' as {_inbox}/one.txt", errors.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("import: 1 problem; nothing was written\n", errors.ToString(), StringComparison.Ordinal);
        AssertNothingWritten(content);
    }

    [Fact]
    public void A_run_with_one_bad_file_among_good_ones_writes_nothing()
    {
        using var content = Archive().Organization("danchurchaid", "name: DanChurchAid\ncountries: [DK]\n");
        var errors = new StringWriter();

        Assert.Equal(1, Run(content, [Inbox("good.txt", Letter), Inbox("bad.txt", "")], errors: errors));

        Assert.Contains($"{_inbox}/bad.txt: the file is empty", errors.ToString(), StringComparison.Ordinal);
        AssertNothingWritten(content);
        Assert.Equal("name: DanChurchAid\ncountries: [DK]\n", File.ReadAllText(Path.Combine(content.Root, "organizations", "danchurchaid.yml")));
    }

    [Fact]
    public void A_write_that_fails_half_way_is_rolled_back()
    {
        using var content = Archive().Organization("danchurchaid", "name: DanChurchAid\ncountries: [DK]\n");
        // A folder where the source text must go makes the second write fail after the letter is in place.
        Directory.CreateDirectory(Path.Combine(content.Root, "sources", "2009-07-20-letter-of-20-july-2009.txt"));
        var errors = new StringWriter();

        Assert.Equal(1, Run(content, [Inbox("letter.txt", Letter)], errors: errors));

        Assert.Contains("writing failed, so nothing was written", errors.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(content.Root, "letters")));
        Assert.Equal(["danchurchaid.yml"], Directory.GetFiles(Path.Combine(content.Root, "organizations")).Select(Path.GetFileName));
        Assert.Equal("name: DanChurchAid\ncountries: [DK]\n", File.ReadAllText(Path.Combine(content.Root, "organizations", "danchurchaid.yml")));
    }

    [Theory]
    [InlineData("--date", "July 2008", "--date: 'July 2008' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("--accept", "Global Action", "--accept: 'Global Action' must be NAME=ID, the printed name and the organization id")]
    [InlineData("--accept", "Global Action=nobody", "--accept: there is no organization 'nobody' in ")]
    public void A_bad_parameter_is_named(string option, string value, string message)
    {
        using var content = Archive();
        var errors = new StringWriter();

        var exitCode = option == "--date"
            ? Run(content, [Inbox("a.txt", Letter)], date: value, errors: errors)
            : Run(content, [Inbox("a.txt", Letter)], accept: [value], errors: errors);

        Assert.Equal(1, exitCode);
        Assert.StartsWith(message, errors.ToString(), StringComparison.Ordinal);
        AssertNothingWritten(content);
    }

    [Fact]
    public void The_command_line_imports_and_the_content_then_checks_clean()
    {
        using var content = Archive();
        var file = Inbox("letter.txt", Letter);

        var (exitCode, stdout, stderr) = ExternalProgram.Archive("import", "--content", content.Root, file);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("import: wrote 1 letter, 3 new organizations, updated 0 organizations", stdout, StringComparison.Ordinal);
        Assert.Equal(0, CheckCommand.Run(content.Root, new StringWriter()));
    }

    private static TemporaryContent Archive() => new();

    private string Inbox(string name, string text)
    {
        var path = Path.Combine(_inbox, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static int Run(TemporaryContent content, string[] files, string? date = null, string? dateNote = null, string[]? accept = null, bool json = false, TextWriter? output = null, TextWriter? errors = null) =>
        ImportCommand.Run(files, content.Root, json, date, dateNote, accept ?? [], mergeReviewed: false, output ?? new StringWriter(), errors ?? new StringWriter());

    private static void AssertNothingWritten(TemporaryContent content)
    {
        Assert.Empty(Directory.GetFiles(Path.Combine(content.Root, "letters")));
        Assert.Empty(Directory.GetFiles(Path.Combine(content.Root, "sources")));
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(content.Root, "organizations")), f => !f.EndsWith("danchurchaid.yml", StringComparison.Ordinal));
    }
}
