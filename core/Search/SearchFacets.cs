using System.Globalization;
using Archive.Core.Content;
using Archive.Core.Letters;

namespace Archive.Core.Search;

/// <summary>
/// How the letters of a result set divide by signing organization, by country and by year. Computed over the
/// whole result set, not one page, so the counts tell a reader where narrowing leads.
/// </summary>
/// <param name="Organizations">Letters per signing organization, most first (ties A–Z).</param>
/// <param name="Countries">Letters per country of a signatory, most first (ties A–Z).</param>
/// <param name="Years">Letters per year, newest year first.</param>
public sealed record SearchFacets(IReadOnlyList<FacetCount> Organizations, IReadOnlyList<FacetCount> Countries, IReadOnlyList<FacetCount> Years)
{
    /// <summary>Counts the facets of a set of letters; a letter counts once per value however many signatories share it.</summary>
    public static SearchFacets Count(IEnumerable<Letter> letters, ArchiveContent archive)
    {
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentNullException.ThrowIfNull(archive);
        var organizations = new Dictionary<string, int>(StringComparer.Ordinal);
        var countries = new Dictionary<string, (string Name, int Count)>(StringComparer.Ordinal);
        var years = new Dictionary<int, int>();
        foreach (var letter in letters)
        {
            foreach (var id in letter.Signatories.Select(s => s.OrganizationId).Distinct(StringComparer.Ordinal))
            {
                organizations[id] = organizations.GetValueOrDefault(id) + 1;
            }

            foreach (var country in archive.CountriesOf(letter))
            {
                var code = country.Code.Value;
                countries[code] = (country.Name, countries.GetValueOrDefault(code).Count + 1);
            }

            years[letter.Date.Year] = years.GetValueOrDefault(letter.Date.Year) + 1;
        }

        return new SearchFacets(
            Ordered(organizations.Select(p => new FacetCount(p.Key, archive.FindOrganization(p.Key)?.Name ?? p.Key, p.Value))),
            Ordered(countries.Select(p => new FacetCount(p.Key, p.Value.Name, p.Value.Count))),
            [.. years.OrderByDescending(p => p.Key).Select(p => new FacetCount(
                p.Key.ToString(CultureInfo.InvariantCulture), p.Key.ToString(CultureInfo.InvariantCulture), p.Value))]);
    }

    private static List<FacetCount> Ordered(IEnumerable<FacetCount> counts) =>
        [.. counts.OrderByDescending(c => c.Count).ThenBy(c => c.Label, NameComparer.Instance).ThenBy(c => c.Value, StringComparer.Ordinal)];
}
