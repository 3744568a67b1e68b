using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>Writes text as a YAML scalar: plain when YAML reads it back unchanged, double-quoted otherwise.</summary>
internal static partial class YamlText
{
    /// <summary>A scalar for a block value (<c>name: …</c>, <c>- …</c>).</summary>
    public static string Scalar(string text) => IsPlain(text, inFlow: false) ? text : Quoted(text);

    /// <summary>A scalar inside a flow list (<c>[…]</c>), where commas and brackets also need quotes.</summary>
    public static string FlowScalar(string text) => IsPlain(text, inFlow: true) ? text : Quoted(text);

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
