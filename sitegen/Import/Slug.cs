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

        return slug.Length > maxLength ? slug.ToString()[..maxLength].TrimEnd('-') : slug.ToString();
    }
}
