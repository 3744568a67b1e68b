using Archive.SiteGen.Build.Pages;

namespace Archive.SiteGen.Build.Maps;

/// <summary>
/// A map as a page shows it (<c>partials/map.scriban</c>): the world drawn by reference to the cached map file, and on
/// it the countries this page is about, each linked to its page and shaded by its class.
/// </summary>
/// <param name="Id">The id of the map's caption, unique on its page.</param>
/// <param name="File">The published address of the map's file.</param>
/// <param name="ViewBox">The map's <c>viewBox</c>.</param>
/// <param name="Caption">What the map shows, in words: its name for assistive technology, and its text alternative with <paramref name="DescribedBy"/>.</param>
/// <param name="DescribedBy">The id of the element on the page that says in text what the map shows (a table, a list); null when the caption says it all.</param>
/// <param name="Shapes">The countries drawn over the world, lightest class first.</param>
/// <param name="Legend">What each class means.</param>
/// <param name="NotOnMap">Countries this map is about that the map's boundaries do not draw, said under it.</param>
internal sealed record MapView(
    string Id,
    string File,
    string ViewBox,
    string Caption,
    string? DescribedBy,
    IReadOnlyList<MapShape> Shapes,
    IReadOnlyList<MapKey> Legend,
    IReadOnlyList<Link> NotOnMap);

/// <summary>A country on a map: its code (the id of its shape in the map's file), its title, its page and class.</summary>
/// <param name="Marker">Where its circle goes when it is too small to be seen at world scale; null otherwise.</param>
internal sealed record MapShape(string Code, string Title, string Url, string Class, MapPlace? Marker);

/// <summary>A class of the legend: its CSS class and what it means.</summary>
internal sealed record MapKey(string Class, string Text);
