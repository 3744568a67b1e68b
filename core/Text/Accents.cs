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
    /// <summary>
    /// The text in Unicode canonical decomposition (NFD) without its combining marks: "Société" → "Societe",
    /// "Łódź" → "Łodz" (Ł has no decomposition). Case, spacing and punctuation are left as they are, and the result is
    /// not recomposed: it is a key to compare, not text to show.
    /// </summary>
    public static string Remove(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
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

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
