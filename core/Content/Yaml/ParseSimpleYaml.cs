using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Archive.Core.Content.Yaml;

/// <summary>
/// A fast reader for the plain YAML that content files are written in: block mappings and sequences, flow
/// sequences of scalars, plain, single- and double-quoted one-line scalars, and literal and folded block scalars
/// (<c>|</c>, <c>&gt;-</c>) of evenly indented lines. It declines anything else — anchors, tags, flow mappings,
/// multi-line plain or quoted text, tabs where YAML gives them a meaning, duplicate keys, and every error — and
/// says why, so that <see cref="ParseYaml"/> hands the text to the full YAML parser (YamlDotNet), which reads all
/// of YAML and explains errors, and the build names the files that took the slower way (issue 15).
/// What it reads, it reads exactly as the full parser does, line numbers included: ParseSimpleYamlTests and
/// ParseSimpleYamlDifferentialTests compare the two on a yaml-test-suite-style table, on every YAML text of the
/// repository and on thousands of generated variants and documents; FullYamlLoadTests loads the repository's
/// content with the reader switched off (<c>fastYaml: false</c>) and finds the same archive.
/// It saves about 10–15% of a build: without it, a 10,000-letter build's load step takes twice as long.
/// </summary>
internal sealed class ParseSimpleYaml
{
    // Why the reader declines, as the build prints it after a file's name.
    private const string LineBreak = "a line break other than a newline";
    private const string Tab = "a tab";
    private const string DocumentMarker = "a document marker or directive";
    private const string NotFields = "a text that is not a set of fields";
    private const string NotKey = "a key that is not a plain word";
    private const string DuplicateKey = "a duplicate key";
    private const string Indentation = "an indentation it does not follow";
    private const string MultiLine = "a value on more than one line";
    private const string ListInList = "a list item inside a list item";
    private const string NodeProperty = "an anchor, alias or tag";
    private const string FlowMapping = "a flow mapping";
    private const string FlowNested = "a bracket or quote inside a plain item of a flow sequence";
    private const string FlowComment = "a comment inside a flow sequence";
    private const string FlowEmptyItem = "an empty item in a flow sequence";
    private const string FlowItemEnd = "something other than ',' or ']' after an item of a flow sequence";
    private const string AfterValue = "text after a closed value";
    private const string Escape = "an escape it does not read";
    private const string Dash = "a '-' where a value should be";
    private const string ColonInValue = "a ': ' inside a value";
    private const string Indicator = "a value starting with a YAML indicator";
    private const string BlockScalar = "a block scalar";
    private const string BlockScalarKeep = "a block scalar that keeps its final empty lines (|+, >+)";
    private const string BlockScalarIndicator = "a block scalar with an indentation indicator";
    private const string BlockScalarMoreIndented = "a folded block scalar with more-indented lines";
    private const string BlockScalarSpaces = "a block scalar with an empty line of more spaces than its text";

    // Built once: a collection expression in a call would allocate its array on every use.
    private static readonly SearchValues<char> FlowItemEnds = SearchValues.Create(",]");
    private static readonly SearchValues<char> FlowPlainRefused = SearchValues.Create("[{}\"'");
    private static readonly SearchValues<char> Blanks = SearchValues.Create(" \t");

    // Where a line ends: "\n" (or "\r\n"). YAML also breaks lines at a lone "\r", NEL, LS and PS, and YamlDotNet
    // stops reading at NUL: those are left to it.
    private static readonly SearchValues<char> LineEnds = SearchValues.Create("\n\0\r\u0085\u2028\u2029");

    // Keys repeat on every line of every file (name, country, as…): each is made a string once per thread.
    // Bounded, in case a folder's keys never repeat.
    private const int MaxKeptKeys = 1024;

    private static readonly ThreadLocal<Dictionary<string, string>> Keys = new(() => new Dictionary<string, string>(StringComparer.Ordinal));

    private readonly string _text;
    private readonly List<Line> _lines;
    private int _next;
    private Declined _declined;

    private ParseSimpleYaml(string text)
    {
        _text = text;
        _lines = new List<Line>(text.Length / 24);
    }

    /// <summary>Why the reader left a text to the full parser, and the line (of the text) where it stopped.</summary>
    internal readonly record struct Declined(string Reason, int Line);

    /// <summary>The root mapping, or null, with the reason, when the text is outside the simple subset (or not YAML at all).</summary>
    public static YamlMap? Root(string text, out Declined declined)
    {
        var parser = new ParseSimpleYaml(text);
        var root = parser.Document();
        declined = root is null ? parser._declined : default;
        return root;
    }

    // A line's content is a slice of the text: only keys and values become strings.
    private readonly record struct Line(int Number, int Indent, ReadOnlyMemory<char> Content);

    private YamlMap? Document()
    {
        if (!SplitLines())
        {
            return null;
        }

        if (_lines.Count == 0 || _lines[0].Indent != 0)
        {
            return Decline<YamlMap>(NotFields, _lines.Count == 0 ? 1 : _lines[0].Number);
        }

        var root = Mapping(0);
        if (root is not null && _next < _lines.Count)
        {
            return Decline<YamlMap>(Indentation, _lines[_next].Number);
        }

        return root;
    }

    // Meaningful lines only: blank and comment-only lines carry nothing. A tab in the indentation or on a blank
    // line, a document marker or a directive is left to the full parser.
    private bool SplitLines()
    {
        var text = _text;
        var number = 0;
        for (var start = 0; start <= text.Length; number++)
        {
            var end = text.AsSpan(start).IndexOfAny(LineEnds) is var found and >= 0 ? start + found : text.Length;
            if (end < text.Length && text[end] != '\n')
            {
                if (text[end] != '\r' || end + 1 == text.Length || text[end + 1] != '\n')
                {
                    _declined = new Declined(LineBreak, number + 1);
                    return false;
                }

                end++;
            }

            var line = text.AsMemory(start, end - start).TrimEnd(" \r\t");
            var trimmed = end - start - line.Length;
            start = end + 1;
            var span = line.Span;
            var indent = 0;
            while (indent < span.Length && span[indent] == ' ')
            {
                indent++;
            }

            if (indent == span.Length)
            {
                // YamlDotNet takes a tab on a blank line after a plain value for indentation, and fails.
                if (trimmed > 0 && text.AsSpan(end - trimmed, trimmed).Contains('\t'))
                {
                    _declined = new Declined(Tab, number + 1);
                    return false;
                }

                continue;
            }

            var content = span[indent..];
            if (content[0] == '#')
            {
                continue;
            }

            if (content[0] == '\t')
            {
                _declined = new Declined(Tab, number + 1);
                return false;
            }

            if (indent == 0 && (content[0] == '%' || content.StartsWith("---") || content.StartsWith("...")))
            {
                _declined = new Declined(DocumentMarker, number + 1);
                return false;
            }

            _lines.Add(new Line(number + 1, indent, line[indent..]));
        }

        return true;
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
                return Decline<YamlMap>(NotKey, line.Number);
            }

            var key = Key(line.Content.Span[..colon]);
            foreach (var entry in entries)
            {
                if (entry.Key.Value == key)
                {
                    // A duplicate key is an error: the full parser reports it.
                    return Decline<YamlMap>(DuplicateKey, line.Number);
                }
            }

            var rest = line.Content[(colon + 1)..].TrimStart(" \t");
            var value = rest.Length == 0 || rest.Span[0] == '#' ? NestedBlock(indent, line.Number, allowSameIndentSequence: true) : Inline(rest.Span, line, indent);
            if (value is null)
            {
                return null;
            }

            entries.Add((new YamlScalar(key, line.Number), value));
        }

        if (Peek is { } after && after.Indent > indent)
        {
            return Decline<YamlMap>(Indentation, after.Number);
        }

        return entries.Count == 0 ? Decline<YamlMap>(NotFields, firstLine) : new YamlMap(entries, firstLine);
    }

    private YamlList? Sequence(int indent)
    {
        var items = new List<YamlValue>();
        var firstLine = Peek?.Number ?? 0;
        while (Peek is { } line && line.Indent == indent && IsSequenceItem(line.Content.Span))
        {
            var afterDash = line.Content[1..];
            var item = afterDash.TrimStart(" \t");
            var blanks = afterDash.Length - item.Length;
            YamlValue? value;
            if (item.Length == 0 || item.Span[0] == '#')
            {
                _next++;
                value = NestedBlock(indent, line.Number, allowSameIndentSequence: false);
            }
            else if (KeyEnd(item.Span) > 0)
            {
                // "- name: x" opens a mapping whose keys line up under "name" (a tab would make the column a guess).
                if (afterDash.Span[..blanks].Contains('\t'))
                {
                    return Decline<YamlList>(Tab, line.Number);
                }

                _lines[_next] = new Line(line.Number, indent + 1 + blanks, item);
                value = Mapping(indent + 1 + blanks);
            }
            else if (IsSequenceItem(item.Span))
            {
                return Decline<YamlList>(ListInList, line.Number);
            }
            else
            {
                _next++;
                value = Inline(item.Span, line, indent);
            }

            if (value is null)
            {
                return null;
            }

            items.Add(value);
        }

        if (Peek is { } after && after.Indent > indent)
        {
            return Decline<YamlList>(Indentation, after.Number);
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

    // A value written on the same line as its key or dash; indent is the key's or the dash's column.
    private YamlValue? Inline(ReadOnlySpan<char> text, Line line, int indent)
    {
        if (text[0] is '|' or '>')
        {
            return Block(text, line, indent);
        }

        // A deeper line after a one-line value would continue it (multi-line plain text) or be an error.
        if (Peek is { } next && next.Indent > indent)
        {
            return Decline<YamlValue>(MultiLine, next.Number);
        }

        return text[0] switch
        {
            '[' => FlowSequence(text, line.Number),
            '"' or '\'' => QuotedAlone(text, line.Number),
            _ => Plain(text, line.Number),
        };
    }

    // A literal (|) or folded (>) block scalar whose text lines all start at one column, deeper than indent,
    // clipped (one final line break) or stripped (|-, >-: none). Its lines are read from the text itself: the
    // split lines have lost their trailing spaces and their comment-like lines, which here are text.
    private YamlScalar? Block(ReadOnlySpan<char> header, Line line, int indent)
    {
        var literal = header[0] == '|';
        var strip = header.Length > 1 && header[1] == '-';
        if (header.Length > 1 && header[1] == '+')
        {
            return Decline<YamlScalar>(BlockScalarKeep, line.Number);
        }

        var afterIndicators = header[(strip ? 2 : 1)..];
        if (afterIndicators.Length > 0 && afterIndicators[0] is not (' ' or '\t'))
        {
            return Decline<YamlScalar>(char.IsAsciiDigit(afterIndicators[0]) ? BlockScalarIndicator : BlockScalar, line.Number);
        }

        var comment = afterIndicators.TrimStart(" \t");
        if (comment.Length > 0 && comment[0] != '#')
        {
            return Decline<YamlScalar>(BlockScalar, line.Number);
        }

        MemoryMarshal.TryGetString(line.Content, out _, out var headerStart, out _);
        var headerEnd = _text.IndexOf('\n', headerStart);
        var value = new StringBuilder();
        var column = -1;
        var emptyLines = 0;
        var lastTextLine = 0;
        var lastTextEndsLine = false;
        var start = headerEnd + 1;
        for (var number = line.Number + 1; headerEnd >= 0 && start <= _text.Length; number++)
        {
            var end = _text.IndexOf('\n', start);
            var endsLine = end >= 0;
            var raw = _text.AsSpan(start, (endsLine ? end : _text.Length) - start);
            raw = raw.EndsWith('\r') ? raw[..^1] : raw;
            start = endsLine ? end + 1 : _text.Length + 1;
            if (raw.IndexOfAnyExcept(Blanks) < 0)
            {
                if (raw.Contains('\t'))
                {
                    return Decline<YamlScalar>(Tab, number);
                }

                if (column < 0)
                {
                    // Empty lines before the text: YAML keeps them as line breaks, or fails on spaces too many.
                    return Decline<YamlScalar>(BlockScalar, number);
                }

                if (raw.Length > column)
                {
                    return Decline<YamlScalar>(BlockScalarSpaces, number);
                }

                emptyLines++;
                continue;
            }

            var spaces = raw.IndexOfAnyExcept(' ');
            if (column < 0)
            {
                if (spaces <= indent)
                {
                    // No text at all ("key: |" and then the next key): an empty scalar.
                    return Decline<YamlScalar>(BlockScalar, line.Number);
                }

                column = spaces;
            }

            if (spaces < column)
            {
                break;
            }

            if (raw[column] == '\t')
            {
                return Decline<YamlScalar>(Tab, number);
            }

            if (!literal && spaces > column)
            {
                return Decline<YamlScalar>(BlockScalarMoreIndented, number);
            }

            if (lastTextLine > 0)
            {
                // Literal: every line break kept. Folded: a single line break becomes a space, and of several
                // (around empty lines) the first is dropped.
                if (literal)
                {
                    value.Append('\n', emptyLines + 1);
                }
                else if (emptyLines == 0)
                {
                    value.Append(' ');
                }
                else
                {
                    value.Append('\n', emptyLines);
                }
            }

            value.Append(raw[column..]);
            emptyLines = 0;
            lastTextLine = number;
            lastTextEndsLine = endsLine;
        }

        if (lastTextLine == 0)
        {
            return Decline<YamlScalar>(BlockScalar, line.Number);
        }

        if (!strip && lastTextEndsLine)
        {
            value.Append('\n');
        }

        while (Peek is { } inside && inside.Number <= lastTextLine)
        {
            _next++;
        }

        if (Peek is { } next && next.Indent > indent)
        {
            return Decline<YamlScalar>(Indentation, next.Number);
        }

        return new YamlScalar(value.ToString(), line.Number);
    }

    private YamlList? FlowSequence(ReadOnlySpan<char> text, int lineNumber)
    {
        var items = new List<YamlValue>();
        var position = 1;
        while (true)
        {
            position = SkipBlanks(text, position);
            if (position >= text.Length)
            {
                return Decline<YamlList>(MultiLine, lineNumber);
            }

            // "[]", or a trailing comma ("[a, b, ]"), which YAML allows.
            if (text[position] == ']')
            {
                return Trailer(text, position + 1) ? new YamlList(items, lineNumber) : Decline<YamlList>(AfterValue, lineNumber);
            }

            if (text[position] is '"' or '\'')
            {
                var value = Quoted(text, ref position, lineNumber);
                if (value is null)
                {
                    return null;
                }

                items.Add(new YamlScalar(value, lineNumber));
            }
            else
            {
                var end = text[position..].IndexOfAny(FlowItemEnds);
                if (end < 0)
                {
                    return Decline<YamlList>(MultiLine, lineNumber);
                }

                var item = text.Slice(position, end).TrimEnd(" \t");
                if (FlowPlainRefusal(item) is { } reason)
                {
                    return Decline<YamlList>(reason, lineNumber);
                }

                items.Add(new YamlScalar(NullIfNull(item), lineNumber));
                position += end;
            }

            position = SkipBlanks(text, position);
            if (position >= text.Length)
            {
                return Decline<YamlList>(MultiLine, lineNumber);
            }

            if (text[position] == ']')
            {
                return Trailer(text, position + 1) ? new YamlList(items, lineNumber) : Decline<YamlList>(AfterValue, lineNumber);
            }

            if (text[position] != ',')
            {
                return Decline<YamlList>(FlowItemEnd, lineNumber);
            }

            position++;
        }
    }

    // Why a plain item of a flow sequence (trimmed, between "[" or "," and "," or "]") is not read here, or null.
    private static string? FlowPlainRefusal(ReadOnlySpan<char> item)
    {
        if (item.Length == 0)
        {
            return FlowEmptyItem;
        }

        if (CommentStart(item) >= 0 || item[0] == '#')
        {
            // The comment runs to the end of the line, over the "]": YAML finds the sequence unclosed.
            return FlowComment;
        }

        return PlainRefusal(item) ?? (item.ContainsAny(FlowPlainRefused) ? FlowNested : null);
    }

    private YamlScalar? QuotedAlone(ReadOnlySpan<char> text, int lineNumber)
    {
        var position = 0;
        var value = Quoted(text, ref position, lineNumber);
        if (value is null)
        {
            return null;
        }

        return Trailer(text, position) ? new YamlScalar(value, lineNumber) : Decline<YamlScalar>(AfterValue, lineNumber);
    }

    // A quoted scalar starting at text[position]; position ends after the closing quote.
    private string? Quoted(ReadOnlySpan<char> text, ref int position, int lineNumber)
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
                if (position >= text.Length)
                {
                    // A backslash at the end of the line continues the value on the next one.
                    return Decline<string>(MultiLine, lineNumber);
                }

                if (!Unescape(text, ref position, value))
                {
                    return Decline<string>(Escape, lineNumber);
                }

                continue;
            }

            value.Append(c);
        }

        return Decline<string>(MultiLine, lineNumber);
    }

    private static bool Unescape(ReadOnlySpan<char> text, ref int position, StringBuilder value)
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

    // A plain scalar in a block: the text up to a comment (a '#' after a space or a tab), without the blanks
    // around it; declined when YAML would read it as something else.
    private YamlScalar? Plain(ReadOnlySpan<char> text, int lineNumber)
    {
        var comment = CommentStart(text);
        var value = (comment >= 0 ? text[..comment] : text).TrimEnd(" \t");
        return PlainRefusal(value) is { } reason ? Decline<YamlScalar>(reason, lineNumber) : new YamlScalar(NullIfNull(value), lineNumber);
    }

    // Why YAML would not read this text (not empty, without a comment) as one plain scalar, or null.
    private static string? PlainRefusal(ReadOnlySpan<char> value)
    {
        switch (value[0])
        {
            case '&' or '*' or '!':
                return NodeProperty;
            case '{':
                return FlowMapping;
            case '|' or '>' or '%' or '@' or '`' or '}' or '[' or ']' or ',' or '#' or '?' or ':' or '"' or '\'':
                return Indicator;
            case '-' when value.Length == 1 || value[1] is ' ' or '\t':
                // "title: -" is a list item where the value should be: an error for YAML, never the text "-".
                return Dash;
        }

        for (var colon = value.IndexOf(':'); colon >= 0; colon = IndexOf(value, ':', colon + 1))
        {
            if (colon + 1 == value.Length || value[colon + 1] is ' ' or '\t')
            {
                return ColonInValue;
            }
        }

        return null;
    }

    // Where a comment starts: the first '#' after a space or a tab; -1 when there is none.
    private static int CommentStart(ReadOnlySpan<char> text)
    {
        for (var hash = text.IndexOf('#'); hash >= 0; hash = IndexOf(text, '#', hash + 1))
        {
            if (hash > 0 && text[hash - 1] is ' ' or '\t')
            {
                return hash;
            }
        }

        return -1;
    }

    private static string? NullIfNull(ReadOnlySpan<char> plain) =>
        plain is "" or "~" or "null" or "Null" or "NULL" ? null : plain.ToString();

    // The key as a string, the same instance for the same key on this thread.
    private static string Key(ReadOnlySpan<char> key)
    {
        var keys = Keys.Value!;
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

    // Only blanks or a comment may follow a closed value.
    private static bool Trailer(ReadOnlySpan<char> text, int position)
    {
        var after = SkipBlanks(text, position);
        return after == text.Length || (text[after] == '#' && after > position);
    }

    private static int SkipBlanks(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t')
        {
            position++;
        }

        return position;
    }

    private static bool IsSequenceItem(ReadOnlySpan<char> content) => content is "-" || (content.Length > 1 && content[0] == '-' && content[1] is ' ' or '\t');

    // Keys are simple words (title, date_note, site-name); the colon must end the line or be followed by a blank.
    private static int KeyEnd(ReadOnlySpan<char> content)
    {
        var i = 0;
        while (i < content.Length && (char.IsAsciiLetterOrDigit(content[i]) || content[i] is '_' or '-'))
        {
            i++;
        }

        var endsKey = i < content.Length && content[i] == ':' && (i + 1 == content.Length || content[i + 1] is ' ' or '\t');
        return i > 0 && endsKey && char.IsAsciiLetter(content[0]) ? i : -1;
    }

    // Stops reading: the first decline (the deepest, where the reader met what it does not read) is the one kept.
    private T? Decline<T>(string reason, int line)
        where T : class
    {
        _declined = new Declined(reason, line);
        return null;
    }
}
