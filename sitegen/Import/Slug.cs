using System.Globalization;
using System.Text;

namespace Archive.SiteGen.Import;

/// <summary>Ids made from names: lower-case ASCII letters and digits joined by single hyphens, cut at a word boundary.</summary>
internal static class Slug
{
    public static string From(string text, int maxLength)
    {
        var decomposed = text.Replace("&", " and ", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var words = builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries);
        var slug = new StringBuilder();
        foreach (var word in words)
        {
            if (slug.Length > 0 && slug.Length + 1 + word.Length > maxLength)
            {
                break;
            }

            slug.Append(slug.Length > 0 ? "-" : "").Append(word);
        }

        var result = slug.Length > maxLength ? slug.ToString()[..maxLength].TrimEnd('-') : slug.ToString();
        // A cut title should not end on "…-to-the": drop the small words left dangling at the end.
        var parts = result.Split('-').ToList();
        while (parts.Count > 1 && DanglingWords.Contains(parts[^1]))
        {
            parts.RemoveAt(parts.Count - 1);
        }

        return string.Join('-', parts);
    }

    private static readonly HashSet<string> DanglingWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "the", "of", "to", "for", "in", "on", "at", "by", "with", "or",
        "de", "la", "le", "les", "des", "du", "et", "pour", "y", "el", "los", "las", "del", "para",
    };
}
