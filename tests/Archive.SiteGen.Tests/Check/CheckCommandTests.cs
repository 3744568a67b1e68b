using Archive.SiteGen.Check;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Check;

public class CheckCommandTests
{
    [Fact]
    public void The_repository_content_checks_clean_with_exit_code_0()
    {
        var output = new StringWriter();

        var exitCode = CheckCommand.Run(RepositoryPaths.Content, output);

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^check: 5 letters, \d+ organizations, \d+ countries: no problems$", output.ToString().Trim());
    }

    [Fact]
    public void Broken_content_lists_every_problem_as_path_line_message_and_exits_1()
    {
        using var content = new TemporaryContent()
            .Organization("a", "name: A\ncountries: [ZZ]")
            .Organization("unused", "name: Unused")
            .Letter("x", "title: X\ndate: 2001-13-01\nsource: https://example.org/\nsignatories:\n  - name: A");
        var output = new StringWriter();

        var exitCode = CheckCommand.Run(content.Root, output);

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                "letters/x.md:3: invalid date '2001-13-01': write YYYY-MM-DD, YYYY-MM or YYYY (for an undated letter, the best estimate with 'undated: true')",
                "organizations/a.yml:2: unknown country 'ZZ': not an ISO 3166-1 code (a region that is not a country goes under 'regions')",
                "check: 0 letters, 2 organizations, 0 countries: 2 errors, 0 warnings",
            ],
            output.ToString().TrimEnd().Split('\n'));
    }

    [Fact]
    public void A_bad_added_or_updated_date_is_reported_at_its_path_and_line()
    {
        using var content = new TemporaryContent()
            .Organization("a", "name: A\nadded: 2024-05-01\nupdated: soon")
            .Letter("2010-06-01-x", "title: X\ndate: 2010-06-01\nadded: 2024-05-32\nsource: https://example.org/\nsignatories:\n  - name: A");
        var output = new StringWriter();

        var exitCode = CheckCommand.Run(content.Root, output);

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                "letters/2010-06-01-x.md:4: invalid date '2024-05-32' in 'added': write YYYY-MM-DD, or a moment with its time zone (2024-05-01T14:30:00Z)",
                "organizations/a.yml:3: invalid date 'soon' in 'updated': write YYYY-MM-DD, or a moment with its time zone (2024-05-01T14:30:00Z)",
                "check: 1 letters, 1 organizations, 0 countries: 2 errors, 0 warnings",
            ],
            output.ToString().TrimEnd().Split('\n'));
    }

    [Fact]
    public void The_command_line_runs_check_with_content_and_prints_no_stack_trace()
    {
        using var content = new TemporaryContent().Write("letters/x.md", "no front matter");

        var (exitCode, stdout, stderr) = ExternalProgram.Archive("check", "--content", content.Root);

        Assert.Equal(1, exitCode);
        Assert.Contains("letters/x.md:1: a letter starts with its front matter", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_folder_that_does_not_exist_is_one_clear_line()
    {
        var (exitCode, stdout, _) = ExternalProgram.Archive("check", "--content", "/no/such/content");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("/no/such/content:1: the content folder does not exist", stdout, StringComparison.Ordinal);
    }
}
