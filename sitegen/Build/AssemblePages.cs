using System.Collections.Frozen;
using System.Globalization;
using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Letters;
using Archive.Core.Markdown;
using Archive.SiteGen.Build.Pages;

namespace Archive.SiteGen.Build;

/// <summary>
/// The assemble step: turns the archive into the fixed list of pages (home, letters, organizations, countries,
/// search, 404), each with the data its template shows. Pure: content in, pages out. Every lookup is indexed once,
/// so the step stays linear in the size of the archive.
/// The list is a plan: every address is known at once, but a page's data is assembled only when it is rendered,
/// so a 10,000-letter build never holds 13,000 pages' data at the same time.
/// </summary>
internal sealed class AssemblePages
{
    private const int LatestOnHome = 10;
    private const int CoSignersShown = 10;

    /// <summary>How many letters a list page shows; longer lists go on to <c>page/2/</c> and so on.</summary>
    public const int LettersPerPage = 100;

    private readonly ArchiveContent _content;
    private readonly SiteUrls _urls;
    private readonly LetterJsonLd _jsonLd;
    private readonly FrozenDictionary<string, Link> _organizationLinks;
    private readonly FrozenDictionary<CountryCode, Link> _countryLinks;
    private readonly LetterSummary[] _summaries;
    private readonly Dictionary<Letter, int> _places;
    private readonly Lazy<IReadOnlyList<Link>> _years;
    private readonly Lazy<ILookup<string, Letter>> _published;
    private readonly Lazy<ILookup<string, Letter>> _signedByPeople;

    private AssemblePages(ArchiveContent content)
    {
        _content = content;
        _urls = new SiteUrls(content.Site);
        _jsonLd = new LetterJsonLd(content, _urls);
        // Every signatory and every country of every letter links to its page (320,000 signatories at 10,000 letters):
        // the links are made once.
        _organizationLinks = content.Organizations.DistinctBy(o => o.Id, StringComparer.Ordinal)
            .ToFrozenDictionary(o => o.Id, o => new Link(o.Name, _urls.Link(SiteUrls.Organization(o.Id))), StringComparer.Ordinal);
        _countryLinks = CountryTable.All.ToFrozenDictionary(c => c.Code, c => new Link(c.Name, _urls.Link(SiteUrls.Country(c.Code))));
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
        _years = new(() => [.. _content.Letters
            .Select((l, i) => (l.Date.Year, Page: (i / LettersPerPage) + 1))
            .DistinctBy(p => p.Year)
            .Select(p => new Link(p.Year.ToString(CultureInfo.InvariantCulture), _urls.Link(SiteUrls.LettersPage(p.Page)) + "#y" + p.Year.ToString(CultureInfo.InvariantCulture)))]);
        // Indexed once for every organization page: which letters each organization published and which its people signed.
        _published = new(() => _content.Letters
            .Where(l => l.PublisherId is not null)
            .ToLookup(l => l.PublisherId!, StringComparer.Ordinal));
        _signedByPeople = new(() => _content.Letters
            .SelectMany(l => l.People.SelectMany(p => p.Roles).Select(r => r.OrganizationId).OfType<string>().Distinct(StringComparer.Ordinal).Select(id => (id, l)))
            .ToLookup(p => p.id, p => p.l, StringComparer.Ordinal));
    }

    /// <summary>Every page of the site, in a fixed order, each assembled when asked for.</summary>
    public static IReadOnlyList<PagePlan> Plan(ArchiveContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new AssemblePages(content).All();
    }

    /// <summary>Every page of the site, assembled now: for tests and small archives.</summary>
    public static IReadOnlyList<SitePage> From(ArchiveContent content) => [.. Plan(content).Select(p => p.Assemble())];

    private List<PagePlan> All()
    {
        var letterPages = PageCount(_content.Letters.Count);
        var plans = new List<PagePlan> { new(SiteUrls.Home, Home) };
        plans.AddRange(Enumerable.Range(1, letterPages).Select(n => new PagePlan(SiteUrls.LettersPage(n), () => Letters(n, letterPages))));
        plans.Add(new(SiteUrls.Organizations, Organizations));
        plans.Add(new(SiteUrls.Countries, Countries));
        plans.Add(new(SiteUrls.Search, Search));
        plans.Add(new(SiteUrls.NotFound, NotFound, InSitemap: false));
        plans.AddRange(_content.Letters.Select(l => new PagePlan(SiteUrls.Letter(l.Id), () => Letter(l))));
        plans.AddRange(_content.Organizations.Select(o => new PagePlan(SiteUrls.Organization(o.Id), () => Organization(o))));
        foreach (var profile in _content.Countries)
        {
            var pages = PageCount(profile.Letters.Count);
            plans.AddRange(Enumerable.Range(1, pages).Select(n => new PagePlan(SiteUrls.CountryPage(profile.Country.Code, n), () => Country(profile, n, pages))));
        }

        return plans;
    }

    private static int PageCount(int letters) => Math.Max(1, (letters + LettersPerPage - 1) / LettersPerPage);

    private SitePage Home()
    {
        var site = _content.Site;
        var model = new HomePage(site.Description, _content.Letters.Count, _content.Organizations.Count, _content.Countries.Count,
            [.. _content.Letters.Take(LatestOnHome).Select(l => SummaryOf(l))]);
        return Page(SiteUrls.Home, "home", site.Title, site.Description, "home", model);
    }

    private SitePage Letters(int number, int pageCount)
    {
        var letters = _content.Letters;
        var years = PageOf(letters, number)
            .GroupBy(l => l.Date.Year)
            .Select(g => new YearGroup(g.Key, [.. g.Select(l => SummaryOf(l))]))
            .ToList();
        var pages = Pages(number, pageCount, SiteUrls.LettersPage);
        var description = $"All {Plural(letters.Count, "open letter")} in the archive, newest first{pages?.Suffix}.";
        return Page(SiteUrls.LettersPage(number), "letters", "Letters" + pages?.TitleSuffix, description, "letters",
            new LettersPage(letters.Count, years, _years.Value, pages));
    }

    private SitePage Organizations()
    {
        var groups = _content.Organizations
            .GroupBy(o => Initial(o.Name))
            .Select(g => new InitialGroup(g.Key, g.Key == "#" ? "other" : g.Key.ToLowerInvariant(), [.. g.Select(OrganizationEntry)]))
            .ToList();
        var description = $"All {Plural(_content.Organizations.Count, "organization")} in the archive, A–Z, with the letters each signed.";
        return Page(SiteUrls.Organizations, "organizations", "Organizations", description, "organizations",
            new OrganizationsPage(_content.Organizations.Count, groups));
    }

    private SitePage Countries()
    {
        var countries = _content.Countries
            .Select(c => new CountryEntry(c.Country.Name, c.Country.Code.Value, _urls.Link(SiteUrls.Country(c.Country.Code)), c.Organizations.Count, c.Letters.Count))
            .ToList();
        var description = $"The {Plural(countries.Count, "country", "countries")} of the organizations that signed letters in the archive.";
        return Page(SiteUrls.Countries, "countries", "Countries", description, "countries", new CountriesPage(countries));
    }

    private SitePage Search() =>
        Page(SiteUrls.Search, "search", "Search", $"Search the text of every letter in the {_content.Site.Title}, by organization, country and year.", "search",
            new SearchPage(_urls.Link("pagefind/pagefind.js")), script: "search");

    private SitePage NotFound() =>
        new(SiteUrls.NotFound, "404", new PageHead("Page not found", "This page does not exist.", _urls.Absolute(SiteUrls.NotFound), "website", "", NoIndex: true),
            new NotFoundPage(_urls.Link(SiteUrls.Search)), InSitemap: false);

    private SitePage Letter(Letter letter)
    {
        var address = SiteUrls.Letter(letter.Id);
        var countries = _content.CountriesOf(letter);
        var organizationIds = _content.OrganizationIdsOf(letter);
        var signedBy = organizationIds.Count > 0
            ? $"Signed by {Plural(organizationIds.Count, "organization")} from {Plural(countries.Count, "country", "countries")}"
            : $"Signed by {Signers(letter)} and no organization";
        var publisher = letter.PublisherId is null ? null : _content.FindOrganization(letter.PublisherId);
        var permalink = _urls.Absolute(address);
        var index = _places[letter];
        var model = new LetterPage(
            letter.Id,
            letter.Title,
            DisplayDate(letter),
            letter.Date.ToString(),
            letter.DateIsEstimate,
            letter.DateNote,
            letter.Date.Year,
            letter.Language,
            letter.Recipients,
            letter.CopiedTo,
            publisher is null ? null : _organizationLinks[publisher.Id],
            new TrustedHtml(LetterMarkdown.ToHtml(letter.Body)),
            Signatories(letter),
            [.. letter.People.Select(Person)],
            signedBy,
            [.. countries.Select(c => CountryLink(c.Code))],
            Citation.Chicago(letter, publisher?.Name, _content.Site.Title, permalink),
            Citation.BibTex(letter, publisher?.Name, _content.Site.Title, permalink),
            permalink,
            _urls.Api(letter.Id),
            Source(letter.Source),
            index + 1 < _summaries.Length ? _summaries[index + 1] : null,
            index > 0 ? _summaries[index - 1] : null);
        var recipients = letter.Recipients.Count > 0 ? $" to {string.Join("; ", letter.Recipients)}" : "";
        var description = $"Open letter of {DisplayDate(letter)}{recipients}. {signedBy}.";
        var head = new PageHead(letter.Title, description, permalink, "article", "letters", _jsonLd.For(letter));
        return new SitePage(address, "letter", head, model);
    }

    private List<SignatoryRow> Signatories(Letter letter)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. letter.Signatories.Select(s =>
        {
            var link = _organizationLinks.GetValueOrDefault(s.OrganizationId) ?? new Link(s.Name, _urls.Link(SiteUrls.Organization(s.OrganizationId)));
            return new SignatoryRow(s.Name, link, seen.Add(s.OrganizationId), [.. _content.CountriesOf(s).Select(CountryLink)], s.Regions);
        })];
    }

    private PersonEntry Person(Person person) => new(person.Name, [.. person.Roles.Select(r => new RoleEntry(
        r.Title,
        r.Affiliation ?? (r.OrganizationId is null ? null : _content.FindOrganization(r.OrganizationId)?.Name),
        r.OrganizationId is null || _content.FindOrganization(r.OrganizationId) is null ? null : _urls.Link(SiteUrls.Organization(r.OrganizationId))))]);

    private SourceEntry Source(LetterSource source) => new(
        source.File is null ? null : _urls.Link(source.File),
        source.File is null ? null : Path.GetFileName(source.File),
        source.Url?.AbsoluteUri,
        source.Note);

    private SitePage Organization(Archive.Core.Organizations.Organization organization)
    {
        var signed = _content.LettersSignedBy(organization.Id);
        var coSigners = _content.CoSignersOf(organization.Id, CoSignersShown);
        var model = new OrganizationPage(
            organization.Id,
            organization.Name,
            organization.Acronym,
            organization.Aliases,
            [.. organization.Countries.Select(CountryLink)],
            organization.Website?.AbsoluteUri,
            organization.Description,
            Timeline.Of([.. signed.Select(l => l.Date.Year)]),
            [.. signed.Select(l => SummaryOf(l))],
            [.. _published.Value[organization.Id].Reverse().Select(l => SummaryOf(l))],
            [.. _signedByPeople.Value[organization.Id].Reverse().Select(l => SummaryOf(l))],
            [.. coSigners.Top.Select(c => new CoSignerEntry(c.Organization.Name, _urls.Link(SiteUrls.Organization(c.Organization.Id)), c.LetterCount))],
            coSigners.Total);
        var description = organization.Description
            ?? $"{organization.Name} signed {Plural(signed.Count, "letter")} in the {_content.Site.Title}.";
        return Page(SiteUrls.Organization(organization.Id), "organization", organization.Name, description, "organizations", model);
    }

    private SitePage Country(CountryProfile profile, int number, int pageCount)
    {
        var country = profile.Country;
        var pages = Pages(number, pageCount, n => SiteUrls.CountryPage(country.Code, n));
        // The organizations are listed once, on the first page; the following pages continue the letters.
        var model = new CountryPage(country.Name, country.Code.Value, profile.Organizations.Count, profile.Letters.Count,
            number == 1 ? [.. profile.Organizations.Select(OrganizationEntry)] : [],
            [.. PageOf(profile.Letters, number).Select(l => SummaryOf(l))],
            pages);
        var description = $"{Plural(profile.Organizations.Count, "organization")} from {country.Name} and the {Plural(profile.Letters.Count, "letter")} they signed{pages?.Suffix}.";
        return Page(SiteUrls.CountryPage(country.Code, number), "country", country.Name + pages?.TitleSuffix, description, "countries", model);
    }

    private static IEnumerable<Letter> PageOf(IReadOnlyList<Letter> letters, int number) =>
        letters.Skip((number - 1) * LettersPerPage).Take(LettersPerPage);

    /// <summary>The page links of a list that takes more than one page; null for a list that fits on one.</summary>
    private PageLinks? Pages(int number, int count, Func<int, string> address) => count <= 1 ? null : new PageLinks(
        number,
        count,
        number > 1 ? _urls.Link(address(number - 1)) : null,
        number < count ? _urls.Link(address(number + 1)) : null,
        [.. PageLinks.Shown(number, count).Select(n => n is { } shown ? new PageLink(shown, _urls.Link(address(shown))) : null)]);

    private OrganizationEntry OrganizationEntry(Archive.Core.Organizations.Organization organization) => new(
        organization.Name, organization.Acronym, _urls.Link(SiteUrls.Organization(organization.Id)), _content.LettersSignedBy(organization.Id).Count);

    private Link CountryLink(CountryCode code) => _countryLinks[code];

    private LetterSummary SummaryOf(Letter letter) => _summaries[_places[letter]];

    private LetterSummary Summary(Letter letter) => new(
        letter.Title,
        _urls.Link(SiteUrls.Letter(letter.Id)),
        DisplayDate(letter),
        letter.Date.ToString(),
        letter.Date.Year,
        OrganizationCount(letter),
        Signers(letter),
        string.Join("; ", letter.Recipients));

    private int OrganizationCount(Letter letter) => _content.OrganizationIdsOf(letter).Count;

    private string Signers(Letter letter) => OrganizationCount(letter) switch
    {
        0 when letter.People.Count == 1 => "1 person",
        0 => $"{letter.People.Count} people",
        var count => Plural(count, "organization"),
    };

    private SitePage Page(string address, string template, string title, string description, string section, object model, string? script = null) =>
        new(address, template, new PageHead(title, description, _urls.Absolute(address), "website", section, Script: script), model);

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

    public static string Plural(int count, string noun, string? plural = null) =>
        count == 1 ? $"1 {noun}" : $"{count} {plural ?? noun + "s"}";
}
