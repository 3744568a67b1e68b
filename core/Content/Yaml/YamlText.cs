using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Core.Content.Yaml;

/// <summary>
/// Writes content-file YAML: the one writer for the importer's letters and organizations and for the generated
/// corpus (issue 15). A scalar is plain when YAML reads it back unchanged and double-quoted otherwise, so hostile
/// text ("null", "yes", "2009-07-20", "#1", "- dash", "a: b") reads back exactly, by YamlDotNet and by the fast reader.
/// </summary>
public static partial class YamlText
{
    /// <summary>A scalar for a block value (<c>name: …</c>, <c>- …</c>).</summary>
    public static string Scalar(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsPlain(text, inFlow: false) ? text : Quoted(text);
    }

    /// <summary>A scalar inside a flow list (<c>[…]</c>), where commas and brackets also need quotes.</summary>
    public static string FlowScalar(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsPlain(text, inFlow: true) ? text : Quoted(text);
    }

    /// <summary>
    /// Appends <c>key: value</c> and a line break, the value a <see cref="Scalar"/>. The key is written as given,
    /// with its indentation and list dash if it has them (<c>"  - name"</c>).
    /// </summary>
    public static StringBuilder AppendField(this StringBuilder yaml, string key, string value)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return yaml.Append(key).Append(": ").Append(Scalar(value)).Append('\n');
    }

    /// <summary>Appends <c>key:</c> and one <c>  - item</c> line per item, each a <see cref="Scalar"/>; nothing when there are none.</summary>
    public static StringBuilder AppendList(this StringBuilder yaml, string key, IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count > 0)
        {
            yaml.Append(key).Append(":\n");
            foreach (var item in items)
            {
                yaml.Append("  - ").Append(Scalar(item)).Append('\n');
            }
        }

        return yaml;
    }

    /// <summary>Appends <c>key: [a, b]</c>, each item a <see cref="FlowScalar"/>; nothing when there are none.</summary>
    public static StringBuilder AppendFlowList(this StringBuilder yaml, string key, IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(items);
        return items.Count == 0 ? yaml : yaml.Append(key).Append(": [").AppendJoin(", ", items.Select(FlowScalar)).Append("]\n");
    }

    private static bool IsPlain(string text, bool inFlow) =>
        text.Length > 0
        && text == text.Trim()
        && PlainSafe().IsMatch(text)
        && !text.Contains(": ", StringComparison.Ordinal)
        && !text.Contains(" #", StringComparison.Ordinal)
        && !text.EndsWith(':')
        && !(inFlow && text.IndexOfAny([',', '[', ']', '{', '}']) >= 0)
        && !Reserved().IsMatch(text);

    private static string Quoted(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    // Starts with a letter, digit or "(" and holds no character that YAML could read as syntax or escape.
    [GeneratedRegex(@"^[\p{L}\p{N}(][^\p{C}""'`|>{}\[\]&*!%@\\]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainSafe();

    // Words and numbers YAML would read as another type: booleans, null, numbers, dates.
    [GeneratedRegex(@"^(?:y|yes|n|no|true|false|on|off|null|~|[-+]?[\d._]+(?:e[-+]?\d+)?|\d{4}-\d{2}(?:-\d{2})?.*|0x[\da-f]+|0o[0-7]+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Reserved();
}
