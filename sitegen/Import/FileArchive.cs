using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// Several files pasted into one, each under a line that names it ("== letter.txt" between rules, "==&gt; signatories.csv
/// &lt;==" as a terminal prints files one after another): a press kit, a zipped folder. The lines that name files are
/// no part of the letter, nor is what a README says about the others ("Contents: 1. letter.txt …"). It is such an
/// archive only when two lines at least name files. Line numbers are kept.
/// </summary>
internal static partial class FileArchive
{
    public static List<string> Read(List<string> lines)
    {
        var markers = lines.Select((line, i) => (Match: FileMarker().Match(line.Trim()), Index: i)).Where(m => m.Match.Success).ToList();
        if (markers.Count < 2)
        {
            return lines;
        }

        var plain = new List<string>(lines);
        for (var m = 0; m < markers.Count; m++)
        {
            plain[markers[m].Index] = "";
            if (ReadMe().IsMatch(markers[m].Match.Groups["file"].Value))
            {
                var end = m + 1 < markers.Count ? markers[m + 1].Index : lines.Count;
                for (var i = markers[m].Index + 1; i < end; i++)
                {
                    plain[i] = "";
                }
            }
        }

        return plain;
    }

    // "== letter.txt", "=== signatories.csv ===", "==> individuals.csv <==", "--- README.md ---": a file's name, alone
    // on its line between marks.
    [GeneratedRegex(@"^(?:={2,}>?|-{3,})\s*(?<file>" + FileName.Pattern + @")\s*(?:<?={2,}|-{3,})?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FileMarker();

    // "README.txt", "readme.md", "LISEZMOI.txt", "LEEME.txt", "LEIAME.txt": a file that says what the others are.
    [GeneratedRegex(@"^(?:readme|read_me|lisezmoi|leeme|leiame|liesmich)\.", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReadMe();
}
