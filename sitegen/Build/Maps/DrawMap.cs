using Archive.Core.Countries;
using Archive.Core.Text;
using Archive.SiteGen.Build.Pages;

namespace Archive.SiteGen.Build.Maps;

/// <summary>
/// The maps of the pages (issue 20): which countries each one highlights, in which class, with which words. Regions
/// ("South Asia", "International") are not countries and never reach a map: only country codes do.
/// </summary>
internal static class DrawMap
{
    /// <summary>The class of a country a page is about (its own, the letter's): dark and outlined, so it survives greyscale.</summary>
    public const string Strong = "map-strong";

    /// <summary>The class of a country a page shows beside its own (an organization's co-signers'): lighter, no outline.</summary>
    public const string Light = "map-light";

    /// <summary>How many shades the map of <c>/countries/</c> has at most, besides the one for none.</summary>
    public const int Shades = 5;

    /// <summary>
    /// The upper bound of each shade of the map of <c>/countries/</c>, from the organization counts of the countries
    /// (those with none left aside): as many countries in each as the counts allow (quantiles), at most
    /// <see cref="Shades"/>, each bound above the one before; the last is the highest count.
    /// </summary>
    public static IReadOnlyList<int> ShadeBounds(IEnumerable<int> organizationCounts)
    {
        var sorted = organizationCounts.Where(c => c > 0).Order().ToArray();
        var bounds = new List<int>();
        for (var shade = 1; shade <= Shades && sorted.Length > 0; shade++)
        {
            var upper = sorted[(((shade * sorted.Length) + Shades - 1) / Shades) - 1];
            if (bounds.Count == 0 || upper > bounds[^1])
            {
                bounds.Add(upper);
            }
        }

        return bounds;
    }

    /// <summary>The map of <c>/countries/</c>: every country shaded by how many organizations from it signed.</summary>
    public static MapView OrganizationCounts(WorldMap map, string file, IReadOnlyList<(CountryCode Code, CountryEntry Entry)> countries, string describedBy)
    {
        var bounds = ShadeBounds(countries.Select(c => c.Entry.OrganizationCount));
        var layers = new List<(string Class, string Label, IEnumerable<(CountryCode, string, string, string)> Countries)>();
        var none = countries.Where(c => c.Entry.OrganizationCount == 0).ToList();
        if (none.Count > 0)
        {
            layers.Add(("map-count-0", "none based there (a letter prints a signatory from it)", none.Select(c => (c.Code, c.Entry.Name, $"{c.Entry.Name}: no organization based there", c.Entry.Url))));
        }

        for (var i = 0; i < bounds.Count; i++)
        {
            var lower = i == 0 ? 1 : bounds[i - 1] + 1;
            var upper = bounds[i];
            var range = lower == upper ? ReadableNumber.Of(lower) : $"{ReadableNumber.Of(lower)}–{ReadableNumber.Of(upper)}";
            layers.Add((
                "map-count-" + (i + 1),
                range + (upper == 1 ? " organization" : " organizations"),
                countries.Where(c => c.Entry.OrganizationCount >= lower && c.Entry.OrganizationCount <= upper)
                    .Select(c => (c.Code, c.Entry.Name, $"{c.Entry.Name}: {CountedNoun.Of(c.Entry.OrganizationCount, "organization")}", c.Entry.Url))));
        }

        var caption = $"Map of the {CountedNoun.Of(countries.Count, "country", "countries")}, shaded by how many organizations from each signed: the table below gives the numbers.";
        return Of(map, file, "countries-map", caption, describedBy, layers, legend: true);
    }

    /// <summary>The map of a letter: the countries of its signatories.</summary>
    public static MapView LetterCountries(WorldMap map, string file, IReadOnlyList<(CountryCode Code, Link Link)> countries, string describedBy) =>
        Of(
            map,
            file,
            "letter-map",
            $"Map of the {CountedNoun.Of(countries.Count, "country", "countries")} of the signatories, named above.",
            describedBy,
            [(Strong, "a signatory's country", countries.Select(c => (c.Code, c.Link.Text, c.Link.Text, c.Link.Url)))],
            legend: true);

    /// <summary>The map of an organization: its countries, and, lighter, the other countries of the letters it signed (its co-signers').</summary>
    public static MapView OrganizationCountries(WorldMap map, string file, string name, IReadOnlyList<(CountryCode Code, Link Link)> own, IReadOnlyList<(CountryCode Code, Link Link)> coSigners, string? describedBy)
    {
        var caption = $"Map of the countries of {name} (dark, outlined; named above)"
            + (coSigners.Count == 0 ? "." : $" and, lighter, the {CountedNoun.Of(coSigners.Count, "country", "countries")} of the organizations it signed with: {string.Join(", ", coSigners.Select(c => c.Link.Text))}.");
        var layers = new List<(string, string, IEnumerable<(CountryCode, string, string, string)>)>();
        if (coSigners.Count > 0)
        {
            layers.Add((Light, "a co-signer's country", coSigners.Select(c => (c.Code, c.Link.Text, c.Link.Text, c.Link.Url))));
        }

        layers.Add((Strong, "its country", own.Select(c => (c.Code, c.Link.Text, c.Link.Text, c.Link.Url))));
        return Of(map, file, "organization-map", caption, describedBy, layers, legend: true);
    }

    /// <summary>The map of a country's page: the country, located.</summary>
    public static MapView Country(WorldMap map, string file, CountryCode code, Link country) =>
        Of(map, file, "country-map", $"Map: {country.Text} on the world.", null, [(Strong, country.Text, [(code, country.Text, country.Text, country.Url)])], legend: false, ringed: true);

    private static MapView Of(
        WorldMap map,
        string file,
        string id,
        string caption,
        string? describedBy,
        IEnumerable<(string Class, string Label, IEnumerable<(CountryCode Code, string Name, string Title, string Url)> Countries)> layers,
        bool legend,
        bool ringed = false)
    {
        var drawn = new List<MapLayer>();
        var missing = new List<Link>();
        foreach (var (cls, label, countries) in layers)
        {
            var shapes = new List<MapShape>();
            foreach (var (code, name, title, url) in countries.OrderBy(c => c.Code.Value, StringComparer.Ordinal))
            {
                if (map.PlaceOf(code) is { } place)
                {
                    shapes.Add(new MapShape(code.Value, title, url, place.Small ? place : null, ringed ? place : null));
                }
                else
                {
                    missing.Add(new Link(name, url));
                }
            }

            drawn.Add(new MapLayer(cls, label, shapes));
        }

        return new MapView(id, file, map.ViewBox, caption, describedBy, drawn, legend, [.. missing.OrderBy(l => l.Text, StringComparer.Ordinal)]);
    }
}
