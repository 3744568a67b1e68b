using Archive.Core.Addresses;

namespace Archive.SiteGen.Build.Pages;

/// <summary>A page the site will have: its address is known up front, its data is assembled when it is rendered.</summary>
/// <param name="Address">The site-relative address (<c>letters/x/</c>, <c>404.html</c>).</param>
/// <param name="Assemble">Gathers the page's data; pure, so it may run on any thread, once or again.</param>
/// <param name="InSitemap">False for pages that are not content (the 404 page).</param>
/// <param name="Updated">
/// When what the page shows last changed, for the sitemap's <c>lastmod</c>: known for the pages of a letter or an
/// organization (from <see cref="Archive.Core.Content.ContentDates"/>), null for the others.
/// </param>
/// <param name="Json">
/// The JSON of the page's organization or country, written beside it (<see cref="SiteUrls.JsonBeside"/>)
/// whenever the page is: the API's answer for the same item (issue 19). Null for other pages; a letter's JSON is
/// written by the data step with its line of <c>letters.jsonl</c> (<see cref="DataFiles.LetterJsonAddress"/>).
/// </param>
/// <param name="Feed">
/// The Atom feed of the letters about the page's organization or country, written beside it
/// (<see cref="SiteUrls.FeedBeside"/>) whenever the page is, so a change that affects the page updates its feed (issue 20).
/// Null for other pages.
/// </param>
/// <param name="Search">
/// What the search index holds of the page, from the same model its template shows (issue 21); null for the pages
/// search does not find (only letters are searched).
/// </param>
internal sealed record PagePlan(string Address, Func<SitePage> Assemble, bool InSitemap = true, DateTimeOffset? Updated = null, Func<byte[]>? Json = null, Func<byte[]>? Feed = null, Func<SearchRecord>? Search = null);
