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
    private readonly FrozenDictionary<string, string[]> _organizationIdsByLetter;
    private readonly FrozenDictionary<string, int[]> _organizationRanksByLetter;

    /// <summary>Assembles the archive from what was read.</summary>
    public ArchiveContent(SiteSettings site, IEnumerable<Letter> letters, IEnumerable<Organization> organizations)
    {
        Site = site;
        Letters = [.. letters.OrderByDescending(l => l.Date).ThenBy(l => l.Id, StringComparer.Ordinal)];
        Organizations = [.. organizations.OrderBy(o => o.Name, NameComparer.Instance).ThenBy(o => o.Id, StringComparer.Ordinal)];
        _lettersById = Letters.DistinctBy(l => l.Id).ToFrozenDictionary(l => l.Id, StringComparer.Ordinal);
        _organizationsById = Organizations.DistinctBy(o => o.Id).ToFrozenDictionary(o => o.Id, StringComparer.Ordinal);
        // Position in the A–Z list: sorting by it is sorting by name, without folding names again on every comparison.
        _alphabeticalRank = Organizations.Select((o, i) => (o.Id, i)).DistinctBy(p => p.Id).ToFrozenDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        // Asked for every letter by every list, co-signer count and index: worked out once.
        _organizationIdsByLetter = Letters.DistinctBy(l => l.Id).ToFrozenDictionary(
            l => l.Id, l => l.Signatories.Select(s => s.OrganizationId).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        // The same, as positions in the A–Z list: counting co-signers is then counting in an array.
        _organizationRanksByLetter = _organizationIdsByLetter.ToFrozenDictionary(
            p => p.Key, p => p.Value.Where(_alphabeticalRank.ContainsKey).Select(id => _alphabeticalRank[id]).ToArray(), StringComparer.Ordinal);
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

    /// <summary>The organizations that signed a letter, each once, in the order the letter prints them.</summary>
    public IReadOnlyList<string> OrganizationIdsOf(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return _organizationIdsByLetter.TryGetValue(letter.Id, out var ids) && ReferenceEquals(FindLetter(letter.Id), letter)
            ? ids
            : [.. letter.Signatories.Select(s => s.OrganizationId).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The organizations that signed letters together with this one, with how many letters they share,
    /// most shared first (ties A–Z).
    /// </summary>
    public IReadOnlyList<CoSigner> CoSignersOf(string organizationId)
    {
        if (!_alphabeticalRank.TryGetValue(organizationId, out var self))
        {
            return [];
        }

        // Asked for every organization page: counted by A–Z position, so sorting by position is sorting by name.
        var counts = new int[Organizations.Count];
        var coSigners = new List<int>();
        foreach (var letter in LettersSignedBy(organizationId))
        {
            foreach (var rank in _organizationRanksByLetter[letter.Id])
            {
                if (rank != self && counts[rank]++ == 0)
                {
                    coSigners.Add(rank);
                }
            }
        }

        coSigners.Sort((a, b) => counts[a] != counts[b] ? counts[b].CompareTo(counts[a]) : a.CompareTo(b));
        return [.. coSigners.Select(rank => new CoSigner(Organizations[rank], counts[rank]))];
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

    private FrozenDictionary<string, IReadOnlyList<Letter>> IndexLettersByOrganization(IReadOnlyList<Letter> newestFirst)
    {
        var byOrganization = new Dictionary<string, List<Letter>>(StringComparer.Ordinal);
        foreach (var letter in newestFirst.Reverse())
        {
            foreach (var id in _organizationIdsByLetter[letter.Id])
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
        foreach (var organization in Organizations)
        {
            foreach (var code in organization.Countries.Distinct())
            {
                if (!organizationsByCountry.TryGetValue(code, out var list))
                {
                    organizationsByCountry[code] = list = [];
                }

                list.Add(organization);
            }
        }

        return [.. organizationsByCountry
            .Select(pair => new CountryProfile(
                CountryTable.Get(pair.Key),
                pair.Value,
                [.. pair.Value
                    .SelectMany(o => LettersSignedBy(o.Id))
                    .Distinct()
                    .OrderByDescending(l => l.Date)
                    .ThenBy(l => l.Id, StringComparer.Ordinal)]))
            .OrderBy(p => p.Country.Name, NameComparer.Instance)];
    }
}
