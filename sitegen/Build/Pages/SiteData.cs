using System.Collections.Frozen;
using System.Globalization;
using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Letters;
using Archive.Core.Text;
using Archive.SiteGen.Build.Maps;

namespace Archive.SiteGen.Build.Pages;

/// <summary>
/// What every page kind assembles its pages from: the archive, and what is worked out once per build because many
/// pages show it (the links to every organization and country, each letter's summary, the years of the letters list).
/// Immutable once built; read by every rendering thread.
/// </summary>
internal sealed class SiteData
{
    /// <summary>How many letters a list page shows; longer lists go on to <c>page/2/</c> and so on.</summary>
    public const int LettersPerPage = 100;

    private readonly FrozenDictionary<string, Link> _organizationLinks;
    private readonly FrozenDictionary<CountryCode, Link> _countryLinks;
    private readonly LetterSummary[] _summaries;
    private readonly Dictionary<Letter, int> _places;
    private readonly FeedEntry?[] _feedEntries;
    private readonly Lazy<IReadOnlyList<Link>> _years;

    public SiteData(ArchiveContent content, IReadOnlyList<DataFile> data, WorldMap map)
    {
        Content = content;
        Data = data;
        Urls = content.Urls;
        Map = map;
        MapFile = Urls.Link(map.File);
        JsonLd = new LetterJsonLd(content, Urls);
        // Every signatory and every country of every letter links to its page (320,000 signatories at 10,000 letters):
        // the links are made once.
        _organizationLinks = content.Organizations.DistinctBy(o => o.Id, StringComparer.Ordinal)
            .ToFrozenDictionary(o => o.Id, o => new Link(o.Name, Urls.Link(SiteUrls.Organization(o.Id))), StringComparer.Ordinal);
        _countryLinks = CountryTable.All.ToFrozenDictionary(c => c.Code, c => new Link(c.Name, Urls.Link(SiteUrls.Country(c.Code))));
        // Each letter's summary by its place in the archive's list, and the place by the letter itself: organization and
        // country pages list 600,000 summaries at 10,000 letters, and finding each by its id (hashing and comparing
        // long strings) was a tenth of their time.
        _summaries = [.. content.Letters.Select(Summary)];
        _places = new Dictionary<Letter, int>(content.Letters.Count, ReferenceEqualityComparer.Instance);
        for (var place = 0; place < content.Letters.Count; place++)
        {
            _places[content.Letters[place]] = place;
        }

        // Made when a feed first holds the letter: most letters are in the feeds of dozens of organizations and countries.
        _feedEntries = new FeedEntry?[content.Letters.Count];

        // Every year links to the page of the letters list where its letters start: any year is two clicks away.
        _years = new(() => YearLinks(Content.Letters, SiteUrls.LettersPage));
    }

    public ArchiveContent Content { get; }

    public SiteUrls Urls { get; }

    /// <summary>The files of <c>/data/</c>, written before the pages: the downloads page lists their sizes.</summary>
    public IReadOnlyList<DataFile> Data { get; }

    public LetterJsonLd JsonLd { get; }

    /// <summary>The world map the letter, organization and country pages draw their countries on.</summary>
    public WorldMap Map { get; }

    /// <summary>The address of the map's file, as pages link it.</summary>
    public string MapFile { get; }

    /// <summary>Every year of the archive, linked to where its letters start in the letters list.</summary>
    public IReadOnlyList<Link> Years => _years.Value;

    public Link OrganizationLink(string id, string printedName) =>
        _organizationLinks.GetValueOrDefault(id) ?? new Link(printedName, Urls.Link(SiteUrls.Organization(id)));

    public Link CountryLink(CountryCode code) => _countryLinks[code];

    /// <summary>A letter in a list, made once per build and shared by every page that lists it.</summary>
    public LetterSummary SummaryOf(Letter letter) => _summaries[_places[letter]];

    /// <summary>What the feeds say of a letter, made once per build and shared by every feed that holds it (issue 20).</summary>
    public FeedEntry FeedEntryOf(Letter letter) =>
        LazyInitializer.EnsureInitialized(ref _feedEntries[_places[letter]], () => FeedEntry.Of(letter, Content));

    /// <summary>The letter after and before this one in the archive's order (older, newer).</summary>
    public (LetterSummary? Older, LetterSummary? Newer) NeighboursOf(Letter letter)
    {
        var index = _places[letter];
        return (index + 1 < _summaries.Length ? _summaries[index + 1] : null, index > 0 ? _summaries[index - 1] : null);
    }

    public OrganizationEntry OrganizationEntry(Archive.Core.Organizations.Organization organization) => new(
        organization.Name, organization.Acronym, Urls.Link(SiteUrls.Organization(organization.Id)), Content.LettersSignedBy(organization.Id).Count);

    /// <summary>How many pages a list of letters takes.</summary>
    public static int PageCount(int letters) => Math.Max(1, (letters + LettersPerPage - 1) / LettersPerPage);

    // The letters of page `number` of a list.
    private static IEnumerable<Letter> PageOf(IReadOnlyList<Letter> letters, int number)
    {
        var start = (number - 1) * LettersPerPage;
        for (var i = start; i < letters.Count && i < start + LettersPerPage; i++)
        {
            yield return letters[i];
        }
    }

    /// <summary>
    /// Page <paramref name="number"/> of a list of letters, newest first, whose pages are at <paramref name="address"/>:
    /// its letters by year (a year whose newer letters are on the page before is marked as continued), the page links,
    /// and, on the first page of a list that takes several, every year of it linked to where its letters start.
    /// </summary>
    /// <param name="heading">The level of the year headings (see <see cref="LetterListPage.Heading"/>).</param>
    /// <param name="jump">
    /// The years to link on every page, when worked out once for the whole list (the letters list's); otherwise the
    /// first page links them. On every page of every organization and country they were 2% of a 10,000-letter site's
    /// HTML, for links the first page and the page links reach as well.
    /// </param>
    public LetterListPage ListPage(IReadOnlyList<Letter> letters, int number, Func<int, string> address, int heading, IReadOnlyList<Link>? jump = null)
    {
        var count = PageCount(letters.Count);
        var start = (number - 1) * LettersPerPage;
        int? continued = number > 1 && start - 1 < letters.Count ? letters[start - 1].Date.Year : null;
        var years = PageOf(letters, number)
            .GroupBy(l => l.Date.Year)
            .Select(g => new YearGroup(g.Key, g.Key == continued, [.. g.Select(SummaryOf)]))
            .ToList();
        return new LetterListPage(heading, years, jump ?? (count > 1 && number == 1 ? YearLinks(letters, address) : []), Pages(number, count, address));
    }

    // Every year of a list of letters (newest first), linked to the page and heading where its letters start.
    private List<Link> YearLinks(IReadOnlyList<Letter> letters, Func<int, string> address)
    {
        var links = new List<Link>();
        for (var i = 0; i < letters.Count; i++)
        {
            var year = letters[i].Date.Year;
            if (i == 0 || letters[i - 1].Date.Year != year)
            {
                var text = year.ToString(CultureInfo.InvariantCulture);
                links.Add(new Link(text, Urls.Link(address((i / LettersPerPage) + 1)) + "#y" + text));
            }
        }

        return links;
    }

    /// <summary>The page links of a list that takes more than one page; null for a list that fits on one.</summary>
    public PageLinks? Pages(int number, int count, Func<int, string> address) => count <= 1 ? null : new PageLinks(
        number,
        count,
        number > 1 ? Urls.Link(address(number - 1)) : null,
        number < count ? Urls.Link(address(number + 1)) : null,
        [.. PageLinks.Shown(number, count).Select(n => n is { } shown ? new PageLink(shown, Urls.Link(address(shown))) : null)]);

    /// <summary>The head of an ordinary page: its title, description, permalink and navigation section.</summary>
    public PageHead Head(string address, string title, string description, string section, string? script = null) =>
        new(title, description, Urls.Absolute(address), "website", section, Script: script);

    /// <summary>The feed beside an organization's or a country's first page, named as its head's link names it (issue 20).</summary>
    public Link FeedLink(string page, string name) => new($"{name}: new letters (Atom)", Urls.Link(SiteUrls.FeedBeside(page)));

    /// <summary>How many organizations signed a letter.</summary>
    public int OrganizationCount(Letter letter) => Content.OrganizationIdsOf(letter).Count;

    /// <summary>Who signed, counted: "35 organizations", or "3 people" for a letter only people signed.</summary>
    public string Signers(Letter letter) => Signers(Content, letter);

    /// <summary>Who signed a letter of <paramref name="content"/>, counted, as lists and feeds say it.</summary>
    public static string Signers(ArchiveContent content, Letter letter) => content.OrganizationIdsOf(letter).Count switch
    {
        0 when letter.People.Count == 1 => "1 person",
        0 => $"{letter.People.Count} people",
        var count => CountedNoun.Of(count, "organization"),
    };

    private LetterSummary Summary(Letter letter) => new(
        letter.Title,
        Urls.Link(SiteUrls.Letter(letter.Id)),
        DisplayDate(letter),
        letter.Date.ToString(),
        letter.Date.Year,
        OrganizationCount(letter),
        Signers(letter),
        string.Join("; ", letter.Recipients),
        letter.Language);

    /// <summary>The date as shown: "20 July 2009", or "2008 (undated)" when the letter prints none.</summary>
    public static string DisplayDate(Letter letter) =>
        letter.DateIsEstimate ? $"{letter.Date.ToDisplayString()} (undated)" : letter.Date.ToDisplayString();

    /// <summary>The A–Z group of a name: the first letter of its folded key, or <c>#</c>.</summary>
    public static string Initial(string name)
    {
        var key = NameComparer.FoldedKey(name);
        var first = key.FirstOrDefault(char.IsLetterOrDigit);
        return first is >= 'a' and <= 'z' ? char.ToUpperInvariant(first).ToString() : "#";
    }
}
