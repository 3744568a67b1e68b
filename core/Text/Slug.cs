using System.Collections.Frozen;
using System.Text;

namespace Archive.Core.Text;

/// <summary>
/// Ids made from names and titles, by the rule editors see in <c>content/</c> (issue 15: the importer and the
/// generated corpus once had a rule each). An id is lower-case ASCII letters and digits joined by single hyphens,
/// as <see cref="Content.LoadContent.IsValidId"/> requires: accents go ("Société" → "societe"), an apostrophe
/// joins ("Women's" → "womens"), "&amp;" is "and", anything else separates words.
/// </summary>
public static class Slug
{
    /// <summary>The longest id made from an organization's name.</summary>
    public const int OrganizationIdLength = 80;

    /// <summary>The longest part of a letter's id made from its title (the date comes before it).</summary>
    public const int LetterTitleLength = 45;

    /// <summary>
    /// The slug of <paramref name="text"/>, at most <paramref name="maxLength"/> characters, cut at a word boundary
    /// and without small words left dangling at the end ("…-to-the"); empty when the text has no ASCII letter or digit.
    /// </summary>
    public static string From(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var unaccented = Accents.Remove(text.Replace("&", " and ", StringComparison.Ordinal));
        var builder = new StringBuilder(unaccented.Length);
        foreach (var c in unaccented)
        {
            if (c is '\'' or '’')
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

    private static readonly FrozenSet<string> DanglingWords = new[]
    {
        "a", "an", "and", "the", "of", "to", "for", "in", "on", "at", "by", "with", "or",
        "de", "la", "le", "les", "des", "du", "et", "pour", "y", "el", "los", "las", "del", "para",
    }.ToFrozenSet(StringComparer.Ordinal);
}
