using System.Collections.Frozen;
using System.Runtime.InteropServices;
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
    // Plain dictionaries, never changed after the constructor (so safe to read from many threads): freezing them
    // costs more than it saves, and a reload after one edited file builds the whole archive again.
    private readonly Dictionary<string, int> _letterPlaces;
    private readonly Dictionary<string, Filing> _filings;
    private readonly Dictionary<CountryCode, CountryProfile> _countriesByCode;
    private readonly Dictionary<string, List<Letter>> _published;
    private readonly Dictionary<string, List<Letter>> _signedByPeople;
    private readonly Dictionary<string, Organization> _replacedBy;

    // By a letter's place in Letters: the organizations that signed it, as ids and as A–Z places (see Filing.Place).
    private readonly string[][] _organizationIdsByPlace;
    private readonly int[][] _organizationPlacesByPlace;

    /// <summary>Assembles the archive from what was read.</summary>
    public ArchiveContent(SiteSettings site, IEnumerable<Letter> letters, IEnumerable<Organization> organizations, AboutText? about = null)
    {
        Site = site;
        About = about;
        Letters = [.. letters.OrderByDescending(l => l.Date).ThenBy(l => l.Id, StringComparer.Ordinal)];
        // A stable sort: letters added at the same moment (one commit) keep the order of Letters.
        LettersByAdded = [.. Letters.OrderByDescending(l => l.Dates.Added)];
        Organizations = [.. NameComparer.OrderByName(organizations, o => o.Name).ThenBy(o => o.Id, StringComparer.Ordinal)];
        _letterPlaces = FirstPlaces(Letters, l => l.Id);
        _filings = FilingsOf(Organizations);
        (_organizationIdsByPlace, _organizationPlacesByPlace, var lettersByCountry) = IndexLetters(Letters, _filings, hasDuplicateIds: _letterPlaces.Count < Letters.Count);
        Countries = BuildCountries(lettersByCountry);
        _countriesByCode = Countries.ToDictionary(c => c.Country.Code);
        (_published, _signedByPeople) = IndexPublishersAndPeople(Letters);
        _replacedBy = LoadContent.ReplacedIds(Organizations);
    }

    /// <summary>The site-wide settings.</summary>
    public SiteSettings Site { get; }

    /// <summary>The About page's text (<c>about.md</c>), if the archive has one.</summary>
    public AboutText? About { get; }

    /// <summary>The public addresses of the site under its base URL.</summary>
    public Addresses.SiteUrls Urls => _urls ??= new Addresses.SiteUrls(Site);

    private Addresses.SiteUrls? _urls;

    /// <summary>Every letter, newest first (ties by id).</summary>
    public IReadOnlyList<Letter> Letters { get; }

    /// <summary>
    /// Every letter, the most recently added to the archive first (see <see cref="Letter.Dates"/>); letters added at
    /// the same moment newest first, then by id, as in <see cref="Letters"/>.
    /// </summary>
    public IReadOnlyList<Letter> LettersByAdded { get; }

    /// <summary>Every organization, A–Z by canonical name.</summary>
    public IReadOnlyList<Organization> Organizations { get; }

    /// <summary>
    /// Every country that has at least one organization in the archive or a letter signed for it (a signatory that
    /// stands for it, <see cref="CountriesOf(Signatory)"/>), A–Z by name.
    /// </summary>
    public IReadOnlyList<CountryProfile> Countries { get; }

    /// <summary>The letter with this id, if any.</summary>
    public Letter? FindLetter(string id) => _letterPlaces.TryGetValue(id, out var place) ? Letters[place] : null;

    /// <summary>The organization with this id, if any.</summary>
    public Organization? FindOrganization(string id) =>
        _filings.TryGetValue(id, out var filing) && filing.Place >= 0 ? Organizations[filing.Place] : null;

    /// <summary>
    /// The organization that replaced the one that had this id (its <see cref="Organization.Replaces"/> names it),
    /// ignoring case, if any: where the old id's addresses lead.
    /// </summary>
    public Organization? ReplacementOf(string id) => _replacedBy.GetValueOrDefault(id);

    /// <summary>The country profile of a code, if the archive has organizations there.</summary>
    public CountryProfile? FindCountry(CountryCode code) => _countriesByCode.GetValueOrDefault(code);

    /// <summary>The letters an organization signed, oldest first.</summary>
    public IReadOnlyList<Letter> LettersSignedBy(string organizationId) =>
        _filings.TryGetValue(organizationId, out var filing) ? filing.Letters : [];

    /// <summary>The letters an organization published (it is their <see cref="Letter.PublisherId"/>), newest first.</summary>
    public IReadOnlyList<Letter> LettersPublishedBy(string organizationId) =>
        _published.TryGetValue(organizationId, out var letters) ? letters : [];

    /// <summary>The letters people of an organization signed (it is the organization of one of their roles), newest first.</summary>
    public IReadOnlyList<Letter> LettersSignedByPeopleOf(string organizationId) =>
        _signedByPeople.TryGetValue(organizationId, out var letters) ? letters : [];

    /// <summary>The organizations that signed a letter, each once, in the order the letter prints them.</summary>
    public IReadOnlyList<string> OrganizationIdsOf(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return _letterPlaces.TryGetValue(letter.Id, out var place) && ReferenceEquals(Letters[place], letter)
            ? _organizationIdsByPlace[place]
            : [.. letter.Signatories.Select(s => s.OrganizationId).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The organizations that signed letters together with this one, with how many letters they share,
    /// most shared first (ties A–Z).
    /// </summary>
    public IReadOnlyList<CoSigner> CoSignersOf(string organizationId) => CoSignersOf(organizationId, int.MaxValue).Top;

    /// <summary>
    /// The <paramref name="limit"/> organizations that signed most often with this one (in the order of
    /// <see cref="CoSignersOf(string)"/>), and how many co-signers it has in all.
    /// </summary>
    public CoSigners CoSignersOf(string organizationId, int limit)
    {
        if (!_filings.TryGetValue(organizationId, out var filing) || filing.Place < 0)
        {
            return new CoSigners([], 0);
        }

        // Asked for every organization page, of organizations with thousands of co-signers each: counted by A–Z
        // place, so sorting by place is sorting by name, and each letter found by its place, not its id.
        var self = filing.Place;
        var counts = new int[Organizations.Count];
        var found = 0;
        foreach (var letterPlace in filing.LetterPlaces)
        {
            foreach (var rank in _organizationPlacesByPlace[letterPlace])
            {
                if (rank != self && counts[rank]++ == 0)
                {
                    found++;
                }
            }
        }

        var order = First(counts, Math.Min(limit, found));
        var top = new CoSigner[order.Length];
        for (var i = 0; i < top.Length; i++)
        {
            var rank = (int)(order[i] & uint.MaxValue);
            top[i] = new CoSigner(Organizations[rank], counts[rank]);
        }

        return new CoSigners(top, found);
    }

    /// <summary>
    /// Every pair of organizations that signed a letter together, each pair once, with the letters they both signed:
    /// the same counts as <see cref="CoSignersOf(string)"/>. Worked out on each call (millions of pairs at 10,000
    /// generated letters), so a caller that needs the pairs for several files asks once (issue 19).
    /// </summary>
    public CoSignaturePairs CoSignaturePairs()
    {
        var counts = new int[Organizations.Count];
        var starts = new int[Organizations.Count];
        var partners = new List<int>();
        var firsts = new List<int>();
        var seconds = new List<int>();
        var ends = new List<int>();
        // Every pair's letters in one array of letter places, the pairs one after the other (7.8 million at 10,000
        // generated letters): counted first, so it is made once at its size, of numbers the collector need not trace.
        var letters = new int[OwnFilings().Sum(f => f.Filing.LetterPlaces.Sum(letterPlace => _organizationPlacesByPlace[letterPlace].Count(second => second > f.Place)))];
        var end = 0;
        foreach (var (first, filing) in OwnFilings())
        {
            // Counted by A–Z place, as CoSignersOf counts: the partners after this one, then their letters in place.
            partners.Clear();
            foreach (var letterPlace in filing.LetterPlaces)
            {
                foreach (var second in _organizationPlacesByPlace[letterPlace])
                {
                    if (second > first && counts[second]++ == 0)
                    {
                        partners.Add(second);
                    }
                }
            }

            partners.Sort();
            foreach (var second in partners)
            {
                starts[second] = end;
                end += counts[second];
                firsts.Add(first);
                seconds.Add(second);
                ends.Add(end);
                counts[second] = 0;
            }

            foreach (var letterPlace in filing.LetterPlaces)
            {
                foreach (var second in _organizationPlacesByPlace[letterPlace])
                {
                    if (second > first)
                    {
                        letters[starts[second]++] = letterPlace;
                    }
                }
            }
        }

        return new CoSignaturePairs(Organizations, Letters, [.. firsts], [.. seconds], [.. ends], letters);
    }

    // Each organization by its A–Z place with its letters; a second file with the same id (an error reported
    // elsewhere) has no letters of its own.
    private IEnumerable<(int Place, Filing Filing)> OwnFilings()
    {
        for (var place = 0; place < Organizations.Count; place++)
        {
            var filing = _filings[Organizations[place].Id];
            if (filing.Place == place)
            {
                yield return (place, filing);
            }
        }
    }

    // The first `wanted` co-signers in order, each as one number that sorts as wanted: fewer letters shared is
    // larger, then the A–Z position. An organization page wants ten of its thousands: kept in a small sorted array
    // as the counts go by, instead of sorting them all; many are sorted.
    private static long[] First(int[] counts, int wanted)
    {
        static long Key(int[] counts, int rank) => ((long)(int.MaxValue - counts[rank]) << 32) | (uint)rank;

        if (wanted > 64)
        {
            var all = new List<long>(wanted);
            for (var rank = 0; rank < counts.Length; rank++)
            {
                if (counts[rank] > 0)
                {
                    all.Add(Key(counts, rank));
                }
            }

            all.Sort();
            return [.. all.Take(wanted)];
        }

        var first = new long[wanted];
        var kept = 0;
        for (var rank = 0; rank < counts.Length && wanted > 0; rank++)
        {
            if (counts[rank] == 0)
            {
                continue;
            }

            var key = Key(counts, rank);
            if (kept == wanted && key >= first[kept - 1])
            {
                continue;
            }

            var at = kept == wanted ? kept - 1 : kept++;
            while (at > 0 && first[at - 1] > key)
            {
                first[at] = first[at - 1];
                at--;
            }

            first[at] = key;
        }

        return first;
    }

    /// <summary>
    /// The countries a signatory stands for: those printed with it in the letter, or, where the letter printed none,
    /// its organization's countries. The one meaning of a letter's countries: the <c>country</c> filter, a country's
    /// letters and their counts, the search facets and the exports all read it (issue 18).
    /// </summary>
    public IReadOnlyList<CountryCode> CountriesOf(Signatory signatory)
    {
        ArgumentNullException.ThrowIfNull(signatory);
        return signatory.Countries.Count > 0
            ? signatory.Countries
            : _filings.TryGetValue(signatory.OrganizationId, out var filing) ? filing.Countries : [];
    }

    /// <summary>The distinct countries of a letter's signatories, A–Z by name.</summary>
    public IReadOnlyList<Country> CountriesOf(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        // The site asks this of every letter, of 30-odd signatories each: each country is its place in the A–Z list of
        // all countries, kept in order as they come, each once.
        var places = new List<int>();
        foreach (var signatory in letter.Signatories)
        {
            foreach (var code in CountriesOf(signatory))
            {
                var place = CountryPlaces[code];
                var at = places.BinarySearch(place);
                if (at < 0)
                {
                    places.Insert(~at, place);
                }
            }
        }

        var countries = new Country[places.Count];
        for (var i = 0; i < countries.Length; i++)
        {
            countries[i] = CountriesAToZ[places[i]];
        }

        return countries;
    }

    // Every country A–Z (NameComparer's order of their names), and each country's place in that list.
    private static readonly Country[] CountriesAToZ = [.. NameComparer.OrderByName(CountryTable.All, c => c.Name)];
    private static readonly FrozenDictionary<CountryCode, int> CountryPlaces = CountriesAToZ
        .Select((country, place) => (country.Code, place))
        .ToFrozenDictionary(p => p.Code, p => p.place);

    // Each id once, at the place of the first item in the list that has it (two files may claim one id: an error
    // reported elsewhere).
    private static Dictionary<string, int> FirstPlaces<T>(IReadOnlyList<T> items, Func<T, string> id)
    {
        var places = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        for (var place = 0; place < items.Count; place++)
        {
            places.TryAdd(id(items[place]), place);
        }

        return places;
    }

    // Each organization id with the countries of every organization file that has it, and the A–Z place of the
    // first of them.
    private static Dictionary<string, Filing> FilingsOf(IReadOnlyList<Organization> alphabetical)
    {
        var filings = new Dictionary<string, Filing>(alphabetical.Count, StringComparer.Ordinal);
        for (var place = 0; place < alphabetical.Count; place++)
        {
            var organization = alphabetical[place];
            ref var filing = ref CollectionsMarshal.GetValueRefOrAddDefault(filings, organization.Id, out _);
            filing ??= new Filing(organization.Id, place);
            foreach (var code in organization.Countries)
            {
                if (!filing.Countries.Contains(code))
                {
                    filing.Countries.Add(code);
                }
            }
        }

        return filings;
    }

    // One walk over every signatory of every letter, oldest first, files each letter under the organizations that
    // signed it (oldest first, as LettersSignedBy answers) and under their countries (reversed at the end: a country
    // lists its letters newest first), and lists each letter's organizations once each, in printed order. It is most
    // of the work of building the archive, and of a reload, so each signatory costs one look-up.
    private static (string[][] IdsByPlace, int[][] PlacesByPlace, Dictionary<CountryCode, List<Letter>> ByCountry) IndexLetters(
        IReadOnlyList<Letter> newestFirst,
        Dictionary<string, Filing> filings,
        bool hasDuplicateIds)
    {
        var idsByPlace = new string[newestFirst.Count][];
        var placesByPlace = new int[newestFirst.Count][];
        var byCountry = new Dictionary<CountryCode, List<Letter>>();
        var countriesOfLetter = new List<CountryCode>();
        var signers = new List<Filing>();
        for (var i = newestFirst.Count - 1; i >= 0; i--)
        {
            var letter = newestFirst[i];
            countriesOfLetter.Clear();
            signers.Clear();
            foreach (var signatory in letter.Signatories)
            {
                ref var filing = ref CollectionsMarshal.GetValueRefOrAddDefault(filings, signatory.OrganizationId, out _);
                filing ??= new Filing(signatory.OrganizationId, place: -1);
                // The countries it stands for, as CountriesOf(Signatory) says (issue 18): what the letter printed with
                // it, else its organization's. Counted for a second signature of one organization too, which may
                // print another country.
                foreach (var code in signatory.Countries.Count > 0 ? signatory.Countries : filing.Countries)
                {
                    if (!countriesOfLetter.Contains(code))
                    {
                        countriesOfLetter.Add(code);
                    }
                }

                if (filing.LastLetter == i)
                {
                    // The organization signed this letter twice (a warning reported elsewhere): file it once.
                    continue;
                }

                filing.LastLetter = i;
                filing.Letters.Add(letter);
                filing.LetterPlaces.Add(i);
                signers.Add(filing);
            }

            idsByPlace[i] = [.. signers.Select(f => f.Id)];
            placesByPlace[i] = [.. signers.Where(f => f.Place >= 0).Select(f => f.Place)];
            foreach (var code in countriesOfLetter)
            {
                ref var letters = ref CollectionsMarshal.GetValueRefOrAddDefault(byCountry, code, out _);
                (letters ??= []).Add(letter);
            }
        }

        foreach (var letters in byCountry.Values)
        {
            letters.Reverse();
            if (hasDuplicateIds)
            {
                // Two files may claim one id (an error reported elsewhere); a country lists that letter once.
                var once = letters.DistinctBy(l => l.Id, StringComparer.Ordinal).ToList();
                letters.Clear();
                letters.AddRange(once);
            }
        }

        return (idsByPlace, placesByPlace, byCountry);
    }

    // Each organization's letters as publisher and through its people's roles, newest first (each letter once).
    private static (Dictionary<string, List<Letter>> Published, Dictionary<string, List<Letter>> SignedByPeople) IndexPublishersAndPeople(IReadOnlyList<Letter> newestFirst)
    {
        var published = new Dictionary<string, List<Letter>>(StringComparer.Ordinal);
        var signedByPeople = new Dictionary<string, List<Letter>>(StringComparer.Ordinal);
        foreach (var letter in newestFirst)
        {
            if (letter.PublisherId is { } publisher)
            {
                ref var letters = ref CollectionsMarshal.GetValueRefOrAddDefault(published, publisher, out _);
                (letters ??= []).Add(letter);
            }

            foreach (var id in letter.People.SelectMany(p => p.Roles).Select(r => r.OrganizationId).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                ref var letters = ref CollectionsMarshal.GetValueRefOrAddDefault(signedByPeople, id, out _);
                (letters ??= []).Add(letter);
            }
        }

        return (published, signedByPeople);
    }

    /// <summary>
    /// What indexing knows of one organization id: the A–Z place of its organization (-1 for an id no file has), its
    /// countries and, as the letters are walked, its letters and their places in <see cref="Letters"/>.
    /// </summary>
    private sealed class Filing(string id, int place)
    {
        public string Id { get; } = id;

        public int Place { get; } = place;

        public List<CountryCode> Countries { get; } = [];

        public List<Letter> Letters { get; } = [];

        public List<int> LetterPlaces { get; } = [];

        /// <summary>The place of the last letter filed, so a second signature on one letter files it once.</summary>
        public int LastLetter { get; set; } = -1;
    }

    private List<CountryProfile> BuildCountries(Dictionary<CountryCode, List<Letter>> lettersByCountry)
    {
        var organizationsByCountry = new Dictionary<CountryCode, List<Organization>>();
        foreach (var organization in Organizations)
        {
            foreach (var code in organization.Countries.Distinct())
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(organizationsByCountry, code, out _);
                (list ??= []).Add(organization);
            }
        }

        // A letter may print a country none of its signatories' organizations is in: that country has letters and no organization.
        return [.. NameComparer.OrderByName(
            organizationsByCountry.Keys.Union(lettersByCountry.Keys).Select(code => new CountryProfile(
                CountryTable.Get(code), organizationsByCountry.GetValueOrDefault(code) ?? [], lettersByCountry.GetValueOrDefault(code) ?? [])),
            p => p.Country.Name)];
    }
}
