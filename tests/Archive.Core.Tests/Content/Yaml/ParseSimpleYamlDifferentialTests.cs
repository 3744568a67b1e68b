using Archive.Core.Content.Yaml;
using Archive.Testing;
using Xunit.Abstractions;

namespace Archive.Core.Tests.Content.Yaml;

/// <summary>
/// The fast reader against the full YAML parser (YamlDotNet) on many texts: every YAML text of the repository,
/// thousands of variants of them with the mutations YAML is easy to get wrong in (comments after tabs, indicators,
/// quotes, flow sequences, block scalars, indentation, line endings…), and thousands of generated documents. For
/// every one the fast reader declines, or gives exactly the tree YamlDotNet gives, lines included (issue 15).
/// </summary>
public class ParseSimpleYamlDifferentialTests(ITestOutputHelper output)
{
    private const int VariantsPerFile = 30;
    private const int GeneratedDocuments = 5000;

    [Fact]
    public void Every_YAML_text_of_the_content_folder_takes_the_fast_way_and_is_read_as_the_full_parser_reads_it()
    {
        var texts = RepositoryYaml().Where(t => t.Path.StartsWith(RepositoryPaths.Content + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();

        Assert.True(texts.Count > 100, $"only {texts.Count} YAML texts found");
        foreach (var (path, yaml) in texts)
        {
            var simple = ParseSimpleYaml.Root(yaml, out var declined);
            Assert.True(simple is not null, $"{path}:{declined.Line}: the fast reader declined it ({declined.Reason})");
            Assert.Equal(YamlTree.Of(ParseYaml.Full(yaml, path, 0, [])), YamlTree.Of(simple));
        }
    }

    [Fact]
    public void Every_YAML_text_of_the_test_fixtures_is_read_as_the_full_parser_reads_it_or_declined()
    {
        var texts = RepositoryYaml().Where(t => !t.Path.StartsWith(RepositoryPaths.Content + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(texts);
        foreach (var (_, yaml) in texts)
        {
            Compare(yaml);
        }
    }

    [Fact]
    public void Variants_of_the_repository_files_are_read_as_the_full_parser_reads_them_or_declined()
    {
        var random = new Random(15);
        var counts = new Counts();
        foreach (var (_, yaml) in RepositoryYaml())
        {
            for (var i = 0; i < VariantsPerFile; i++)
            {
                var variant = new Variant(random, yaml.Split('\n').ToList());
                for (var mutations = random.Next(1, 4); mutations > 0; mutations--)
                {
                    variant.Mutate();
                }

                counts.Add(Compare(variant.Text));
            }
        }

        Report(counts);
    }

    [Fact]
    public void Generated_documents_are_read_as_the_full_parser_reads_them_or_declined()
    {
        var random = new Random(1015);
        var counts = new Counts();
        for (var i = 0; i < GeneratedDocuments; i++)
        {
            var document = new Variant(random, [.. Generate.Document(random)]);
            for (var mutations = random.Next(0, 3); mutations > 0; mutations--)
            {
                document.Mutate();
            }

            counts.Add(Compare(document.Text));
        }

        Report(counts);
    }

    // Every YAML text of the repository: each .yml file, and the front matter of each .md file that has one,
    // in the content folder and in the test fixtures.
    private static List<(string Path, string Yaml)> RepositoryYaml()
    {
        var separator = Path.DirectorySeparatorChar;
        var files = new[] { RepositoryPaths.Content, Path.Combine(RepositoryPaths.Root, "tests") }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(file => Path.GetExtension(file) is ".yml" or ".yaml" or ".md")
            .Where(file => !file.Contains($"{separator}bin{separator}", StringComparison.Ordinal) && !file.Contains($"{separator}obj{separator}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var texts = new List<(string, string)>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file).ReplaceLineEndings("\n");
            if (!file.EndsWith(".md", StringComparison.Ordinal))
            {
                texts.Add((file, text));
            }
            else if (text.StartsWith("---\n", StringComparison.Ordinal) && text.IndexOf("\n---\n", 3, StringComparison.Ordinal) is var end and > 0)
            {
                texts.Add((file, text[4..(end + 1)]));
            }
        }

        return texts;
    }

    // The fast reader declines (with a reason), or reads the text exactly as the full parser does. Returns the
    // reason it declined, or null when it read the text.
    private static string? Compare(string yaml)
    {
        var simple = ParseSimpleYaml.Root(yaml, out var declined);
        if (simple is null)
        {
            Assert.False(string.IsNullOrEmpty(declined.Reason), $"declined without a reason: \"{YamlTree.Escaped(yaml)}\"");
            Assert.InRange(declined.Line, 1, yaml.Count(c => c == '\n') + 1);
            return declined.Reason;
        }

        if (ReadDifferently(yaml))
        {
            var smallest = Shrunk(yaml);
            Assert.Fail($"the fast reader reads\n\"{YamlTree.Escaped(smallest)}\"\nas   {YamlTree.Of(ParseSimpleYaml.Root(smallest, out _))}\nnot  {YamlTree.Of(ParseYaml.Full(smallest, "x.yml", 0, []))}");
        }

        return null;
    }

    private static bool ReadDifferently(string yaml) =>
        ParseSimpleYaml.Root(yaml, out _) is { } simple && YamlTree.Of(simple) != YamlTree.Of(ParseYaml.Full(yaml, "x.yml", 0, []));

    // The text with every line taken out that it can do without and still be read differently: the failure shows
    // the few lines that matter.
    private static string Shrunk(string yaml)
    {
        var lines = yaml.Split('\n').ToList();
        for (var shorter = true; shorter;)
        {
            shorter = false;
            for (var i = lines.Count - 1; i >= 0; i--)
            {
                if (ReadDifferently(string.Join('\n', lines.Where((_, j) => j != i))))
                {
                    lines.RemoveAt(i);
                    shorter = true;
                }
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>How many documents the fast reader read, and how many it declined for each reason.</summary>
    private sealed class Counts
    {
        private readonly Dictionary<string, int> _declined = new(StringComparer.Ordinal);

        public int Read { get; private set; }

        public int Declined => _declined.Values.Sum();

        public void Add(string? declined)
        {
            if (declined is null)
            {
                Read++;
            }
            else
            {
                _declined[declined] = _declined.GetValueOrDefault(declined) + 1;
            }
        }

        public IEnumerable<string> Reasons => _declined.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Value,6} {r.Key}");
    }

    // Both ways must be taken often, or the comparison proves little.
    private void Report(Counts counts)
    {
        var total = counts.Read + counts.Declined;
        output.WriteLine($"{total} documents: {counts.Read} read by the fast reader, {counts.Declined} declined:");
        foreach (var reason in counts.Reasons)
        {
            output.WriteLine(reason);
        }

        Assert.True(counts.Read > total / 5, $"only {counts.Read} of {total} read");
        Assert.True(counts.Declined > total / 5, $"only {counts.Declined} of {total} declined");
    }

    /// <summary>
    /// Values as written after "key: " or "- ": the first nine ordinary text (what generated documents mostly hold),
    /// then the shapes YAML reads in surprising ways.
    /// </summary>
    private static readonly string[] Values =
    [
        "A letter", "Human Rights Network-Uganda", "C# is fine", "Women's Network - Canada", "Dr. X", "a  b", "a\tb", "é😀 ünïcödé", "x\\y",
        "-", "- a", "-a", "--", "---", "-\ta", "- ", "~", "null", "Null", "NULL", "nil", "true", "yes", "No", "on", "1", "-1", "1.5", "1e3",
        "0x1F", "0o17", ".inf", ".nan", "2009-07-20", "2009-07-20T10:00:00Z", "12:30", "a: b", "a:b", "a:", "a :b", "a:\tb", "a::b",
        "https://example.org/a#b", "a #b", "a#b", "a\t#b", "a \t#b", "a\t\t# c", "#b", "a # b # c", "'q'", "'it''s'", "''", "'a' # c",
        "'a'#c", "'a' b", "'a'\t# c", "'unterminated", "'a''", "\"q\"", "\"\"", "\"a\\\"b\"", "\"tab\\there\"", "\"\\u00e9\\x41\\U0001F600\"",
        "\"\\q\"", "\"\\/\"", "\"\\ud83d\\ude00\"", "\"a\" # c", "\"a\"\t# c", "\"a\"#c", "\"unterminated", "\"a\\", "\"a\\\tb\"", "\"a' b\"",
        "&x a", "*x", "!t a", "!!str a", "|", "|-", ">", ">-", "|+", "|2", "|x", "| # c", "%a", "@a", "`a", "a`", "{a: b}", "{}", "}", "]",
        "a]", "a}", "a, b", ",a", "?a", "? a", ":a", ": a", "a ,b", "\u00a0a", "a\u00a0", "a\u3000#b", "a\u000b", "a\u0001b", "a\ufeffb",
        "a|b", "a>b", "[a, b]", "[]", "[ ]", "[a, ]", "[a,]", "[,]", "[, a]", "[a,,b]", "[a #b]", "[a, 'b, c']", "[\"x\", y]", "[a, [b]]",
        "[a, {b: c}]", "[a: b]", "[a:b]", "[a:]", "[-a]", "[- a]", "[-]", "[a b]", "[a\tb]", "[\ta ]", "[a]\t# c", "[a] # c", "[a]#c",
        "[a] x", "[a]]", "[a", "[~, null, '', \"\"]", "[a'b]", "[?a]", "[&a b]", "[*a]", "[!t a]", "[a#b]", "[#a]", "[a, # c]",
        "[\"a\": b]", "['a' , \"b\"\t]", "[a, \"b\\\"c\"]", "[UG, US, FR]", "[South Asia]",
    ];

    private static readonly string[] Comments = [" # note", "\t# note", "  #x", "#x", " #", "\t#", " \t# x", "\t\t#"];

    private static readonly string[] Blanks = [" ", "\t", "  \t", " \t ", "\t "];

    private static readonly string[] Keys =
    [
        "title", "name", "countries", "signatories", "aliases", "date_note", "site-name", "x1", "first name", "\"title\"", "'title'",
        "? title", "ключ", "title ", "Title", "t\title", "1st", "_x", "-x", "x.y", "x:y", "yes", "null", "~", "&a k", "[a]", "k\u00a0",
    ];

    private static readonly string[] Lines =
    [
        "", "  ", "\t", "  \t", " \t ", "# comment", "  # deeper comment", "\t# c", "---", "...", "--- x", "%YAML 1.2", "- x", "-", "  - x",
        "  continued text", "extra: field", "extra:", "  nested: x", "    deeper: x", " odd: x", "title: again", "[a, b]", "{a: b}", "? k",
        ": v", "\ufeffk: v", "k: v\r", "k: a\rb", "k: a\u2028b", "k: a\u0085b", "k: a\0b",
    ];

    private const string Inserted = ":#-[]{},&*!|>%@`'\"\t \\?~\u00a0é";

    /// <summary>A YAML text as lines, changed one random mutation at a time.</summary>
    private sealed class Variant(Random random, List<string> lines)
    {
        private bool _crlf;
        private string _prefix = "";

        public string Text
        {
            get
            {
                var text = _prefix + string.Join('\n', lines);
                return _crlf ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text;
            }
        }

        public void Mutate()
        {
            if (lines.Count == 0)
            {
                lines.Add(Pick(Keys) + ": " + Pick(Values));
                return;
            }

            var at = random.Next(lines.Count);
            var line = lines[at];
            switch (random.Next(20))
            {
                case 0 or 1 or 2:
                    lines[at] = line + Pick(Comments);
                    break;
                case 3:
                    lines[at] = line + Pick(Blanks);
                    break;
                case 4 or 5:
                    ReplaceValue(at, Pick(Values));
                    break;
                case 16 or 17:
                    ReplaceValue(at, Insert(ValueOf(line) ?? "value", Inserted[random.Next(Inserted.Length)].ToString()));
                    break;
                case 6:
                    lines[at] = Insert(line, Inserted[random.Next(Inserted.Length)].ToString());
                    break;
                case 7:
                    lines[at] = random.Next(4) switch
                    {
                        0 => " " + line,
                        1 => line.StartsWith(' ') ? line[1..] : line,
                        2 => line.StartsWith(' ') ? "\t" + line[1..] : "\t" + line,
                        _ => Indentation(line) + "\t" + line.TrimStart(' '),
                    };
                    break;
                case 8:
                    lines.Insert(random.Next(lines.Count + 1), Indentation(lines[random.Next(lines.Count)]) + Pick(Lines));
                    break;
                case 9:
                    lines.Insert(at, line);
                    break;
                case 10:
                    if (at + 1 < lines.Count)
                    {
                        (lines[at], lines[at + 1]) = (lines[at + 1], line);
                    }

                    break;
                case 11:
                    lines.RemoveAt(at);
                    break;
                case 12:
                    ReplaceKey(at, Pick(Keys));
                    break;
                case 13 or 18:
                    BlockScalar(at);
                    break;
                case 14 or 19:
                    Reshape(at);
                    break;
                default:
                    switch (random.Next(6))
                    {
                        case 0:
                            _crlf = !_crlf;
                            break;
                        case 1:
                            _prefix = "\ufeff";
                            break;
                        case 2:
                            lines.Add("");
                            break;
                        case 3:
                            lines[at] = line + "\r";
                            break;
                        case 4:
                            lines[at] = Insert(line, Pick(["\u2028", "\u0085", "\0", "\r", "\ud800", "\u0001"]));
                            break;
                        default:
                            lines[at] = Insert(line, Pick(["\u3000", "\u200b", "😀", "\ufeff", "\u000b", "\u000c"]));
                            break;
                    }

                    break;
            }
        }

        private T Pick<T>(T[] choices) => choices[random.Next(choices.Length)];

        private string Insert(string text, string inserted)
        {
            var at = random.Next(text.Length + 1);
            return text[..at] + inserted + text[at..];
        }

        private static string Indentation(string line) => line[..(line.Length - line.TrimStart(' ').Length)];

        // Where the value of "key: value" or "- value" starts, or -1.
        private static int ValueStart(string line)
        {
            var content = line.TrimStart(' ');
            var start = line.Length - content.Length;
            if (content.StartsWith("- ", StringComparison.Ordinal))
            {
                content = content[2..];
                start += 2;
            }

            var colon = content.IndexOf(": ", StringComparison.Ordinal);
            return colon >= 0 ? start + colon + 2 : content.EndsWith(':') ? -1 : start;
        }

        private static string? ValueOf(string line) => ValueStart(line) is var start and >= 0 ? line[start..] : null;

        private void ReplaceValue(int at, string value)
        {
            var start = ValueStart(lines[at]);
            lines[at] = start >= 0 ? lines[at][..start] + value : lines[at] + " " + value;
        }

        private void ReplaceKey(int at, string key)
        {
            var line = lines[at];
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                return;
            }

            var content = line.TrimStart(' ');
            var start = line.Length - content.Length + (content.StartsWith("- ", StringComparison.Ordinal) ? 2 : 0);
            lines[at] = start <= colon ? line[..start] + key + line[colon..] : line;
        }

        // A value becomes a block scalar, its lines indented anyhow, with empty, comment-like and blank lines.
        private void BlockScalar(int at)
        {
            ReplaceValue(at, Pick(["|", "|-", ">", ">-", "|+", ">2", "| # c", "|\t", ">-  #c"]));
            var indentation = Indentation(lines[at]) + new string(' ', random.Next(0, 4));
            var text = new List<string>();
            for (var count = random.Next(0, 5); count > 0; count--)
            {
                text.Add(random.Next(8) switch
                {
                    0 => "",
                    1 => indentation + "  more indented",
                    2 => indentation + "# not a comment",
                    3 => indentation + "trailing  ",
                    4 => indentation[..Math.Max(0, indentation.Length - 1)] + "less",
                    5 => random.Next(2) == 0 ? "  \t" : indentation + " ",
                    _ => indentation + Pick(Values),
                });
            }

            lines.InsertRange(at + 1, text);
        }

        // A sequence written another way: "- key: x" as a dash alone and the mapping under it, or a flow
        // sequence as a block sequence at the key's indentation or deeper.
        private void Reshape(int at)
        {
            var line = lines[at];
            var content = line.TrimStart(' ');
            var indentation = Indentation(line);
            if (content.StartsWith("- ", StringComparison.Ordinal) && content.Contains(": ", StringComparison.Ordinal))
            {
                lines[at] = indentation + "-";
                lines.Insert(at + 1, indentation + "  " + content[2..]);
            }
            else if (ValueOf(line) is { } value && value.StartsWith('[') && value.EndsWith(']'))
            {
                var items = value[1..^1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var under = indentation + new string(' ', random.Next(0, 4));
                lines[at] = line[..ValueStart(line)].TrimEnd();
                lines.InsertRange(at + 1, items.Select(item => under + "- " + item));
            }
            else
            {
                lines[at] = indentation + "- " + content;
            }
        }
    }

    /// <summary>Random documents of the shapes content files take, and some they do not.</summary>
    private static class Generate
    {
        public static List<string> Document(Random random)
        {
            var lines = new List<string>();
            Mapping(random, lines, "", depth: 0);
            return lines;
        }

        private static void Mapping(Random random, List<string> lines, string indentation, int depth, string? firstLinePrefix = null)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            for (var count = random.Next(1, 5); count > 0; count--)
            {
                // The first eight keys are plain words.
                var key = Keys[random.Next(8)] + (random.Next(3) == 0 ? random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
                if (!keys.Add(key) && random.Next(4) != 0)
                {
                    continue;
                }

                var prefix = firstLinePrefix ?? indentation;
                firstLinePrefix = null;
                Value(random, lines, prefix + key + ":", indentation, depth, inSequence: false);
                if (random.Next(6) == 0)
                {
                    lines.Add(new string(' ', random.Next(0, 6)) + "# a comment");
                }
            }
        }

        // Writes "head" followed by a value: inline on the same line, or a block under it.
        private static void Value(Random random, List<string> lines, string head, string indentation, int depth, bool inSequence)
        {
            var nested = depth < 3 ? random.Next(10) : 9;
            var step = new string(' ', random.Next(1, 5));
            switch (nested)
            {
                case 0 or 1:
                    lines.Add(head + Comment(random));
                    Mapping(random, lines, indentation + step, depth + 1);
                    break;
                case 2 or 3:
                    lines.Add(head + Comment(random));
                    Sequence(random, lines, !inSequence && random.Next(3) == 0 ? indentation : indentation + step, depth + 1);
                    break;
                case 4:
                    lines.Add(head + " " + (random.Next(2) == 0 ? "|" : ">-") + Comment(random));
                    lines.Add(indentation + step + Values[random.Next(9)]);
                    for (var count = random.Next(0, 3); count > 0; count--)
                    {
                        lines.Add(random.Next(4) == 0 ? "" : indentation + step + Values[random.Next(9)]);
                    }

                    break;
                case 5:
                    lines.Add(head + Comment(random));
                    break;
                default:
                    lines.Add(head + " " + Values[random.Next(4) == 0 ? random.Next(Values.Length) : random.Next(9)] + Comment(random));
                    break;
            }
        }

        private static void Sequence(Random random, List<string> lines, string indentation, int depth)
        {
            for (var count = random.Next(1, 4); count > 0; count--)
            {
                var dash = indentation + "-" + new string(' ', random.Next(1, 4));
                switch (random.Next(4))
                {
                    case 0:
                        // "- key: x" with the next keys under the first.
                        Mapping(random, lines, new string(' ', dash.Length), depth + 1, firstLinePrefix: dash);
                        break;
                    case 1:
                        lines.Add(indentation + "-" + Comment(random));
                        Mapping(random, lines, indentation + new string(' ', random.Next(1, 5)), depth + 1);
                        break;
                    default:
                        Value(random, lines, dash.TrimEnd(), indentation, depth, inSequence: true);
                        break;
                }
            }
        }

        private static string Comment(Random random) => random.Next(5) == 0 ? Comments[random.Next(Comments.Length)] : "";
    }
}
