using System.Text.RegularExpressions;
using Archive.Core.Content;
using Archive.Core.Countries;

namespace Archive.Core.Addresses;

/// <summary>
/// Every public address of the site, in one place, for the site generator and the API alike: each page's address
/// (relative to the site's root), its output file, the links to it, and its permanent absolute address; the API's
/// addresses are <see cref="ApiRoutes"/>. Links are absolute paths under the base URL's path (<c>/letters/x/</c>, or
/// <c>/archive/letters/x/</c> when the site lives in a folder), so they work from any page; permalinks, feeds and the
/// API's <c>url</c> fields use the full base URL.
/// </summary>
public sealed partial class SiteUrls(SiteSettings site)
{
    /// <summary>The path the site lives under, ending in <c>/</c>: usually just <c>/</c>.</summary>
    public string Root { get; } = site.BaseUrl.AbsolutePath.EndsWith('/') ? site.BaseUrl.AbsolutePath : site.BaseUrl.AbsolutePath + "/";

    /// <summary>A letter's page: <c>letters/{id}/</c>.</summary>
    public static string Letter(string id) => $"letters/{id}/";

    /// <summary>An organization's page: <c>organizations/{id}/</c>.</summary>
    public static string Organization(string id) => $"organizations/{id}/";

    /// <summary>A country's page: <c>countries/{code}/</c>, the code in lower case.</summary>
    public static string Country(CountryCode code) => $"countries/{code.Slug}/";

    /// <summary>
    /// The JSON of a letter, organization or country, beside its page: <c>letters/{id}/index.json</c>,
    /// <c>organizations/{id}/index.json</c>, <c>countries/{code}/index.json</c>, byte for byte what the API answers
    /// for the same item (issue 19).
    /// </summary>
    public static string JsonBeside(string page) => page + "index.json";

    /// <summary>Page <paramref name="number"/> of the letters list: <c>letters/</c>, then <c>letters/page/2/</c>…</summary>
    public static string LettersPage(int number) => number == 1 ? Letters : $"{LettersPages}{number}/";

    /// <summary>Where the letters list's following pages live; no letter may take this id (check refuses it).</summary>
    public const string LettersPages = Letters + LoadContent.ReservedLetterId + "/";

    /// <summary>Page <paramref name="number"/> of a country: <c>countries/ug/</c>, then <c>countries/ug/page/2/</c>…</summary>
    public static string CountryPage(CountryCode code, int number) => Paged(Country(code), number);

    /// <summary>
    /// Page <paramref name="number"/> of a country's organizations, A–Z, when they are too many for its first page:
    /// <c>countries/ug/organizations/</c>, then <c>countries/ug/organizations/page/2/</c>…
    /// </summary>
    public static string CountryOrganizationsPage(CountryCode code, int number) => Paged($"{Country(code)}organizations/", number);

    /// <summary>
    /// Page <paramref name="number"/> of the letters an organization signed: <c>organizations/{id}/</c>, then
    /// <c>organizations/{id}/page/2/</c>…
    /// </summary>
    public static string OrganizationPage(string id, int number) => Paged(Organization(id), number);

    /// <summary>Page <paramref name="number"/> of the letters an organization published: <c>organizations/{id}/published/</c>…</summary>
    public static string OrganizationPublishedPage(string id, int number) => Paged($"{Organization(id)}published/", number);

    /// <summary>Page <paramref name="number"/> of the letters an organization's people signed: <c>organizations/{id}/people/</c>…</summary>
    public static string OrganizationPeoplePage(string id, int number) => Paged($"{Organization(id)}people/", number);

    /// <summary>
    /// The organizations whose names start with one initial, when the index is too long for one page:
    /// <c>organizations/initial/a/</c>, <c>organizations/initial/other/</c> for digits and signs.
    /// </summary>
    public static string OrganizationsStartingWith(string initial) => $"{OrganizationsByInitial}{initial}/";

    /// <summary>Where the organizations index goes on by initial; no organization may take this id (check refuses it).</summary>
    public const string OrganizationsByInitial = Organizations + LoadContent.ReservedOrganizationId + "/";

    // The first page of a list, then {first}page/2/, {first}page/3/…
    private static string Paged(string first, int number) => number == 1 ? first : $"{first}page/{number}/";

    /// <summary>The home page.</summary>
    public const string Home = "";

    /// <summary>The first page of every letter.</summary>
    public const string Letters = "letters/";

    /// <summary>Every organization, A–Z.</summary>
    public const string Organizations = "organizations/";

    /// <summary>Every organization's names, acronym and letter count, as JSON, for the organizations filter.</summary>
    public const string OrganizationNames = "organizations/index.json";

    /// <summary>Every country.</summary>
    public const string Countries = "countries/";

    /// <summary>The search page.</summary>
    public const string Search = "search/";

    /// <summary>What the archive is and how it is made (from <c>content/about.md</c>, when there is one).</summary>
    public const string About = "about/";

    /// <summary>The page a server sends for an unknown address.</summary>
    public const string NotFound = "404.html";

    /// <summary>The Atom feed of the newest letters.</summary>
    public const string Feed = "feed.xml";

    /// <summary>
    /// The Atom feed beside a page, of the letters it is about: <c>organizations/{id}/feed.xml</c>,
    /// <c>countries/{code}/feed.xml</c> (issue 20); beside the home page, <see cref="Feed"/>.
    /// </summary>
    public static string FeedBeside(string page) => page + Feed;

    /// <summary>The sitemap.</summary>
    public const string Sitemap = "sitemap.xml";

    /// <summary>The instructions for crawlers.</summary>
    public const string Robots = "robots.txt";

    /// <summary>The downloads: a page listing every data file, beside them (issue 19).</summary>
    public const string Data = "data/";

    /// <summary>A data file in <see cref="Data"/>, by its name: <c>data/organizations.csv</c>.</summary>
    public static string DataFile(string name) => Data + name;

    /// <summary>The Frictionless Data Package describing every data file (issue 19).</summary>
    public const string DataPackage = Data + "datapackage.json";

    /// <summary>Every letter's senders, addressees, date and address in CMIF (TEI <c>correspDesc</c>), for correspSearch (issue 19).</summary>
    public const string Cmif = Data + "cmif.xml";

    /// <summary>The co-signature network of the organizations, as GEXF 1.3 for Gephi and other network tools (issue 19).</summary>
    public const string Network = Data + "network.gexf";

    /// <summary>
    /// Netlify's redirect rules, at the site's root: each address of an organization that another replaced leads to
    /// the replacement (issue 19); hosts without such rules get a page at the old address instead.
    /// </summary>
    public const string Redirects = "_redirects";

    /// <summary>A link from one page to another: the site-relative address under <see cref="Root"/>.</summary>
    public string Link(string relative) => Root + relative;

    /// <summary>The permanent, absolute address of a page.</summary>
    public string Absolute(string relative) =>
        PlainPath.IsMatch(relative) ? _absoluteBase + relative : new Uri(site.BaseUrl, relative).AbsoluteUri;

    // What a relative address resolves against (the base URL's folder). A page address made only of lower-case
    // letters, digits, '-', '.' and '/' (not starting with either, no segment starting with '.') resolves to it plus the address, so those skip parsing a Uri:
    // a build asks for one per page, per sitemap entry and per organization in the JSON-LD, over 30,000 at 10,000
    // letters.
    private readonly string _absoluteBase = new Uri(site.BaseUrl, ".").AbsoluteUri;

    [GeneratedRegex(@"\A(?![./])(?!.*\.\.)(?!.*/\.)[a-z0-9\-./]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex PlainPathPattern();

    private static readonly Regex PlainPath = PlainPathPattern();

    /// <summary>The permanent, absolute address of a page, as a <see cref="Uri"/> (for JSON).</summary>
    public Uri AbsoluteUri(string relative) => new(Absolute(relative));

    /// <summary>Another address of the API, relative to its base address (<c>api_url</c>): <c>countries/dk/letters</c>.</summary>
    public Uri ApiUri(string relative) => new(site.ApiUrl, relative);

    /// <summary>The output file of a page address: <c>letters/x/</c> is <c>letters/x/index.html</c>.</summary>
    public static string FileOf(string relative) =>
        relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
}
