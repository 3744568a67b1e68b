using Archive.Core.Countries;

namespace Archive.SiteGen.Import;

/// <summary>The places printed with a name: countries as codes, regions as printed.</summary>
internal sealed record PrintedPlaces(IReadOnlyList<CountryCode> Countries, IReadOnlyList<string> Regions)
{
    public static PrintedPlaces None { get; } = new([], []);

    public bool Any => Countries.Count > 0 || Regions.Count > 0;

    public PrintedPlaces Plus(PrintedPlaces other) => new(
        [.. Countries.Concat(other.Countries).Distinct()],
        [.. Regions.Concat(other.Regions).Distinct(StringComparer.Ordinal)]);
}
