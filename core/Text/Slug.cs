using System.Collections.Frozen;
using System.Text;

namespace Archive.Core.Text;

/// <summary>
/// Ids made from names and titles, by the rule editors see in <c>content/</c> (issue 15: the importer and the
/// generated corpus once had a rule each). An id is lower-case ASCII letters and digits joined by single hyphens,
/// as <see cref="Content.LoadContent.IsValidId"/> requires: accents go ("Société" → "societe"), an apostrophe
/// joins ("Women's" → "womens"), "&amp;" is "and", Cyrillic letters are written in Latin ones ("Адилет" → "adilet"),
/// anything else separates words.
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
        var unaccented = Accents.Remove(InLatinLetters(text.Replace("&", " and ", StringComparison.Ordinal)));
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

    // "Общественный фонд «Адилет»" → "Obshchestvennyy fond «Adilet»": a name printed in Cyrillic letters, written in Latin
    // ones as the usual romanization of Russian (BGN/PCGN, without its marks) writes them, with the letters of Ukrainian,
    // Belarusian, Kazakh and Kyrgyz; an id of Latin letters is one a reader can type, and says which organization it is.
    private static string InLatinLetters(string text)
    {
        if (!text.Any(c => c is >= '\u0400' and <= '\u04FF'))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(Cyrillic.TryGetValue(char.ToLowerInvariant(c), out var latin) ? latin : c.ToString());
        }

        return builder.ToString();
    }

    private static readonly FrozenDictionary<char, string> Cyrillic = new (char Letter, string Latin)[]
    {
        ('а', "a"), ('б', "b"), ('в', "v"), ('г', "g"), ('д', "d"), ('е', "e"), ('ё', "e"), ('ж', "zh"),
        ('з', "z"), ('и', "i"), ('й', "y"), ('к', "k"), ('л', "l"), ('м', "m"), ('н', "n"), ('о', "o"),
        ('п', "p"), ('р', "r"), ('с', "s"), ('т', "t"), ('у', "u"), ('ф', "f"), ('х', "kh"), ('ц', "ts"),
        ('ч', "ch"), ('ш', "sh"), ('щ', "shch"), ('ъ', ""), ('ы', "y"), ('ь', ""), ('э', "e"), ('ю', "yu"),
        ('я', "ya"), ('є', "ye"), ('і', "i"), ('ї', "yi"), ('ґ', "g"), ('ў', "u"), ('ә', "a"), ('ғ', "g"),
        ('қ', "k"), ('ң', "n"), ('ө', "o"), ('ұ', "u"), ('ү', "u"), ('һ', "h"),
    }.ToFrozenDictionary(pair => pair.Letter, pair => pair.Latin);

    private static readonly FrozenSet<string> DanglingWords = new[]
    {
        "a", "an", "and", "the", "of", "to", "for", "in", "on", "at", "by", "with", "or",
        "de", "la", "le", "les", "des", "du", "et", "pour", "y", "el", "los", "las", "del", "para",
    }.ToFrozenSet(StringComparer.Ordinal);
}
