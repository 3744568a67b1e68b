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

    private readonly record struct Line(int Number, int Indent, string Content);

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
            var line = text.AsSpan(start, end - start).TrimEnd(" \r\t");
            start = end + 1;
            var indent = 0;
            while (indent < line.Length && line[indent] == ' ')
            {
                indent++;
            }

            if (indent == line.Length || line[indent] == '#')
            {
                continue;
            }

            var content = line[indent..];
            if (content[0] is '\t' or '%' || content.StartsWith("---") || content.StartsWith("..."))
            {
                return null;
            }

            lines.Add(new Line(number + 1, indent, content.ToString()));
        }

        return lines;
    }

    private Line? Peek => _next < _lines.Count ? _lines[_next] : null;

    private YamlMap? Mapping(int indent)
    {
        var entries = new List<(YamlScalar Key, YamlValue Value)>();
        var firstLine = Peek?.Number ?? 0;
        while (Peek is { } line && line.Indent == indent && !IsSequenceItem(line.Content))
        {
            _next++;
            var colon = KeyEnd(line.Content);
            if (colon < 0)
            {
                return null;
            }

            var key = line.Content[..colon];
            if (entries.Exists(entry => entry.Key.Value == key))
            {
                // A duplicate key is an error: the full parser reports it.
                return null;
            }

            var rest = line.Content[(colon + 1)..].Trim(' ');
            var value = rest.Length == 0 || rest[0] == '#' ? NestedBlock(indent, line.Number, allowSameIndentSequence: true) : Inline(rest, line.Number, indent);
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
        while (Peek is { } line && line.Indent == indent && IsSequenceItem(line.Content))
        {
            var afterDash = line.Content.Length == 1 ? "" : line.Content[2..];
            var spaces = afterDash.Length - afterDash.TrimStart(' ').Length;
            var item = afterDash.TrimStart(' ');
            YamlValue? value;
            if (item.Length == 0 || item[0] == '#')
            {
                _next++;
                value = NestedBlock(indent, line.Number, allowSameIndentSequence: false);
            }
            else if (KeyEnd(item) > 0)
            {
                // "- name: x" opens a mapping whose keys line up under "name".
                _lines[_next] = new Line(line.Number, indent + 2 + spaces, item);
                value = Mapping(indent + 2 + spaces);
            }
            else if (IsSequenceItem(item))
            {
                return null;
            }
            else
            {
                _next++;
                value = Inline(item, line.Number, indent);
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
        if (Peek is not { } next || next.Indent < parentIndent || (next.Indent == parentIndent && !(allowSameIndentSequence && IsSequenceItem(next.Content))))
        {
            return new YamlScalar(null, lineNumber);
        }

        return IsSequenceItem(next.Content) ? Sequence(next.Indent) : Mapping(next.Indent);
    }

    // A value written on the same line as its key or dash.
    private YamlValue? Inline(string text, int lineNumber, int indent)
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
            _ => Plain(text) is { } plain ? new YamlScalar(NullIfNull(plain), lineNumber) : null,
        };
    }

    private static YamlList? FlowSequence(string text, int lineNumber)
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
                var end = text.AsSpan(position).IndexOfAny(FlowItemEnd);
                if (end < 0)
                {
                    return null;
                }

                end += position;
                var plain = Plain(text[position..end]);
                if (plain is null || plain.Length == 0 || plain.AsSpan().ContainsAny(FlowPlainRefused))
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

    private static YamlScalar? QuotedAlone(string text, int lineNumber)
    {
        var position = 0;
        var value = Quoted(text, ref position);
        return value is not null && Trailer(text, position) ? new YamlScalar(value, lineNumber) : null;
    }

    // A quoted scalar starting at text[position]; position ends after the closing quote.
    private static string? Quoted(string text, ref int position)
    {
        var quote = text[position++];
        // Most quoted values have no escape and no doubled quote: take them as one substring.
        var close = text.IndexOf(quote, position);
        var escape = quote == '"' ? text.IndexOf('\\', position) : -1;
        if (close >= 0 && (escape < 0 || escape > close) && (quote == '"' || close + 1 == text.Length || text[close + 1] != '\''))
        {
            var simple = text[position..close];
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

    private static bool Escape(string text, ref int position, StringBuilder value)
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
            || !int.TryParse(text.AsSpan(position, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        value.Append(char.ConvertFromUtf32(code));
        position += digits;
        return true;
    }

    // A plain scalar: the text up to a comment, or null when YAML would read it as something else.
    private static string? Plain(string text)
    {
        var comment = text.IndexOf(" #", StringComparison.Ordinal);
        var value = (comment >= 0 ? text[..comment] : text).Trim(' ');
        if (value.Length > 0 && ("&*!|>%@`{}[],#?:\"'".Contains(value[0], StringComparison.Ordinal) || (value[0] == '-' && value.Length > 1 && value[1] == ' ')))
        {
            return null;
        }

        return value.Contains(": ", StringComparison.Ordinal) || value.EndsWith(':') ? null : value;
    }

    private static string? NullIfNull(string plain) => plain is "" or "~" or "null" or "Null" or "NULL" ? null : plain;

    // Only spaces or a comment may follow a closed value.
    private static bool Trailer(string text, int position)
    {
        position = SkipSpaces(text, position);
        return position == text.Length || (text[position] == '#' && position > 0 && text[position - 1] == ' ');
    }

    private static int SkipSpaces(string text, int position)
    {
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }

        return position;
    }

    private static bool IsSequenceItem(string content) => content == "-" || content.StartsWith("- ", StringComparison.Ordinal);

    // Keys are simple words (title, date_note, site-name); the colon must end the line or be followed by a space.
    private static int KeyEnd(string content)
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
