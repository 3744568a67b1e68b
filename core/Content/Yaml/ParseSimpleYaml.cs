using System.Buffers;
using System.Globalization;
using System.Text;

namespace Archive.Core.Content.Yaml;

/// <summary>
/// A fast parser for the plain YAML that content files are written in: block mappings and sequences, flow
/// sequences of scalars, and plain, single- and double-quoted one-line scalars. It gives up (returns null) at
/// anything else — block scalars, multi-line plain text, anchors, tags, flow mappings, tabs, duplicate keys,
/// and every error — so that <see cref="ParseYaml"/> can hand the text to the full YAML parser, which reads
/// all of YAML and explains errors. Both give the same tree for what this one accepts (a test compares them).
/// It exists because the full parser takes most of a 10,000-letter build.
/// </summary>
internal sealed class ParseSimpleYaml
{
    // Built once: a collection expression in a call would allocate its array on every flow sequence item.
    private static readonly SearchValues<char> FlowItemEnd = SearchValues.Create(",]");
    private static readonly SearchValues<char> FlowPlainRefused = SearchValues.Create("[{}\"'");

    // Keys repeat on every line of every file (name, country, as…): each is made a string once per thread.
    // Bounded, in case a folder's keys never repeat.
    private const int MaxKeptKeys = 1024;

    [ThreadStatic]
    private static Dictionary<string, string>? _keys;

    private readonly List<Line> _lines;
    private int _next;

    private ParseSimpleYaml(List<Line> lines) => _lines = lines;

    /// <summary>The root mapping, or null when the text is outside the simple subset (or not YAML at all).</summary>
    public static YamlMap? Root(string text)
    {
        var lines = SplitLines(text);
        if (lines is null || lines.Count == 0 || lines[0].Indent != 0)
        {
            return null;
        }

        var parser = new ParseSimpleYaml(lines);
        var root = parser.Mapping(0);
        return root is not null && parser._next == lines.Count ? root : null;
    }

    // A line's content is a slice of the text: only keys and values become strings.
    private readonly record struct Line(int Number, int Indent, ReadOnlyMemory<char> Content);

    // Meaningful lines only: blank and comment-only lines carry nothing. A tab in the indentation, a document
    // marker or a directive is left to the full parser.
    private static List<Line>? SplitLines(string text)
    {
        var lines = new List<Line>(text.Length / 24);
        var number = 0;
        for (var start = 0; start <= text.Length; number++)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var line = text.AsMemory(start, end - start).TrimEnd(" \r\t");
            start = end + 1;
            var indent = 0;
            var span = line.Span;
            while (indent < span.Length && span[indent] == ' ')
            {
                indent++;
            }

            if (indent == span.Length || span[indent] == '#')
            {
                continue;
            }

            var content = span[indent..];
            if (content[0] is '\t' or '%' || content.StartsWith("---") || content.StartsWith("..."))
            {
                return null;
            }

            lines.Add(new Line(number + 1, indent, line[indent..]));
        }

        return lines;
    }

    private Line? Peek => _next < _lines.Count ? _lines[_next] : null;

    private YamlMap? Mapping(int indent)
    {
        var entries = new List<(YamlScalar Key, YamlValue Value)>();
        var firstLine = Peek?.Number ?? 0;
        while (Peek is { } line && line.Indent == indent && !IsSequenceItem(line.Content.Span))
        {
            _next++;
            var colon = KeyEnd(line.Content.Span);
            if (colon < 0)
            {
                return null;
            }

            var key = Key(line.Content.Span[..colon]);
            foreach (var entry in entries)
            {
                if (entry.Key.Value == key)
                {
                    // A duplicate key is an error: the full parser reports it.
                    return null;
                }
            }

            var rest = line.Content[(colon + 1)..].Trim(' ');
            var value = rest.Length == 0 || rest.Span[0] == '#' ? NestedBlock(indent, line.Number, allowSameIndentSequence: true) : Inline(rest.Span, line.Number, indent);
            if (value is null)
            {
                return null;
            }

            entries.Add((new YamlScalar(key, line.Number), value));
        }

        if (Peek is { } after && after.Indent > indent)
        {
            return null;
        }

        return entries.Count == 0 ? null : new YamlMap(entries, firstLine);
    }

    private YamlList? Sequence(int indent)
    {
        var items = new List<YamlValue>();
        var firstLine = Peek?.Number ?? 0;
        while (Peek is { } line && line.Indent == indent && IsSequenceItem(line.Content.Span))
        {
            var afterDash = line.Content.Length == 1 ? ReadOnlyMemory<char>.Empty : line.Content[2..];
            var item = afterDash.TrimStart(' ');
            var spaces = afterDash.Length - item.Length;
            YamlValue? value;
            if (item.Length == 0 || item.Span[0] == '#')
            {
                _next++;
                value = NestedBlock(indent, line.Number, allowSameIndentSequence: false);
            }
            else if (KeyEnd(item.Span) > 0)
            {
                // "- name: x" opens a mapping whose keys line up under "name".
                _lines[_next] = new Line(line.Number, indent + 2 + spaces, item);
                value = Mapping(indent + 2 + spaces);
            }
            else if (IsSequenceItem(item.Span))
            {
                return null;
            }
            else
            {
                _next++;
                value = Inline(item.Span, line.Number, indent);
            }

            if (value is null)
            {
                return null;
            }

            items.Add(value);
        }

        if (Peek is { } after && after.Indent > indent)
        {
            return null;
        }

        return new YamlList(items, firstLine);
    }

    // The value of "key:" with nothing after it: a block on the following, deeper lines, or null.
    // A sequence may also sit at the key's own indentation ("key:\n- a").
    private YamlValue? NestedBlock(int parentIndent, int lineNumber, bool allowSameIndentSequence)
    {
        if (Peek is not { } next || next.Indent < parentIndent || (next.Indent == parentIndent && !(allowSameIndentSequence && IsSequenceItem(next.Content.Span))))
        {
            return new YamlScalar(null, lineNumber);
        }

        return IsSequenceItem(next.Content.Span) ? Sequence(next.Indent) : Mapping(next.Indent);
    }

    // A value written on the same line as its key or dash.
    private YamlValue? Inline(ReadOnlySpan<char> text, int lineNumber, int indent)
    {
        // A deeper line after a one-line value would continue it (multi-line plain text) or be an error.
        if (Peek is { } next && next.Indent > indent)
        {
            return null;
        }

        return text[0] switch
        {
            '[' => FlowSequence(text, lineNumber),
            '"' or '\'' => QuotedAlone(text, lineNumber),
            _ => Plain(text, out var plain) ? new YamlScalar(NullIfNull(plain), lineNumber) : null,
        };
    }

    private static YamlList? FlowSequence(ReadOnlySpan<char> text, int lineNumber)
    {
        var items = new List<YamlValue>();
        var position = 1;
        while (true)
        {
            position = SkipSpaces(text, position);
            if (position >= text.Length)
            {
                return null;
            }

            if (text[position] == ']')
            {
                return items.Count == 0 && Trailer(text, position + 1) ? new YamlList(items, lineNumber) : null;
            }

            string? value;
            if (text[position] is '"' or '\'')
            {
                value = Quoted(text, ref position);
                if (value is null)
                {
                    return null;
                }

                items.Add(new YamlScalar(value, lineNumber));
            }
            else
            {
                var end = text[position..].IndexOfAny(FlowItemEnd);
                if (end < 0)
                {
                    return null;
                }

                end += position;
                if (!Plain(text[position..end], out var plain) || plain.Length == 0 || plain.ContainsAny(FlowPlainRefused))
                {
                    return null;
                }

                items.Add(new YamlScalar(NullIfNull(plain), lineNumber));
                position = end;
            }

            position = SkipSpaces(text, position);
            if (position >= text.Length)
            {
                return null;
            }

            if (text[position] == ']')
            {
                return Trailer(text, position + 1) ? new YamlList(items, lineNumber) : null;
            }

            if (text[position] != ',')
            {
                return null;
            }

            position++;
        }
    }

    private static YamlScalar? QuotedAlone(ReadOnlySpan<char> text, int lineNumber)
    {
        var position = 0;
        var value = Quoted(text, ref position);
        return value is not null && Trailer(text, position) ? new YamlScalar(value, lineNumber) : null;
    }

    // A quoted scalar starting at text[position]; position ends after the closing quote.
    private static string? Quoted(ReadOnlySpan<char> text, ref int position)
    {
        var quote = text[position++];
        // Most quoted values have no escape and no doubled quote: take them as one substring.
        var close = IndexOf(text, quote, position);
        var escape = quote == '"' ? IndexOf(text, '\\', position) : -1;
        if (close >= 0 && (escape < 0 || escape > close) && (quote == '"' || close + 1 == text.Length || text[close + 1] != '\''))
        {
            var simple = text[position..close].ToString();
            position = close + 1;
            return simple;
        }

        var value = new StringBuilder();
        while (position < text.Length)
        {
            var c = text[position++];
            if (quote == '\'' && c == '\'')
            {
                if (position < text.Length && text[position] == '\'')
                {
                    value.Append('\'');
                    position++;
                    continue;
                }

                return value.ToString();
            }

            if (quote == '"' && c == '"')
            {
                return value.ToString();
            }

            if (quote == '"' && c == '\\')
            {
                if (position >= text.Length || Escape(text, ref position, value) is false)
                {
                    return null;
                }

                continue;
            }

            value.Append(c);
        }

        return null;
    }

    private static bool Escape(ReadOnlySpan<char> text, ref int position, StringBuilder value)
    {
        var c = text[position++];
        var simple = c switch
        {
            '\\' => "\\",
            '"' => "\"",
            '/' => "/",
            ' ' => " ",
            'n' => "\n",
            't' => "\t",
            'r' => "\r",
            '0' => "\0",
            'a' => "\a",
            'b' => "\b",
            'e' => "\u001b",
            'f' => "\f",
            'v' => "\v",
            'N' => "\u0085",
            '_' => "\u00a0",
            'L' => "\u2028",
            'P' => "\u2029",
            _ => null,
        };
        if (simple is not null)
        {
            value.Append(simple);
            return true;
        }

        var digits = c switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        if (digits == 0 || position + digits > text.Length
            || !int.TryParse(text.Slice(position, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        value.Append(char.ConvertFromUtf32(code));
        position += digits;
        return true;
    }

    // A plain scalar: the text up to a comment; false when YAML would read it as something else.
    private static bool Plain(ReadOnlySpan<char> text, out ReadOnlySpan<char> value)
    {
        var comment = text.IndexOf(" #", StringComparison.Ordinal);
        value = (comment >= 0 ? text[..comment] : text).Trim(' ');
        if (value.Length > 0 && ("&*!|>%@`{}[],#?:\"'".Contains(value[0], StringComparison.Ordinal) || (value[0] == '-' && value.Length > 1 && value[1] == ' ')))
        {
            return false;
        }

        return !(value.Contains(": ", StringComparison.Ordinal) || value.EndsWith(':'));
    }

    private static string? NullIfNull(ReadOnlySpan<char> plain) =>
        plain is "" or "~" or "null" or "Null" or "NULL" ? null : plain.ToString();

    // The key as a string, the same instance for the same key on this thread.
    private static string Key(ReadOnlySpan<char> key)
    {
        var keys = _keys ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(key, out var known))
        {
            return known;
        }

        var made = key.ToString();
        if (keys.Count < MaxKeptKeys)
        {
            keys[made] = made;
        }

        return made;
    }

    private static int IndexOf(ReadOnlySpan<char> text, char c, int from) => text[from..].IndexOf(c) is var i and >= 0 ? i + from : -1;

    // Only spaces or a comment may follow a closed value.
    private static bool Trailer(ReadOnlySpan<char> text, int position)
    {
        position = SkipSpaces(text, position);
        return position == text.Length || (text[position] == '#' && position > 0 && text[position - 1] == ' ');
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }

        return position;
    }

    private static bool IsSequenceItem(ReadOnlySpan<char> content) => content is "-" || content.StartsWith("- ", StringComparison.Ordinal);

    // Keys are simple words (title, date_note, site-name); the colon must end the line or be followed by a space.
    private static int KeyEnd(ReadOnlySpan<char> content)
    {
        var i = 0;
        while (i < content.Length && (char.IsAsciiLetterOrDigit(content[i]) || content[i] is '_' or '-'))
        {
            i++;
        }

        var endsKey = i < content.Length && content[i] == ':' && (i + 1 == content.Length || content[i + 1] == ' ');
        return i > 0 && endsKey && char.IsAsciiLetter(content[0]) ? i : -1;
    }
}
