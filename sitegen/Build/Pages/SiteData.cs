using System.Collections.Frozen;
using System.Globalization;
using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Letters;
using Archive.Core.Text;

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
    private readonly Lazy<IReadOnlyList<Link>> _years;
    private readonly Lazy<ILookup<string, Letter>> _published;
    private readonly Lazy<ILookup<string, Letter>> _signedByPeople;

    public SiteData(ArchiveContent content)
    {
        Content = content;
        Urls = content.Urls;
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

        // Every year links to the page of the letters list where its letters start: any year is two clicks away.
        _years = new(() => [.. Content.Letters
            .Select((l, i) => (l.Date.Year, Page: (i / LettersPerPage) + 1))
            .DistinctBy(p => p.Year)
            .Select(p => new Link(p.Year.ToString(CultureInfo.InvariantCulture), Urls.Link(SiteUrls.LettersPage(p.Page)) + "#y" + p.Year.ToString(CultureInfo.InvariantCulture)))]);
        // Indexed once for every organization page: which letters each organization published and which its people signed.
        _published = new(() => Content.Letters
            .Where(l => l.PublisherId is not null)
            .ToLookup(l => l.PublisherId!, StringComparer.Ordinal));
        _signedByPeople = new(() => Content.Letters
            .SelectMany(l => l.People.SelectMany(p => p.Roles).Select(r => r.OrganizationId).OfType<string>().Distinct(StringComparer.Ordinal).Select(id => (id, l)))
            .ToLookup(p => p.id, p => p.l, StringComparer.Ordinal));
    }

    public ArchiveContent Content { get; }

    public SiteUrls Urls { get; }

    public LetterJsonLd JsonLd { get; }

    /// <summary>Every year of the archive, linked to where its letters start in the letters list.</summary>
    public IReadOnlyList<Link> Years => _years.Value;

    /// <summary>The letters an organization published, newest first.</summary>
    public IEnumerable<Letter> PublishedBy(string organizationId) => _published.Value[organizationId].Reverse();

    /// <summary>The letters people of an organization signed, newest first.</summary>
    public IEnumerable<Letter> SignedByPeopleOf(string organizationId) => _signedByPeople.Value[organizationId].Reverse();

    public Link OrganizationLink(string id, string printedName) =>
        _organizationLinks.GetValueOrDefault(id) ?? new Link(printedName, Urls.Link(SiteUrls.Organization(id)));

    public Link CountryLink(CountryCode code) => _countryLinks[code];

    /// <summary>A letter in a list, made once per build and shared by every page that lists it.</summary>
    public LetterSummary SummaryOf(Letter letter) => _summaries[_places[letter]];

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

    public static IEnumerable<Letter> PageOf(IReadOnlyList<Letter> letters, int number) =>
        letters.Skip((number - 1) * LettersPerPage).Take(LettersPerPage);

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

    /// <summary>How many organizations signed a letter.</summary>
    public int OrganizationCount(Letter letter) => Content.OrganizationIdsOf(letter).Count;

    /// <summary>Who signed, counted: "35 organizations", or "3 people" for a letter only people signed.</summary>
    public string Signers(Letter letter) => OrganizationCount(letter) switch
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
