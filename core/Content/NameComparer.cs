using Archive.Core.Text;

namespace Archive.Core.Content;

/// <summary>
/// A–Z order for names as readers expect it: accents and case do not move a name ("Réseau" sorts with "Reseau",
/// "État" with the E's). Ties fall back to ordinal order, so the order is total and the same on every machine.
/// </summary>
public sealed class NameComparer : IComparer<string>
{
    /// <summary>The one instance.</summary>
    public static NameComparer Instance { get; } = new();

    private NameComparer()
    {
    }

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byKey = string.CompareOrdinal(FoldedKey(x), FoldedKey(y));
        return byKey != 0 ? byKey : string.CompareOrdinal(x, y);
    }

    /// <summary>
    /// Items A–Z by a name, in this comparer's order, with each name folded once rather than on every comparison
    /// (which is what makes sorting thousands of names by <see cref="Instance"/> slow).
    /// </summary>
    public static IOrderedEnumerable<T> OrderByName<T>(IEnumerable<T> items, Func<T, string> name) =>
        items.OrderBy(item => FoldedKey(name(item)), StringComparer.Ordinal).ThenBy(name, StringComparer.Ordinal);

    /// <summary>The name in lower case without accents: the key names are sorted and grouped (A, B, …) by.</summary>
    public static string FoldedKey(string name)
    {
        // Punctuation and spacing stay: the key orders names as printed, it does not decide whether two are one.
        var unaccented = Accents.Remove(name);
        return string.Create(unaccented.Length, unaccented, static (key, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                key[i] = char.ToLowerInvariant(source[i]);
            }
        });
    }
}
