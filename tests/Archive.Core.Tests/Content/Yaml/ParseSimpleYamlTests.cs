using Archive.Core.Content.Yaml;
using Archive.Core.Validation;

namespace Archive.Core.Tests.Content.Yaml;

/// <summary>
/// The fast reader against the full YAML parser (YamlDotNet), case by case in the manner of the yaml-test-suite:
/// each input with the tree YamlDotNet gives (or its error), and what the fast reader does with it: read it into
/// the same tree, lines included, or decline and say why, leaving it to YamlDotNet, which also explains errors.
/// </summary>
public class ParseSimpleYamlTests
{
    private const string Reads = "reads";

    // Input | YamlDotNet's tree, or "error: " and its message | the fast reader: Reads, or why it declines.
    public static TheoryData<string, string, string> Suite => new()
    {
        // Plain scalars, and comments after them (issue 15: a tab before '#' starts a comment as a space does).
        { "title: A letter\ndate: 2009-07-20\n", "{title: 'A letter', date: '2009-07-20'}", Reads },
        { "name: DanChurchAid\t# note\n", "{name: 'DanChurchAid'}", Reads },
        { "name: DanChurchAid # note\n", "{name: 'DanChurchAid'}", Reads },
        { "name: C# is fine\nhash: a#b\n", "{name: 'C# is fine', hash: 'a#b'}", Reads },
        { "name: a\u3000#b\n", "{name: 'a\u3000#b'}", Reads },
        { "name: a \t \nnext: b\t\n", "{name: 'a', next: 'b'}", Reads },
        { "name: \tvalue\nother:\tvalue\n", "{name: 'value', other: 'value'}", Reads },
        { "name: Women's Network - Canada\n", "{name: 'Women''s Network - Canada'}", Reads },
        { "k: a]\nl: a}\nm: a, b\nn: a|b\n", "{k: 'a]', l: 'a}', m: 'a, b', n: 'a|b'}", Reads },
        { "k: a\v # c\n", "{k: 'a\\u000b'}", Reads },
        { "k: a\u00a0\n", "{k: 'a\\u00a0'}", Reads },
        { "n: ~\nm: null\no: Null\np: NULL\nq: nil\nr:\ns: # c\n", "{n: ~, m: ~, o: ~, p: ~, q: 'nil', r: ~, s: ~}", Reads },
        { "yes: yes\ntrue: true\nnum: 1.5e3\n", "{yes: 'yes', true: 'true', num: '1.5e3'}", Reads },

        // A '-' is a list item, never the text "-" (issue 15), unless a character other than a blank follows.
        { "title: -\n", "error: malformed YAML: Block sequence entries are not allowed in this context.", "a '-' where a value should be" },
        { "title: - a\n", "error: malformed YAML: Block sequence entries are not allowed in this context.", "a '-' where a value should be" },
        { "title: -\ta\n", "error: malformed YAML: Block sequence entries are not allowed in this context.", "a '-' where a value should be" },
        { "title: -a\nrule: --\nmark: ---\n", "{title: '-a', rule: '--', mark: '---'}", Reads },

        // A colon followed by a blank, or ending the value, makes a key.
        { "title: a: b\n", "error: malformed YAML: While scanning a plain scalar value, found invalid mapping.", "a ': ' inside a value" },
        { "title: a:\tb\n", "error: malformed YAML: While scanning a plain scalar value, found invalid mapping.", "a ': ' inside a value" },
        { "title: a:\n", "error: malformed YAML: While scanning a plain scalar value, found invalid mapping.", "a ': ' inside a value" },
        { "title: a:b\nurl: https://example.org/a#b\n", "{title: 'a:b', url: 'https://example.org/a#b'}", Reads },

        // Indicators: read by YAML as something other than text, or an error.
        { "tag: !t a\n", "{tag: 'a'}", "an anchor, alias or tag" },
        { "anchor: &a x\nalias: *a\n", "{anchor: 'x', alias: 'x'}", "an anchor, alias or tag" },
        { "flow: {a: b}\n", "{flow: {a: 'b'}}", "a flow mapping" },
        { "k: %a\n", "error: malformed YAML: While scanning for the next token, found character that cannot start any token.", "a value starting with a YAML indicator" },
        { "k: @a\n", "error: malformed YAML: While scanning for the next token, found character that cannot start any token.", "a value starting with a YAML indicator" },
        { "k: `a\n", "error: malformed YAML: While scanning for the next token, found character that cannot start any token.", "a value starting with a YAML indicator" },
        { "k: ?a\n", "{k: '?a'}", "a value starting with a YAML indicator" },
        { "k: :a\n", "{k: ':a'}", "a value starting with a YAML indicator" },

        // Line breaks: YAML breaks lines at "\n", "\r\n", and a lone "\r", NEL, LS and PS too.
        { "k: a\r\nl: b\r\n", "{k: 'a', l: 'b'}", Reads },
        { "k: a\rl: b\n", "{k: 'a', l: 'b'}", "a line break other than a newline" },
        { "k: a\u0085b\n", "error: malformed YAML: While parsing a block mapping, did not find expected key.", "a line break other than a newline" },
        { "k: a\u2028b\n", "error: malformed YAML: While parsing a block mapping, did not find expected key.", "a line break other than a newline" },

        // Quoted scalars.
        { "title: \"Quoted: with colon\"\nnote: 'single ''quoted'''\n", "{title: 'Quoted: with colon', note: 'single ''quoted'''}", Reads },
        { "e: \"tab\\there \\\"q\\\" \\u00e9 \\\\ end\"\n", "{e: 'tab\\there \"q\" é \\\\ end'}", Reads },
        { "e: \"\\x41\\U0001F600\\N\\_\\/\\ .\"\n", "{e: 'A😀\\u0085\\u00a0/ .'}", Reads },
        { "e: \"\\q\"\n", "error: malformed YAML: While scanning a quoted scalar, found unknown escape character.", "an escape it does not read" },
        { "e: \"\\uD83D\\uDE00\"\n", "{e: '😀'}", "an escape it does not read" },
        { "q: 'a' # c\nr: \"b\"\t# c\ns: 'a\\'\n", "{q: 'a', r: 'b', s: 'a\\\\'}", Reads },
        { "q: 'a'#c\n", "{q: 'a'}", "text after a closed value" },
        { "q: \"a\" b\n", "error: malformed YAML: While parsing a block mapping, did not find expected key.", "text after a closed value" },
        { "q: \"unclosed\n", "error: malformed YAML: While scanning a quoted scalar, found unexpected end of stream.", "a value on more than one line" },
        { "q: \"two\n  lines\"\n", "{q: 'two lines'}", "a value on more than one line" },

        // Flow sequences of scalars.
        { "countries: [UG, US]\nempty: []\nspaced: [ ]\nquoted: [\"a, b\", 'c']\n", "{countries: ['UG', 'US'], empty: [], spaced: [], quoted: ['a, b', 'c']}", Reads },
        { "l: [a, b, ]\nm: [a,]\nn: [\ta , b\t]\t# c\n", "{l: ['a', 'b'], m: ['a'], n: ['a', 'b']}", Reads },
        { "l: [a:b, -a, a b, a\tb]\n", "{l: ['a:b', '-a', 'a b', 'a\\tb']}", Reads },
        { "l: [~, null, '', \"\"]\n", "{l: [~, ~, '', '']}", Reads },
        { "l: [a #b]\n", "error: malformed YAML: While parsing a flow sequence, did not find expected ',' or ']'.", "a comment inside a flow sequence" },
        { "l: [,]\n", "error: malformed YAML: While parsing a node, did not find expected node content.", "an empty item in a flow sequence" },
        { "l: [a,,b]\n", "error: malformed YAML: While parsing a node, did not find expected node content.", "an empty item in a flow sequence" },
        { "l: [a, [b]]\n", "{l: ['a', ['b']]}", "a value starting with a YAML indicator" },
        { "l: [a'b]\n", "{l: ['a''b']}", "a bracket or quote inside a plain item of a flow sequence" },
        { "l: [a: b]\n", "{l: [{a: 'b'}]}", "a ': ' inside a value" },
        { "l: [- a]\n", "error: malformed YAML: While parsing a node, did not find expected node content.", "a '-' where a value should be" },
        { "l: [\"a\": b]\n", "{l: [{a: 'b'}]}", "something other than ',' or ']' after an item of a flow sequence" },
        { "l: [a] x\n", "error: malformed YAML: While parsing a block mapping, did not find expected key.", "text after a closed value" },
        { "l: [a]#c\n", "error: malformed YAML: While scanning a flow sequence end, found invalid comment after ']'.", "text after a closed value" },
        { "l: [a,\n  b]\n", "{l: ['a', 'b']}", "a value on more than one line" },

        // Block mappings and sequences.
        { "recipients:\n  - One\n  - Two # a comment\n", "{recipients: ['One', 'Two']}", Reads },
        { "signatories:\n- name: A\n  countries: [UG]\n- name: B\n", "{signatories: [{name: 'A', countries: ['UG']}, {name: 'B'}]}", Reads },
        { "signatories:\n  - name: Gay & Lesbian Network\n    organization: x\n  -   name: Spaced\n      regions: [South Asia]\n", "{signatories: [{name: 'Gay & Lesbian Network', organization: 'x'}, {name: 'Spaced', regions: ['South Asia']}]}", Reads },
        { "people:\n  - name: Dr. X\n    roles:\n      - title: Chair\n        affiliation: Y\n", "{people: [{name: 'Dr. X', roles: [{title: 'Chair', affiliation: 'Y'}]}]}", Reads },
        { "list:\n  -\n    name: nested after a bare dash\n", "{list: [{name: 'nested after a bare dash'}]}", Reads },
        { "s:\n- \n-\n  # c\n- a\n-\tb\n", "{s: [~, ~, 'a', 'b']}", Reads },
        { "x:\n- k:\n  - a\n  j: b\n", "{x: [{k: ['a'], j: 'b'}]}", Reads },
        { "# a comment line\n\ntitle: X   \n\n\n", "{title: 'X'}", Reads },
        { "s:\n- - a\n", "{s: [['a']]}", "a list item inside a list item" },
        { "s:\n-\tk: a\n", "{s: [{k: 'a'}]}", "a tab" },
        { "title: a plain\n  continued line\n", "{title: 'a plain continued line'}", "a value on more than one line" },
        { "a:\n  b: 1\n c: 2\n", "error: malformed YAML: While parsing a block mapping, did not find expected key.", "an indentation it does not follow" },
        { "k: x\n- a\n", "error: malformed YAML: While parsing a block mapping, did not find expected key.", "an indentation it does not follow" },
        { "title: x\ntitle: y\n", "error: malformed YAML: Duplicate key title", "a duplicate key" },
        { "\tindented: with a tab\n", "{indented: 'with a tab'}", "a tab" },
        { "k: x\n\t\nn: y\n", "error: malformed YAML: While scanning a plain scalar, found a tab character that violate indentation.", "a tab" },
        { "k: x\n  \t\nn: y\n", "{k: 'x', n: 'y'}", "a tab" },
        { "first name: x\n", "{'first name': 'x'}", "a key that is not a plain word" },
        { "\"title\": x\n", "{title: 'x'}", "a key that is not a plain word" },
        { "ключ: значение\n", "{'ключ': 'значение'}", "a key that is not a plain word" },
        { "just a scalar\n", "error: the YAML must be a set of fields (key: value), one per line", "a key that is not a plain word" },
        { "- a top-level list\n", "error: the YAML must be a set of fields (key: value), one per line", "a text that is not a set of fields" },
        { "  title: x\n  date: y\n", "{title: 'x', date: 'y'}", "a text that is not a set of fields" },
        { "# only a comment\n", "error: the YAML is empty", "a text that is not a set of fields" },
        { "---\ntitle: x\n", "{title: 'x'}", "a document marker or directive" },
        { "title: x\n...\n", "{title: 'x'}", "a document marker or directive" },
        { "%YAML 1.2\n---\ntitle: x\n", "{title: 'x'}", "a document marker or directive" },

        // Block scalars: literal and folded, clipped or stripped, of evenly indented lines.
        { "description: >-\n  Open letters that\n  civil society sent.\nbase_url: x\n", "{description: 'Open letters that civil society sent.', base_url: 'x'}", Reads },
        { "d: |\n  a\n  # not a comment\n\n  b  \n", "{d: 'a\\n# not a comment\\n\\nb  \\n'}", Reads },
        { "d: >\n  a\n\n  b\n  c\n\n\nn: x\n", "{d: 'a\\nb c\\n', n: 'x'}", Reads },
        { "d: |-\n  a\n  b\n", "{d: 'a\\nb'}", Reads },
        { "d: |\n  a\n    b\n# c\n", "{d: 'a\\n  b\\n'}", Reads },
        { "d: | # c\n  a", "{d: 'a'}", Reads },
        { "d: |\r\n  a\r\n  b\r\n", "{d: 'a\\nb\\n'}", Reads },
        { "s:\n- k: |\n    a\n  j: x\n- |\n  b\n", "{s: [{k: 'a\\n', j: 'x'}, 'b\\n']}", Reads },
        { "d: >\n  a\n    b\n", "{d: 'a\\n  b\\n'}", "a folded block scalar with more-indented lines" },
        { "d: |+\n  a\n\n", "{d: 'a\\n\\n'}", "a block scalar that keeps its final empty lines (|+, >+)" },
        { "d: |2\n   a\n", "{d: ' a\\n'}", "a block scalar with an indentation indicator" },
        { "d: |\n  a\n   \n  b\n", "{d: 'a\\n \\nb\\n'}", "a block scalar with an empty line of more spaces than its text" },
        { "d: |\nn: x\n", "{d: '', n: 'x'}", "a block scalar" },
        { "d: |\n\n  a\n", "{d: '\\na\\n'}", "a block scalar" },
        { "d: |x\n  a\n", "error: malformed YAML: While scanning a block scalar, did not find expected comment or line break.", "a block scalar" },
        { "d: |\n  a\n\t\n", "error: malformed YAML: While scanning a mapping, found invalid tab as indentation.", "a tab" },
        { "d: >\n  a\n b\n", "error: malformed YAML: While parsing a block mapping, did not find expected key.", "an indentation it does not follow" },
    };

    [Theory]
    [MemberData(nameof(Suite))]
    public void The_fast_reader_gives_the_full_parsers_tree_or_declines(string yaml, string fullTree, string fast)
    {
        var diagnostics = new List<Diagnostic>();
        var full = ParseYaml.Full(yaml, "x.yml", 0, diagnostics);
        Assert.Equal(fullTree, full is null ? "error: " + diagnostics[0].Message : YamlTree.Of(full, lines: false));

        var simple = ParseSimpleYaml.Root(yaml, out var declined);

        if (fast == Reads)
        {
            Assert.NotNull(simple);
            Assert.Equal(YamlTree.Of(full), YamlTree.Of(simple));
        }
        else
        {
            Assert.Null(simple);
            Assert.Equal(fast, declined.Reason);
        }
    }

    [Fact]
    public void A_duplicate_field_is_reported_by_the_full_parser()
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Null(ParseYaml.Root("title: x\ndate: 2001\ntitle: y\n", "x.yml", 0, fast: true, diagnostics, out var fallback));
        Assert.StartsWith("x.yml:3: malformed YAML", Assert.Single(diagnostics).ToString(), StringComparison.Ordinal);
        Assert.Null(fallback);
    }

    [Fact]
    public void A_text_the_fast_reader_declines_is_read_by_the_full_parser_which_says_where_and_why()
    {
        var diagnostics = new List<Diagnostic>();

        var root = ParseYaml.Root("title: x\ndescription: |2\n   indented\n", "letters/x.md", 1, fast: true, diagnostics, out var fallback);

        Assert.Equal("{title: 'x', description: ' indented\\n'}", YamlTree.Of(root, lines: false));
        Assert.Empty(diagnostics);
        Assert.Equal("letters/x.md:3 (a block scalar with an indentation indicator)", fallback?.ToString());
    }

    [Fact]
    public void Switched_off_the_fast_reader_is_not_tried_and_nothing_is_reported()
    {
        var root = ParseYaml.Root("title: |2\n   x\n", "x.yml", 0, fast: false, [], out var fallback);

        Assert.NotNull(root);
        Assert.Null(fallback);
    }
}
