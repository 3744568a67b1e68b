using System.Collections.Frozen;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Archive.Core.Countries;

namespace Archive.SiteGen.Build.Maps;

/// <summary>
/// The world map of <c>templates/assets/world.svg</c> (drawn by <c>tools/maps/make-world.mjs</c> from Natural Earth,
/// Equal Earth projection): its size, and the countries it draws, each by its ISO 3166-1 code with the point a marker
/// goes on and whether it is too small to be seen at world scale. Pages draw it once by reference
/// (<c>&lt;use href="…/world.svg#world"&gt;</c>) and each highlighted country by its id; this is what they need to know
/// to do so. Read once per build.
/// </summary>
internal sealed class WorldMap
{
    public const string AssetName = "world.svg";

    private readonly FrozenDictionary<CountryCode, MapPlace> _places;

    private WorldMap(string file, string viewBox, FrozenDictionary<CountryCode, MapPlace> places)
    {
        File = file;
        ViewBox = viewBox;
        _places = places;
    }

    /// <summary>The published address of the map's file (with its hash: cached for good).</summary>
    public string File { get; }

    /// <summary>The map's <c>viewBox</c>: <c>0 0 1000 487</c>.</summary>
    public string ViewBox { get; }

    /// <summary>The map's asset, read from the templates' assets.</summary>
    public static WorldMap From(SiteAssets assets)
    {
        ArgumentNullException.ThrowIfNull(assets);
        return Read(assets.BytesOf(AssetName).ToArray(), assets.AddressOf(AssetName));
    }

    /// <summary>Reads a map drawn by <c>tools/maps/make-world.mjs</c>; <paramref name="file"/> is its address.</summary>
    public static WorldMap Read(byte[] svg, string file)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var where = $"templates/assets/{AssetName}";
        XDocument document;
        try
        {
            using var stream = new MemoryStream(svg);
            document = XDocument.Load(stream, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new BuildError($"{where}:{e.LineNumber}: not well-formed SVG ({e.Message}); draw it again with `npm run maps`");
        }

        var root = document.Root!;
        var viewBox = (string?)root.Attribute("viewBox") ?? throw new BuildError($"{where}:1: the map has no viewBox; draw it again with `npm run maps`");
        var places = new Dictionary<CountryCode, MapPlace>();
        foreach (var path in root.Descendants().Where(e => e.Name.LocalName == "path" && e.Attribute("data-point") is not null && e.Attribute("id") is not null))
        {
            var id = (string)path.Attribute("id")!;
            var point = ((string)path.Attribute("data-point")!).Split(' ');
            if (!CountryTable.TryGetByCode(id, out var country) || id.Length != 2 || point.Length != 2
                || !double.TryParse(point[0], NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                || !double.TryParse(point[1], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                throw new BuildError($"{where}:{((IXmlLineInfo)path).LineNumber}: '{id}' is not an ISO 3166-1 code of the country table with a point \"x y\"; draw it again with `npm run maps`");
            }

            places[country.Code] = new MapPlace(point[0], point[1], path.Attribute("data-small") is not null);
        }

        return new WorldMap(file, viewBox, places.ToFrozenDictionary());
    }

    /// <summary>Where the map draws a country; null when it does not (a territory it draws as part of another, or none).</summary>
    public MapPlace? PlaceOf(CountryCode code) => _places.GetValueOrDefault(code);
}

/// <summary>Where a country is on the map: its point (as the file writes it), and whether it needs a marker to be seen.</summary>
internal sealed record MapPlace(string X, string Y, bool Small);
