using Archive.Core.Content;
using Archive.Testing;

namespace Archive.Core.Tests.Validation;

/// <summary>
/// Organizations renamed or merged (issue 19): an organization file lists the ids it replaced with the names they had;
/// `check` keeps every old id leading to exactly one live organization, and letters naming the live one.
/// </summary>
public class ReplacementTests
{
    // Renamed: the Forum for Civil Society became the Civil Society Forum; letters of its time print the old name.
    private const string Renamed = "name: Civil Society Forum\ncountries: [BI]\nreplaces:\n  - id: forum-for-civil-society\n    name: Forum for Civil Society";

    private const string OldLetter = "title: X\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Forum for Civil Society\n";

    private static string[] Problems(TemporaryContent content) =>
        [.. LoadContent.FromFolder(content.Root).SortedDiagnostics.Select(d => d.ToString())];

    [Fact]
    public void A_renamed_organization_keeps_its_old_id_and_name_and_letters_printing_the_old_name_are_its_letters()
    {
        using var content = new TemporaryContent().Organization("civil-society-forum", Renamed).Letter("x", OldLetter);

        var result = LoadContent.FromFolder(content.Root);

        Assert.Empty(result.SortedDiagnostics);
        var archive = result.Content!;
        var forum = archive.FindOrganization("civil-society-forum")!;
        var replaced = Assert.Single(forum.Replaces);
        Assert.Equal(("forum-for-civil-society", "Forum for Civil Society", 4), (replaced.Id, replaced.Name, replaced.Location.Line));
        Assert.Same(forum, archive.ReplacementOf("forum-for-civil-society"));
        Assert.Same(forum, archive.ReplacementOf("Forum-For-Civil-Society"));
        Assert.Null(archive.ReplacementOf("civil-society-forum"));
        Assert.Null(archive.FindOrganization("forum-for-civil-society"));
        var signatory = Assert.Single(Assert.Single(archive.LettersSignedBy("civil-society-forum")).Signatories);
        Assert.Equal("Forum for Civil Society", signatory.Name);
    }

    [Fact]
    public void A_letter_naming_a_replaced_id_is_refused_at_its_line_with_the_id_to_write()
    {
        using var content = new TemporaryContent()
            .Organization("civil-society-forum", Renamed)
            .Letter("x", OldLetter + "    organization: forum-for-civil-society\npublisher: forum-for-civil-society");

        Assert.Equal(
            [
                "letters/x.md:7: organization 'forum-for-civil-society' was replaced by 'civil-society-forum' (organizations/civil-society-forum.yml): write 'civil-society-forum'; the printed name stays as the letter prints it",
                "letters/x.md:8: organization 'forum-for-civil-society' was replaced by 'civil-society-forum' (organizations/civil-society-forum.yml): write 'civil-society-forum'; the printed name stays as the letter prints it",
                "organizations/civil-society-forum.yml:1: warning: no letter refers to organization 'civil-society-forum'",
            ],
            Problems(content));
    }

    [Fact]
    public void An_id_that_is_both_live_and_replaced_is_refused_at_the_replaces_entry()
    {
        using var content = new TemporaryContent()
            .Organization("civil-society-forum", Renamed)
            .Organization("forum-for-civil-society", "name: Forum for Civil Society Burundi\ncountries: [BI]")
            .Letter("x", OldLetter + "  - name: Forum for Civil Society Burundi");

        Assert.Equal(
            ["organizations/civil-society-forum.yml:4: 'forum-for-civil-society' is replaced here but is still an organization (organizations/forum-for-civil-society.yml): delete that file (and write 'civil-society-forum' in the letters that name it), or take 'forum-for-civil-society' out of 'replaces'"],
            Problems(content));
    }

    [Fact]
    public void An_id_replaced_by_two_organizations_is_refused_at_the_second()
    {
        using var content = new TemporaryContent()
            .Organization("civil-society-forum", Renamed)
            .Organization("forum-burundi", "name: Forum Burundi\nreplaces:\n  - id: forum-for-civil-society\n    name: Forum for Civil Society (Bujumbura)")
            .Letter("x", OldLetter + "  - name: Forum Burundi");

        Assert.Equal(
            ["organizations/forum-burundi.yml:3: 'forum-for-civil-society' is already replaced by organization 'civil-society-forum' (organizations/civil-society-forum.yml:4): an old id leads to one organization (after a split, choose the one that keeps its address)"],
            Problems(content));
    }

    [Fact]
    public void The_same_id_twice_in_one_replaces_list_is_refused()
    {
        using var content = new TemporaryContent()
            .Organization("civil-society-forum", Renamed + "\n  - id: forum-for-civil-society\n    name: FCS")
            .Letter("x", OldLetter);

        Assert.Equal(
            ["organizations/civil-society-forum.yml:6: 'forum-for-civil-society' is already replaced earlier in this list: an old id leads to one organization (after a split, choose the one that keeps its address)"],
            Problems(content));
    }

    [Fact]
    public void A_chain_of_replacements_is_refused_with_what_to_write_instead()
    {
        // The forum was renamed twice: the middle name still has its file, which itself replaces the first.
        using var content = new TemporaryContent()
            .Organization("forum-burundi", "name: Forum Burundi\nreplaces:\n  - id: civil-society-forum\n    name: Civil Society Forum (CSF)")
            .Organization("civil-society-forum", Renamed)
            .Letter("x", OldLetter + "  - name: Forum Burundi");

        Assert.Equal(
            ["organizations/forum-burundi.yml:3: 'civil-society-forum' is replaced here but is still an organization (organizations/civil-society-forum.yml) that itself replaces 'forum-for-civil-society': a chain of replacements is not followed; list every old id here and delete organizations/civil-society-forum.yml"],
            Problems(content));
    }

    [Fact]
    public void A_cycle_of_replacements_is_refused_in_both_files()
    {
        using var content = new TemporaryContent()
            .Organization("a-forum", "name: A Forum\nreplaces:\n  - id: b-forum\n    name: B\n")
            .Organization("b-forum", "name: B Forum\nreplaces:\n  - id: a-forum\n    name: A\n")
            .Letter("x", "title: X\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: A Forum\n  - name: B Forum");

        var problems = Problems(content);

        Assert.Equal(2, problems.Length);
        Assert.StartsWith("organizations/a-forum.yml:3: 'b-forum' is replaced here but is still an organization (organizations/b-forum.yml) that itself replaces 'a-forum'", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("organizations/b-forum.yml:3: 'a-forum' is replaced here but is still an organization (organizations/a-forum.yml) that itself replaces 'b-forum'", problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_organization_cannot_replace_itself()
    {
        using var content = new TemporaryContent()
            .Organization("civil-society-forum", "name: Civil Society Forum\nreplaces:\n  - id: civil-society-forum\n    name: Civil Society Forum")
            .Letter("x", "title: X\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Civil Society Forum");

        Assert.Equal(
            ["organizations/civil-society-forum.yml:3: organization 'civil-society-forum' cannot replace itself: 'replaces' lists the ids it had before, and the name it had goes to 'aliases'"],
            Problems(content));
    }

    [Theory]
    [InlineData("  - forum-for-civil-society", "organizations/f.yml:4: each item of 'replaces' must be a set of fields (name: ...), not 'forum-for-civil-society'")]
    [InlineData("  - id: forum-for-civil-society", "organizations/f.yml:4: missing required field 'name'")]
    [InlineData("  - name: Forum for Civil Society", "organizations/f.yml:4: missing required field 'id'")]
    [InlineData("  - id: Forum For Civil Society\n    name: Forum for Civil Society", "organizations/f.yml:4: 'Forum For Civil Society' is not an organization id: ids are lower-case letters, digits and single hyphens, as the old file was named")]
    [InlineData("  - id: initial\n    name: Initial", "organizations/f.yml:4: 'initial' cannot be an organization's id (the site lists organizations by initial there), so no organization had it")]
    [InlineData("  - id: fcs\n    name: FCS\n    since: 2010", "organizations/f.yml:6: unknown field 'since' (known fields here: id, name)")]
    public void A_malformed_replaces_entry_is_reported_at_its_line(string entry, string problem)
    {
        using var content = new TemporaryContent()
            .Organization("f", "name: Forum\ncountries: [BI]\nreplaces:\n" + entry)
            .Letter("x", "title: X\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Forum");

        Assert.Equal([problem], Problems(content));
    }
}
