using System.Diagnostics;
using Archive.SiteGen.Build;
using Archive.SiteGen.Serve;

namespace Archive.SiteGen.Tests.Build;

/// <summary>`archive serve` rebuilds on a content change, and a broken change keeps the last good site online.</summary>
public class RebuildOnChangeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void A_content_change_is_rebuilt_and_a_broken_change_keeps_the_last_good_site()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);
        var log = new StringWriter();
        var synchronizedLog = TextWriter.Synchronized(log);

        // The rebuild writes from its own thread through the synchronized writer, which locks itself;
        // reading the text under the same lock keeps the reader from seeing a half-grown buffer.
        string Log()
        {
            lock (synchronizedLog)
            {
                return log.ToString();
            }
        }
        var options = new BuildOptions(content.Root, site.Output, BuildOptions.DefaultTemplatesPath, Search: false);
        using var rebuild = new RebuildOnChange(options, synchronizedLog, new IncrementalBuild(options, synchronizedLog));
        var page = Path.Combine(site.Output, "letters", "2012-03-ngo-letter", "index.html");

        content.Letter("2012-03-ngo-letter", "title: A Renamed Letter\ndate: 2012-03\nsource: https://example.org/march\nsignatories:\n  - name: 350 Africa");
        Assert.True(Eventually(() => File.Exists(page) && File.ReadAllText(page).Contains("A Renamed Letter", StringComparison.Ordinal)), Log());

        content.Letter("2012-03-ngo-letter", "title: Broken\ndate: 2012-14\nsource: https://example.org/march");
        Assert.True(Eventually(() => Log().Contains("serve: still serving the last good build", StringComparison.Ordinal)), Log());

        Assert.Contains("letters/2012-03-ngo-letter.md:3: invalid date '2012-14'", Log(), StringComparison.Ordinal);
        Assert.Contains("A Renamed Letter", File.ReadAllText(page), StringComparison.Ordinal);
    }

    private static bool Eventually(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            try
            {
                if (condition())
                {
                    return true;
                }
            }
            catch (IOException)
            {
                // The site is being swapped this very moment; look again.
            }

            Thread.Sleep(100);
        }

        return false;
    }
}
