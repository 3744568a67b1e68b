using System.Text;
using Archive.Core.Content.Yaml;

namespace Archive.Core.Tests.Content.Yaml;

/// <summary>
/// What the content writers (the importer, the generated corpus) write reads back as the text they were given, by
/// the full YAML parser (YamlDotNet) and by the fast reader, on hostile text and on thousands of generated strings.
/// </summary>
public class YamlTextTests
{
    public static TheoryData<string> Hostile() =>
    [
        "", " ", "null", "Null", "~", "yes", "No", "on", "true", "y", "1", "-1", "1.5", "1e3", "0x1f", "0o17", "2009-07-20",
        "2009-07", "\"Urgent\": act now #1 – yes", "- dash", "@handle", "'quoted'", "{brace}", "[Kenya]", "a, b", "*Star* Network",
        "&anchor", "!tag", "%directive", "|", ">", "a: b", "a:", "a #b", "#1", " leading", "trailing ", "back\\slash",
        "tab\there", "line\nbreak", "bell\u0007", "O'Brien & Partners: \"Peace\" #1", "Société civile", "Women's Rights", "(Uganda)",
        "`tick`", "…", "😀 emoji", "a – b", "?", "? key", "a?b", ": colon", "https://example.org/a#b",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_text_reads_back_exactly(string text) => AssertReadsBack(text);

    [Fact]
    public void Generated_text_reads_back_exactly()
    {
        string[] pieces = ["a", "Z", "é", "0", "9", " ", "  ", "-", ":", ": ", "#", " #", ",", "[", "]", "{", "}", "'", "\"", "\\", "&", "*",
            "!", "%", "@", "`", "|", ">", "?", "\t", "\n", "(", ")", ".", "e", "x", "null", "yes", "2009-07-20", "–", "’", "😀"];
        var random = new Random(15);
        for (var i = 0; i < 3000; i++)
        {
            AssertReadsBack(string.Concat(Enumerable.Range(0, random.Next(0, 7)).Select(_ => pieces[random.Next(pieces.Length)])));
        }
    }

    [Theory]
    [InlineData("Human Rights Watch", "Human Rights Watch")]
    [InlineData("Women's Rights", "\"Women's Rights\"")]
    [InlineData("2009", "\"2009\"")]
    [InlineData("a: b", "\"a: b\"")]
    [InlineData("say \"no\"\n", "\"say \\\"no\\\"\\n\"")]
    public void A_scalar_is_plain_when_it_can_be_and_double_quoted_otherwise(string text, string written) =>
        Assert.Equal(written, YamlText.Scalar(text));

    [Fact]
    public void Fields_and_lists_are_written_one_per_line_and_empty_lists_not_at_all()
    {
        var yaml = new StringBuilder()
            .AppendField("name", "Forum pour le Renforcement de la Société Civile")
            .AppendField("  - name", "yes")
            .AppendList("aliases", ["FORSC", "a, b"])
            .AppendList("cc", [])
            .AppendFlowList("countries", ["BI", "a, b"])
            .AppendFlowList("regions", [])
            .ToString();

        Assert.Equal(
            "name: Forum pour le Renforcement de la Société Civile\n  - name: \"yes\"\naliases:\n  - FORSC\n  - a, b\ncountries: [BI, \"a, b\"]\n",
            yaml);
    }

    private static void AssertReadsBack(string text)
    {
        var yaml = new StringBuilder()
            .AppendField("field", text)
            .AppendList("list", [text, "next"])
            .AppendFlowList("flow", [text, "next"])
            .ToString();
        var full = ParseYaml.Full(yaml, "test.yml", 0, []);
        Assert.True(full is not null, $"YamlDotNet does not read:\n{yaml}");
        Assert.Equal(Expected(text), YamlTree.Of(full, lines: false));
        if (ParseSimpleYaml.Root(yaml, out _) is { } simple)
        {
            Assert.Equal(Expected(text), YamlTree.Of(simple, lines: false));
        }
    }

    private static string Expected(string text)
    {
        var tree = new YamlMap(
            [
                (new YamlScalar("field", 1), new YamlScalar(text, 1)),
                (new YamlScalar("list", 1), new YamlList([new YamlScalar(text, 1), new YamlScalar("next", 1)], 1)),
                (new YamlScalar("flow", 1), new YamlList([new YamlScalar(text, 1), new YamlScalar("next", 1)], 1)),
            ],
            1);
        return YamlTree.Of(tree, lines: false);
    }
}
