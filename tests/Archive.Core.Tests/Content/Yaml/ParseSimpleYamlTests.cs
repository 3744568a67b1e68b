using System.Text;
using Archive.Core.Content.Yaml;
using Archive.Core.Validation;
using Archive.Testing;

namespace Archive.Core.Tests.Content.Yaml;

/// <summary>
/// The fast parser must read the simple YAML of content files exactly as the full YAML parser does, and give up
/// on anything else so the full parser (which explains errors) takes over.
/// </summary>
public class ParseSimpleYamlTests
{
    public static TheoryData<string> SimpleYaml => new()
    {
        "title: A letter\ndate: 2009-07-20\n",
        "title: \"Quoted: with colon\"\nnote: 'single ''quoted'''\n",
        "escapes: \"tab\\there \\\"q\\\" \\u00e9 \\\\ end\"\n",
        "countries: [UG, US]\nempty: []\nquoted: [\"a, b\", 'c']\n",
        "recipients:\n  - One\n  - Two # a comment\n",
        "signatories:\n- name: A\n  countries: [UG]\n- name: B\n",
        "signatories:\n  - name: Gay & Lesbian Network\n    organization: gay-and-lesbian-network\n    countries: [ZA]\n  -   name: Spaced\n      regions: [South Asia]\n",
        "people:\n  - name: Dr. X\n    roles:\n      - title: Chair\n        affiliation: Y\n",
        "source:\n  file: sources/x.txt\n  url: https://example.org/a#b\n",
        "nothing:\nnull_word: null\ntilde: ~\nnext: value\n",
        "# a comment line\n\ntitle: X   \n\n\n",
        "title: Women's Network - Canada\nhash: C# is fine\n",
        "list:\n  -\n    name: nested after a bare dash\n",
        "date: 2008\nundated: true\n",
    };

    public static TheoryData<string> OtherYaml => new()
    {
        "title: >-\n  folded\n  text\n",
        "title: |\n  literal\n",
        "title: a plain\n  continued line\n",
        "anchor: &a x\nalias: *a\n",
        "tagged: !tag x\n",
        "flow: {a: b}\n",
        "title: x\ntitle: y\n",
        "bad: [unclosed\n",
        "key: value: other\n",
        "\tindented: with a tab\n",
        "- a top-level list\n",
        "just a scalar\n",
        "title: \"unclosed\n",
        "list: [a, [nested]]\n",
        "---\ntitle: x\n",
    };

    [Theory]
    [MemberData(nameof(SimpleYaml))]
    public void Simple_YAML_is_read_as_the_full_parser_reads_it(string yaml)
    {
        var simple = ParseSimpleYaml.Root(yaml);

        Assert.NotNull(simple);
        Assert.Equal(Describe(ParseYaml.Full(yaml, "x.yml", 0, [])), Describe(simple));
    }

    [Theory]
    [MemberData(nameof(OtherYaml))]
    public void Anything_else_is_left_to_the_full_parser(string yaml) =>
        Assert.Null(ParseSimpleYaml.Root(yaml));

    [Fact]
    public void A_duplicate_field_is_reported_by_the_full_parser()
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Null(ParseYaml.Root("title: x\ndate: 2001\ntitle: y\n", "x.yml", 0, diagnostics));
        Assert.StartsWith("x.yml:3: malformed YAML", Assert.Single(diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_letter_and_organization_of_the_repository_takes_the_fast_path_and_agrees()
    {
        // site.yml may use any YAML (its description is a folded block): one file, read once.
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "letters"))
            .Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "organizations")));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var yaml = file.EndsWith(".md", StringComparison.Ordinal) ? text.Split("\n---\n")[0]["---\n".Length..] : text;
            var simple = ParseSimpleYaml.Root(yaml);
            Assert.True(simple is not null, file);
            Assert.Equal(Describe(ParseYaml.Full(yaml, file, 0, [])), Describe(simple));
        }
    }

    // A canonical text of a tree, with the line of every node, so two trees compare as strings.
    private static string Describe(YamlValue? value)
    {
        var text = new StringBuilder();
        Write(value, text);
        return text.ToString();
    }

    private static void Write(YamlValue? value, StringBuilder text)
    {
        switch (value)
        {
            case null:
                text.Append("<none>");
                break;
            case YamlScalar scalar:
                text.Append('@').Append(scalar.Line).Append(scalar.Value is null ? "~" : "'" + scalar.Value + "'");
                break;
            case YamlList list:
                text.Append('@').Append(list.Line).Append('[');
                foreach (var item in list.Items)
                {
                    Write(item, text);
                    text.Append(',');
                }

                text.Append(']');
                break;
            case YamlMap map:
                text.Append('@').Append(map.Line).Append('{');
                foreach (var (key, item) in map.Entries)
                {
                    Write(key, text);
                    text.Append(':');
                    Write(item, text);
                    text.Append(',');
                }

                text.Append('}');
                break;
        }
    }
}
