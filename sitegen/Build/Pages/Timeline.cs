using Archive.Core.Text;

namespace Archive.SiteGen.Build.Pages;

/// <summary>
/// An organization's letters per year as an inline SVG bar chart: every year from its first letter to its last,
/// so a gap shows as a gap. The geometry is computed here, so the template only draws rectangles.
/// </summary>
internal sealed record Timeline(int Width, int Height, int Baseline, IReadOnlyList<TimelineBar> Bars, string Description)
{
    private const int BarWidth = 28;
    private const int Gap = 8;
    private const int ChartHeight = 80;
    private const int Top = 18;

    public static Timeline? Of(IReadOnlyList<int> letterYears)
    {
        if (letterYears.Count == 0)
        {
            return null;
        }

        var counts = letterYears.CountBy(y => y).ToDictionary(p => p.Key, p => p.Value);
        var first = counts.Keys.Min();
        var last = counts.Keys.Max();
        var most = counts.Values.Max();
        var years = Enumerable.Range(first, last - first + 1).ToList();
        // Label every year when they fit; otherwise every fifth and the last, so labels never overlap.
        var labelEvery = years.Count <= 12 ? 1 : 5;
        var bars = years.Select((year, i) =>
        {
            var count = counts.GetValueOrDefault(year);
            var height = count == 0 ? 0 : Math.Max(2, (int)Math.Round(ChartHeight * (double)count / most));
            var x = Gap + (i * (BarWidth + Gap));
            return new TimelineBar(year, count, x, Top + ChartHeight - height, BarWidth, height, x + (BarWidth / 2),
                i % labelEvery == 0 || i == years.Count - 1);
        }).ToList();
        var description = string.Join("; ", bars.Where(b => b.Count > 0).Select(b => $"{b.Year}: {CountedNoun.Of(b.Count, "letter")}"));
        return new Timeline(Gap + (years.Count * (BarWidth + Gap)), Top + ChartHeight + 22, Top + ChartHeight, bars, description);
    }

}

/// <summary>One year's bar: its count, rectangle and label position.</summary>
internal sealed record TimelineBar(int Year, int Count, int X, int Y, int Width, int Height, int Middle, bool ShowYear);
