using Archive.SiteGen.Build.Pages;

namespace Archive.SiteGen.Build.Maps;

/// <summary>
/// A map as a page shows it (<c>partials/map.scriban</c>): the world drawn by reference to the cached map file, and on
/// it the countries this page is about, in layers of one class each, every country linked to its page.
/// </summary>
/// <param name="Id">The id of the map's caption, unique on its page.</param>
/// <param name="File">The published address of the map's file.</param>
/// <param name="ViewBox">The map's <c>viewBox</c>.</param>
/// <param name="Caption">What the map shows, in words: its name for assistive technology, and its text alternative with <paramref name="DescribedBy"/>.</param>
/// <param name="DescribedBy">The id of the element on the page that says in text what the map shows (a table, a list); null when the caption says it all.</param>
/// <param name="Layers">The countries drawn over the world, one layer per class, the lightest first (drawn first, under the others).</param>
/// <param name="Legend">Whether the map has a legend (its layers' classes and names); a map of one country needs none.</param>
/// <param name="NotOnMap">Countries this map is about that the map's boundaries do not draw, said under it.</param>
internal sealed record MapView(
    string Id,
    string File,
    string ViewBox,
    string Caption,
    string? DescribedBy,
    IReadOnlyList<MapLayer> Layers,
    bool Legend,
    IReadOnlyList<Link> NotOnMap);

/// <summary>The countries of one class on a map: its CSS class, what it means (its name and legend), its countries.</summary>
internal sealed record MapLayer(string Class, string Label, IReadOnlyList<MapShape> Shapes);

/// <summary>A country on a map: its code (the id of its shape in the map's file), its title and its page.</summary>
/// <param name="Marker">Where its circle goes when it is too small to be seen at world scale; null otherwise.</param>
/// <param name="Ring">Where a ring is drawn around it on a map that only locates it (a country's page): at a phone's width
/// a mid-sized country such as Czechia is a few pixels across, so the eye needs to be led to it; null on other maps.</param>
internal sealed record MapShape(string Code, string Title, string Url, MapPlace? Marker, MapPlace? Ring = null);
