using System.Collections.Frozen;
using Archive.Core.Countries;
using Archive.Core.Letters;
using Archive.Core.Organizations;

namespace Archive.Core.Content;

/// <summary>
/// The whole archive, loaded and checked: letters, organizations, and the views of them that the site and the API
/// both show (an organization's letters and co-signers, a country's organizations). Built once, then only read,
/// so it is safe to share between threads.
/// </summary>
public sealed class ArchiveContent
{
    private readonly FrozenDictionary<string, Letter> _lettersById;
    private readonly FrozenDictionary<string, Organization> _organizationsById;
    private readonly FrozenDictionary<string, IReadOnlyList<Letter>> _lettersByOrganization;
    private readonly FrozenDictionary<CountryCode, CountryProfile> _countriesByCode;
    private readonly FrozenDictionary<string, int> _alphabeticalRank;

    /// <summary>Assembles the archive from what was read.</summary>
    public ArchiveContent(SiteSettings site, IEnumerable<Letter> letters, IEnumerable<Organization> organizations)
    {
        Site = site;
        Letters = [.. letters.OrderByDescending(l => l.Date).ThenBy(l => l.Id, StringComparer.Ordinal)];
        // NameComparer's order, with each name folded once rather than on every comparison.
        Organizations = [.. organizations
            .Select(o => (Organization: o, Key: NameComparer.FoldedKey(o.Name)))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Organization.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Organization.Id, StringComparer.Ordinal)
            .Select(p => p.Organization)];
        _lettersById = Letters.DistinctBy(l => l.Id).ToFrozenDictionary(l => l.Id, StringComparer.Ordinal);
        _organizationsById = Organizations.DistinctBy(o => o.Id).ToFrozenDictionary(o => o.Id, StringComparer.Ordinal);
        // Position in the A–Z list: sorting by it is sorting by name, without folding names again on every comparison.
        _alphabeticalRank = Organizations.Select((o, i) => (o.Id, i)).DistinctBy(p => p.Id).ToFrozenDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _lettersByOrganization = IndexLettersByOrganization(Letters);
        Countries = BuildCountries();
        _countriesByCode = Countries.ToFrozenDictionary(c => c.Country.Code);
    }

    /// <summary>The site-wide settings.</summary>
    public SiteSettings Site { get; }

    /// <summary>Every letter, newest first (ties by id).</summary>
    public IReadOnlyList<Letter> Letters { get; }

    /// <summary>Every organization, A–Z by canonical name.</summary>
    public IReadOnlyList<Organization> Organizations { get; }

    /// <summary>Every country that has at least one organization in the archive, A–Z by name.</summary>
    public IReadOnlyList<CountryProfile> Countries { get; }

    /// <summary>The letter with this id, if any.</summary>
    public Letter? FindLetter(string id) => _lettersById.GetValueOrDefault(id);

    /// <summary>The organization with this id, if any.</summary>
    public Organization? FindOrganization(string id) => _organizationsById.GetValueOrDefault(id);

    /// <summary>The country profile of a code, if the archive has organizations there.</summary>
    public CountryProfile? FindCountry(CountryCode code) => _countriesByCode.GetValueOrDefault(code);

    /// <summary>The letters an organization signed, oldest first.</summary>
    public IReadOnlyList<Letter> LettersSignedBy(string organizationId) =>
        _lettersByOrganization.GetValueOrDefault(organizationId) ?? [];

    /// <summary>
    /// The organizations that signed letters together with this one, with how many letters they share,
    /// most shared first (ties A–Z).
    /// </summary>
    public IReadOnlyList<CoSigner> CoSignersOf(string organizationId)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var letter in LettersSignedBy(organizationId))
        {
            foreach (var other in letter.Signatories.Select(s => s.OrganizationId).Distinct(StringComparer.Ordinal))
            {
                if (other != organizationId)
                {
                    counts[other] = counts.GetValueOrDefault(other) + 1;
                }
            }
        }

        return [.. counts
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => _alphabeticalRank[pair.Key])
            .Select(pair => new CoSigner(_organizationsById[pair.Key], pair.Value))];
    }

    /// <summary>
    /// The countries a signatory stands for: those printed with it in the letter, or, where the letter printed none,
    /// its organization's countries.
    /// </summary>
    public IReadOnlyList<CountryCode> CountriesOf(Signatory signatory)
    {
        ArgumentNullException.ThrowIfNull(signatory);
        return signatory.Countries.Count > 0
            ? signatory.Countries
            : FindOrganization(signatory.OrganizationId)?.Countries ?? [];
    }

    /// <summary>The distinct countries of a letter's signatories, A–Z by name.</summary>
    public IReadOnlyList<Country> CountriesOf(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return [.. letter.Signatories
            .SelectMany(CountriesOf)
            .Distinct()
            .Select(CountryTable.Get)
            // The same order as NameComparer, with each name folded once rather than on every comparison:
            // the site asks this of every letter.
            .OrderBy(c => NameComparer.FoldedKey(c.Name), StringComparer.Ordinal)
            .ThenBy(c => c.Name, StringComparer.Ordinal)];
    }

    private static FrozenDictionary<string, IReadOnlyList<Letter>> IndexLettersByOrganization(IReadOnlyList<Letter> newestFirst)
    {
        var byOrganization = new Dictionary<string, List<Letter>>(StringComparer.Ordinal);
        foreach (var letter in newestFirst.Reverse())
        {
            foreach (var id in letter.Signatories.Select(s => s.OrganizationId).Distinct(StringComparer.Ordinal))
            {
                if (!byOrganization.TryGetValue(id, out var list))
                {
                    byOrganization[id] = list = [];
                }

                list.Add(letter);
            }
        }

        return byOrganization.ToFrozenDictionary(p => p.Key, p => (IReadOnlyList<Letter>)p.Value, StringComparer.Ordinal);
    }

    private List<CountryProfile> BuildCountries()
    {
        var organizationsByCountry = new Dictionary<CountryCode, List<Organization>>();
        var countriesByOrganization = new Dictionary<string, List<CountryCode>>(StringComparer.Ordinal);
        foreach (var organization in Organizations)
        {
            if (!countriesByOrganization.TryGetValue(organization.Id, out var countries))
            {
                countriesByOrganization[organization.Id] = countries = [];
            }

            foreach (var code in organization.Countries.Distinct())
            {
                if (!organizationsByCountry.TryGetValue(code, out var list))
                {
                    organizationsByCountry[code] = list = [];
                }

                list.Add(organization);
                if (!countries.Contains(code))
                {
                    countries.Add(code);
                }
            }
        }

        var lettersByCountry = LettersByCountry(countriesByOrganization);
        return [.. organizationsByCountry
            .Select(pair => new CountryProfile(CountryTable.Get(pair.Key), pair.Value, lettersByCountry.GetValueOrDefault(pair.Key) ?? []))
            .OrderBy(p => p.Country.Name, NameComparer.Instance)];
    }

    // A country's letters are those its organizations signed. Walking the letters newest first and filing each
    // under its signatories' countries gives every country's list already in order, each letter once.
    private Dictionary<CountryCode, List<Letter>> LettersByCountry(Dictionary<string, List<CountryCode>> countriesByOrganization)
    {
        var lettersByCountry = new Dictionary<CountryCode, List<Letter>>();
        var filedIds = new Dictionary<CountryCode, HashSet<string>>();
        var countriesOfLetter = new HashSet<CountryCode>();
        foreach (var letter in Letters)
        {
            countriesOfLetter.Clear();
            foreach (var signatory in letter.Signatories)
            {
                if (countriesByOrganization.TryGetValue(signatory.OrganizationId, out var countries))
                {
                    countriesOfLetter.UnionWith(countries);
                }
            }

            foreach (var code in countriesOfLetter)
            {
                if (!lettersByCountry.TryGetValue(code, out var list))
                {
                    lettersByCountry[code] = list = [];
                    filedIds[code] = new HashSet<string>(StringComparer.Ordinal);
                }

                // Two files may claim one id (an error reported elsewhere); a country lists that letter once.
                if (filedIds[code].Add(letter.Id))
                {
                    list.Add(letter);
                }
            }
        }

        return lettersByCountry;
    }
}
