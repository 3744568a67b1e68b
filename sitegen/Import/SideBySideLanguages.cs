using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// A letter printed in two languages side by side, as a bilingual PDF copied to text prints it: each line holds a line
/// of each version ("Hoje, a empresa prepara-se para levantar a força maior e  Today the company is preparing to lift
/// force majeure and"), the second starting at about the same column all the way down, its list included
/// ("Ajuda da Igreja Norueguesa – Maputo        Norwegian Church Aid – Maputo"). The version on the left is the letter
/// as its authors print it first; the other translates it, and reading both would take each sentence twice and each
/// signatory under two names. Only the left version is read. A line printed across both columns (a letterhead, "C/c /
/// Cc: …") is kept whole, and a line only the right version has is dropped.
/// </summary>
internal static partial class SideBySideLanguages
{
    // Six lines of prose beside prose: a table's two columns of names never are prose, and a letter's body gives many.
    private const int ProseLinesNeeded = 6;

    // Where the right version starts moves a little: the list's column may sit a few characters right of the body's.
    private const int ColumnDriftLeft = 4;
    private const int ColumnDriftRight = 8;

    public static List<string> Read(List<string> lines)
    {
        if (RightColumn(lines) is not { } column)
        {
            return lines;
        }

        return [.. lines.Select(l => LeftVersion(l, column))];
    }

    /// <summary>
    /// The column where the right version starts: the one most lines of prose beside prose agree on, when there are
    /// enough of them and they agree.
    /// </summary>
    private static int? RightColumn(List<string> lines)
    {
        var starts = lines.Select(l => TwoRuns().Match(l)).Where(m => m.Success && IsProse(m.Groups["left"].Value) && IsProse(m.Groups["right"].Value))
            .Select(m => m.Groups["right"].Index).ToList();
        if (starts.Count < ProseLinesNeeded)
        {
            return null;
        }

        var column = starts.GroupBy(s => s).MaxBy(g => g.Count())!;
        return starts.Count(s => s >= column.Key - ColumnDriftLeft && s <= column.Key + ColumnDriftRight) * 10 >= starts.Count * 8 ? column.Key : null;
    }

    // A line of running text: four words or more, most of them in lower case ("grupos armados atacaram a vila de Palma,
    // em Cabo"). An organization's name is capitalised word by word, a table's row of names too.
    private static bool IsProse(string run)
    {
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 4 && words.Count(w => char.IsLower(w[0])) * 2 >= words.Length;
    }

    private static string LeftVersion(string line, int column)
    {
        var indent = line.Length - line.TrimStart().Length;
        if (line.Length > 0 && indent >= column - ColumnDriftLeft)
        {
            return "";
        }

        var gap = Gaps().Matches(line).Where(g => g.Index > 0 && g.Index + g.Length is var end && end >= column - ColumnDriftLeft && end <= column + ColumnDriftRight)
            .OrderBy(g => Math.Abs(g.Index + g.Length - column)).FirstOrDefault();
        return gap is null ? line : line[..gap.Index];
    }

    // "Delgado. Centenas de pessoas foram mortas, e muitos dos   people were killed, and …": two runs of words, each with
    // single spaces inside, and a gap of two spaces or more between them.
    [GeneratedRegex(@"^(?<left>\S+(?: \S+)*) {2,}(?<right>\S+(?: \S+)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TwoRuns();

    [GeneratedRegex(" {2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Gaps();
}
