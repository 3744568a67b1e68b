using Archive.Core.Content;
using Archive.SiteGen.Build.Maps;
using Archive.SiteGen.Build.Pages;

namespace Archive.SiteGen.Build;

/// <summary>
/// The assemble step: the site's pages, kind by kind (<see cref="PageKinds.All"/>), each with how its data is
/// assembled; and, after a change, which of them can show it. Pure: content in, pages out. The list is a plan: every
/// address is known at once, but a page's data is assembled only when it is rendered, so a 10,000-letter build never
/// holds 13,000 pages' data at the same time.
/// </summary>
internal static class AssemblePages
{
    /// <summary>Every page of the site, in the site's order, each assembled when asked for.</summary>
    public static IReadOnlyList<PagePlan> Plan(ArchiveContent content, IReadOnlyList<DataFile> data, WorldMap map)
    {
        ArgumentNullException.ThrowIfNull(content);
        var site = new SiteData(content, data, map);
        return [.. PageKinds.All.SelectMany(kind => kind.Plan(site))];
    }

    /// <summary>The addresses of the pages that can show something <paramref name="change"/> changed, by every kind's own rule.</summary>
    public static HashSet<string> Affected(ContentChange change) =>
        [.. PageKinds.All.SelectMany(kind => kind.Affected(change))];
}
