using System.Text.Json;
using Archive.Core.Content;
using Archive.Testing;

namespace Archive.Core.Tests.Content.Yaml;

/// <summary>
/// The fast YAML reader can be switched off, and the archive is the same without it, field for field; a file it
/// leaves to the full YAML parser is named in the load result, with the line where it stopped and why (issue 15).
/// </summary>
public class FullYamlLoadTests
{
    // Relative to the repository: its content, and the content folder of the import tests.
    public static TheoryData<string> ContentFolders => new() { "content", "tests/Archive.SiteGen.Tests/Import/Letters/content" };

    [Theory]
    [MemberData(nameof(ContentFolders))]
    public void A_content_folder_of_the_repository_loads_the_same_with_the_fast_reader_switched_off(string folder)
    {
        var path = Path.Combine(RepositoryPaths.Root, folder);

        var fast = LoadContent.FromFolder(path, null, fastYaml: true);
        var full = LoadContent.FromFolder(path, null, fastYaml: false);

        Assert.NotEmpty(fast.Content!.Organizations);
        Assert.Equal(Describe(full), Describe(fast));
        Assert.True(fast.ReadByFullYaml.Count == 0, "every file should take the fast way: " + string.Join(", ", fast.ReadByFullYaml));
    }

    [Fact]
    public void The_files_the_fast_reader_declines_are_listed_in_path_order_with_line_and_reason_also_from_a_cache()
    {
        using var content = new TemporaryContent("title: Test Archive\ndescription: >2\n   Letters for a test.\nbase_url: https://archive.example.org/\n")
            .Organization("amnesty-international", "name: Amnesty International\ncountries: [GB]\ndescription: |+\n  Keeps its last empty line.\n\n")
            .Organization("hurinet", "name: HURINET\t# a tab before the comment: read the fast way\ncountries: [UG]\n")
            .Letter("2009-07-20-first", "title: The first letter\ndate: 2009-07-20\nsource: https://example.org/x\nsignatories:\n  - name: Amnesty International\n  -\tname: HURINET\n");
        var cache = new ContentCache();

        var first = LoadContent.FromFolder(content.Root, cache);
        var again = LoadContent.FromFolder(content.Root, cache);

        Assert.False(first.HasErrors, string.Join("\n", first.Diagnostics));
        Assert.Equal("HURINET", first.Content!.Organizations.Single(o => o.Id == "hurinet").Name);
        string[] expected =
        [
            "letters/2009-07-20-first.md:7 (a tab)",
            "organizations/amnesty-international.yml:3 (a block scalar that keeps its final empty lines (|+, >+))",
            "site.yml:2 (a block scalar with an indentation indicator)",
        ];
        Assert.Equal(expected, first.ReadByFullYaml.Select(f => f.ToString()));
        Assert.Equal(3, cache.FilesReused);
        Assert.Equal(expected, again.ReadByFullYaml.Select(f => f.ToString()));
    }

    [Fact]
    public void A_file_the_full_parser_cannot_read_either_is_an_error_and_not_listed()
    {
        using var content = new TemporaryContent().Organization("broken", "name: [unclosed\n");

        var result = LoadContent.FromFolder(content.Root);

        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith("organizations/broken.yml:2: malformed YAML", StringComparison.Ordinal));
        Assert.Empty(result.ReadByFullYaml);
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    // Everything a load gives, field by field.
    private static string Describe(ContentLoadResult result) => JsonSerializer.Serialize(new
    {
        Diagnostics = result.Diagnostics.Select(d => d.ToString()),
        result.Content?.Site,
        result.Content?.Letters,
        result.Content?.Organizations,
        Countries = result.Content?.Countries.Select(c => new
        {
            c.Country.Code,
            Organizations = c.Organizations.Select(o => o.Id),
            Letters = c.Letters.Select(l => l.Id),
        }),
    }, Indented);
}
