using System.Globalization;
using System.Text;

namespace Archive.Core.Text;

/// <summary>
/// The one accent fold (issue 15). Every key that ignores accents drops them here: the A–Z order of names
/// (<see cref="Content.NameComparer"/>), the lookup keys of country and organization names, the API's organization
/// search and the ids made from names and titles (<see cref="Slug"/>). What each key does besides (case,
/// punctuation, articles) is its own rule, and says why next to it. The search index is the one exception: Lucene's
/// ASCIIFoldingFilter folds there, because the index and its query parser must agree with each other.
/// </summary>
public static class Accents
{
    // Letters that Unicode does not decompose into a base letter and a mark, written as a reader without them would
    // write them (as Lucene's ASCIIFoldingFilter does in the search index): "Nødhjælp" is "Nodhjaelp", "Łódź" is
    // "Lodz", "Straße" is "Strasse". Without them, a Danish or Norwegian name never met its spelling without the
    // letter, and an id made from it lost the letter ("n-dhj-lp").
    private static readonly Dictionary<char, string> Undecomposed = new()
    {
        ['ø'] = "o",
        ['Ø'] = "O",
        ['æ'] = "ae",
        ['Æ'] = "AE",
        ['œ'] = "oe",
        ['Œ'] = "OE",
        ['ß'] = "ss",
        ['ł'] = "l",
        ['Ł'] = "L",
        ['đ'] = "d",
        ['Đ'] = "D",
        ['ð'] = "d",
        ['Ð'] = "D",
        ['þ'] = "th",
        ['Þ'] = "TH",
        ['ı'] = "i",
        ['ħ'] = "h",
        ['Ħ'] = "H",
    };

    private static readonly System.Buffers.SearchValues<char> UndecomposedLetters = System.Buffers.SearchValues.Create([.. Undecomposed.Keys]);

    /// <summary>
    /// The text in Unicode canonical decomposition (NFD) without its combining marks, and the letters Unicode does
    /// not decompose written without their stroke or ligature: "Société" → "Societe", "Łódź" → "Lodz", "Nødhjælp" →
    /// "Nodhjaelp". Case, spacing and punctuation are left as they are, and the result is not recomposed: it is a key
    /// to compare, not text to show.
    /// </summary>
    public static string Remove(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = WithoutUndecomposed(text).Normalize(NormalizationForm.FormD);
        var marks = 0;
        foreach (var c in decomposed)
        {
            marks += IsMark(c) ? 1 : 0;
        }

        // Most names have no accent: they come back as they are, without a copy.
        return marks == 0
            ? decomposed
            : string.Create(decomposed.Length - marks, decomposed, static (folded, source) =>
            {
                var length = 0;
                foreach (var c in source)
                {
                    if (!IsMark(c))
                    {
                        folded[length++] = c;
                    }
                }
            });
    }

    private static string WithoutUndecomposed(string text)
    {
        if (text.AsSpan().IndexOfAny(UndecomposedLetters) < 0)
        {
            return text;
        }

        var written = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (Undecomposed.TryGetValue(c, out var plain))
            {
                written.Append(plain);
            }
            else
            {
                written.Append(c);
            }
        }

        return written.ToString();
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
