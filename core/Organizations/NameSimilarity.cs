namespace Archive.Core.Organizations;

/// <summary>
/// How alike two organization names are, on their normalized words (<see cref="OrganizationNameForm"/>): the share of
/// words they have in common (a word matches a nearly equal word, "africa" and "african") weighed with the
/// Jaro–Winkler similarity of the whole names. Pure arithmetic; deciding what a score means is the matcher's job.
/// </summary>
public static class NameSimilarity
{
    /// <summary>Words this close (Jaro–Winkler) count as the same word: "africa"/"african", "centre"/"center".</summary>
    public const double SameWord = 0.9;

    /// <summary>The similarity of two names from 0 to 1: 0.6 × shared words (Dice) + 0.4 × Jaro–Winkler of the whole.</summary>
    public static double Score(string first, string second) =>
        Score(OrganizationNameForm.Words(first), OrganizationNameForm.Words(second));

    /// <summary>The similarity of two names already folded (<see cref="FoldedName"/>).</summary>
    internal static double Score(FoldedName first, FoldedName second) => Score(first.Words, second.Words);

    private static double Score(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = SharedWords(a, b);
        var dice = 2.0 * shared / (a.Count + b.Count);
        return (0.6 * dice) + (0.4 * JaroWinkler(string.Join(' ', a), string.Join(' ', b)));
    }

    /// <summary>The words of <paramref name="first"/> that have no counterpart in <paramref name="second"/>.</summary>
    public static IReadOnlyList<string> WordsOnlyIn(IReadOnlyList<string> first, IReadOnlyList<string> second) =>
        [.. first.Where(word => !second.Any(other => AreSameWord(word, other)))];

    /// <summary>How many words of the two lists pair up, each word used once.</summary>
    public static int SharedWords(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        var unused = second.ToList();
        var shared = 0;
        foreach (var word in first)
        {
            var index = unused.FindIndex(other => AreSameWord(word, other));
            if (index >= 0)
            {
                unused.RemoveAt(index);
                shared++;
            }
        }

        return shared;
    }

    /// <summary>Equal, or long and nearly equal.</summary>
    public static bool AreSameWord(string first, string second) =>
        first == second || (first.Length >= 5 && second.Length >= 5 && JaroWinkler(first, second) >= SameWord);

    /// <summary>The Jaro–Winkler similarity (prefix scale 0.1, up to 4 characters), from 0 to 1.</summary>
    public static double JaroWinkler(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Length == 0 || second.Length == 0)
        {
            return first.Length == second.Length ? 1 : 0;
        }

        var window = Math.Max(0, (Math.Max(first.Length, second.Length) / 2) - 1);
        // Names are short: the flags live on the stack, as this runs for every pair of words the matcher compares.
        Span<bool> firstMatched = first.Length <= 256 ? stackalloc bool[first.Length] : new bool[first.Length];
        Span<bool> secondMatched = second.Length <= 256 ? stackalloc bool[second.Length] : new bool[second.Length];
        var matches = 0;
        for (var i = 0; i < first.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(second.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!secondMatched[j] && first[i] == second[j])
                {
                    firstMatched[i] = secondMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        for (int i = 0, j = 0; i < first.Length; i++)
        {
            if (!firstMatched[i])
            {
                continue;
            }

            while (!secondMatched[j])
            {
                j++;
            }

            if (first[i] != second[j])
            {
                transpositions++;
            }

            j++;
        }

        double m = matches;
        var jaro = ((m / first.Length) + (m / second.Length) + ((m - (transpositions / 2.0)) / m)) / 3;
        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(first.Length, second.Length)) && first[prefix] == second[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1 - jaro));
    }
}
