using Archive.SiteGen.Build.Templates;

namespace Archive.SiteGen.Build.Pages;

/// <summary>What the layout needs to know about a page: its title, description, permalink and how it is shared.</summary>
/// <param name="Title">The page's own title; the layout adds the site's name.</param>
/// <param name="Description">The meta and OpenGraph description.</param>
/// <param name="Canonical">The absolute permalink.</param>
/// <param name="OgType"><c>article</c> for a letter, <c>website</c> otherwise.</param>
/// <param name="Section">Which navigation item is current (<c>letters</c>, <c>organizations</c>, …).</param>
/// <param name="JsonLd">Structured data for search engines, already made safe for a script element.</param>
/// <param name="Script">The page's script file, if it has one (only the search page does).</param>
/// <param name="NoIndex">True for pages search engines should not list (the 404 page).</param>
/// <param name="Json">The link to the JSON beside the page, for a letter's, organization's or country's page (issue 19).</param>
/// <param name="Feed">
/// The Atom feed of the letters about the page's organization or country (every page of theirs announces it), its title
/// as the head's link gives it (issue 20).
/// </param>
internal sealed record PageHead(
    string Title,
    string Description,
    string Canonical,
    string OgType,
    string Section,
    TrustedHtml? JsonLd = null,
    string? Script = null,
    bool NoIndex = false,
    string? Json = null,
    Link? Feed = null);
