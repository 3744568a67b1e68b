using System.Globalization;
using System.Text;
using Archive.Core.Content.Yaml;

namespace Archive.Core.Tests.Content.Yaml;

/// <summary>
/// A tree of parsed YAML as one line of text, so that two trees compare as strings and a difference shows:
/// <c>{title: 'A letter', countries: [UG, ~]}</c>, with <c>@line</c> after every node when lines are asked for.
/// </summary>
internal static class YamlTree
{
    public static string Of(YamlValue? value, bool lines = true)
    {
        var text = new StringBuilder();
        Write(value, lines, text);
        return text.ToString();
    }

    /// <summary>A text as a C# literal would show it, for failure messages: tabs, line breaks and other controls escaped.</summary>
    public static string Escaped(string text)
    {
        var escaped = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]);
            escaped.Append(c switch
            {
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                '\\' => "\\\\",
                _ when char.IsControl(c) || (char.IsSurrogate(c) && !paired) || c is '\u00a0' or '\u2028' or '\u2029' or '\ufeff' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static string Quoted(string text) => "'" + Escaped(text).Replace("'", "''", StringComparison.Ordinal) + "'";

    private static void Write(YamlValue? value, bool lines, StringBuilder text)
    {
        switch (value)
        {
            case null:
                text.Append("<none>");
                return;
            case YamlScalar scalar:
                text.Append(scalar.Value is null ? "~" : Quoted(scalar.Value));
                break;
            case YamlList list:
                text.Append('[');
                for (var i = 0; i < list.Items.Count; i++)
                {
                    text.Append(i > 0 ? ", " : "");
                    Write(list.Items[i], lines, text);
                }

                text.Append(']');
                break;
            case YamlMap map:
                text.Append('{');
                for (var i = 0; i < map.Entries.Count; i++)
                {
                    var (key, item) = map.Entries[i];
                    text.Append(i > 0 ? ", " : "");
                    text.Append(key.Value is { } word && word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? word : Quoted(key.Value ?? ""));
                    text.Append(lines ? $"@{key.Line.ToString(CultureInfo.InvariantCulture)}" : "").Append(": ");
                    Write(item, lines, text);
                }

                text.Append('}');
                break;
        }

        if (lines)
        {
            text.Append('@').Append(value.Line.ToString(CultureInfo.InvariantCulture));
        }
    }
}
