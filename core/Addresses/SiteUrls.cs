using System.Text.RegularExpressions;
using Archive.Core.Content;
using Archive.Core.Countries;

namespace Archive.SiteGen.Build;

/// <summary>
/// Every address of the site, in one place: the output file of a page and the links to it. Links are absolute
/// paths under the base URL's path (<c>/letters/x/</c>, or <c>/archive/letters/x/</c> when the site lives in a
/// folder), so they work from any page; permalinks and feeds use the full base URL.
/// </summary>
internal sealed partial class SiteUrls(SiteSettings site)
{
    /// <summary>The path the site lives under, ending in <c>/</c>: usually just <c>/</c>.</summary>
    public string Root { get; } = site.BaseUrl.AbsolutePath.EndsWith('/') ? site.BaseUrl.AbsolutePath : site.BaseUrl.AbsolutePath + "/";

    public static string Letter(string id) => $"letters/{id}/";

    public static string Organization(string id) => $"organizations/{id}/";

    public static string Country(CountryCode code) => $"countries/{code.Slug}/";

    /// <summary>Page <paramref name="number"/> of the letters list: <c>letters/</c>, then <c>letters/page/2/</c>…</summary>
    public static string LettersPage(int number) => number == 1 ? Letters : $"{LettersPages}{number}/";

    /// <summary>Where the letters list's following pages live; no letter may take this id (check refuses it).</summary>
    public const string LettersPages = Letters + LoadContent.ReservedLetterId + "/";

    /// <summary>Page <paramref name="number"/> of a country: <c>countries/ug/</c>, then <c>countries/ug/page/2/</c>…</summary>
    public static string CountryPage(CountryCode code, int number) => number == 1 ? Country(code) : $"{Country(code)}page/{number}/";

    public const string Home = "";
    public const string Letters = "letters/";
    public const string Organizations = "organizations/";
    public const string Countries = "countries/";
    public const string Search = "search/";
    public const string NotFound = "404.html";
    public const string Feed = "feed.xml";
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";

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

    /// <summary>The letter's JSON in the API.</summary>
    public string Api(string letterId) => new Uri(site.ApiUrl, $"letters/{Uri.EscapeDataString(letterId)}").AbsoluteUri;

    /// <summary>The output file of a page address: <c>letters/x/</c> is <c>letters/x/index.html</c>.</summary>
    public static string FileOf(string relative) =>
        relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
}
