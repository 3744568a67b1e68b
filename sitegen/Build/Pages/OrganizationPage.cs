using Archive.SiteGen.Build.Maps;

namespace Archive.SiteGen.Build.Pages;

/// <summary>
/// The data of an organization's pages: <c>/organizations/{id}/</c>, which shows what the organization is and the
/// first page of the letters it signed, and the following pages of its lists (<c>/organizations/{id}/page/2/</c>,
/// <c>/organizations/{id}/published/</c>, <c>/organizations/{id}/people/</c>…), which show its name and their page.
/// </summary>
/// <param name="Url">The organization's first page.</param>
/// <param name="Profile">What the first page shows above the letters; null on the following pages.</param>
/// <param name="Letters">The list this page shows a page of.</param>
internal sealed record OrganizationPage(
    string Id,
    string Name,
    string? Acronym,
    string Url,
    OrganizationProfile? Profile,
    OrganizationLetters Letters);

/// <summary>What an organization's first page shows besides the first page of the letters it signed.</summary>
/// <param name="Identifiers">Its identifiers in authority files ("Wikidata Q42"), linked to their pages there.</param>
/// <param name="Replaced">The names of the organizations it replaced (renamed, merged into it), as they were.</param>
/// <param name="SignedCount">How many letters it signed.</param>
/// <param name="CoSigners">The organizations it signed with most often.</param>
/// <param name="CoSignerCount">How many organizations it signed with in all.</param>
/// <param name="Others">The letters it published and those its people signed: the newest, linked to the rest.</param>
/// <param name="Map">Its countries on the world map and, lighter, its co-signers'; null when it has no country and signed nothing.</param>
internal sealed record OrganizationProfile(
    IReadOnlyList<string> Aliases,
    IReadOnlyList<Link> Countries,
    string? Website,
    IReadOnlyList<Link> Identifiers,
    IReadOnlyList<string> Replaced,
    string? Description,
    int SignedCount,
    Timeline? Timeline,
    IReadOnlyList<CoSignerEntry> CoSigners,
    int CoSignerCount,
    IReadOnlyList<OrganizationLetters> Others,
    MapView? Map);

/// <summary>One of an organization's lists of letters (those it signed, published, or its people signed), as a page shows it.</summary>
/// <param name="Anchor">The id of its heading: <c>signed</c>, <c>published</c> or <c>people</c>.</param>
/// <param name="Heading">"Letters it signed".</param>
/// <param name="Count">How many letters the list has.</param>
/// <param name="Page">The page of the list, by year, on a page that pages through it; null where only its newest are shown.</param>
/// <param name="Newest">Its newest letters, where the first page shows only those; empty otherwise.</param>
/// <param name="All">Where the whole list is, with its text ("All 176 letters its people signed"), when <paramref name="Newest"/> leaves some out.</param>
internal sealed record OrganizationLetters(string Anchor, string Heading, int Count, LetterListPage? Page, IReadOnlyList<LetterSummary> Newest, Link? All);

/// <summary>An organization that signed with this one, and on how many letters.</summary>
internal sealed record CoSignerEntry(string Name, string Url, int LetterCount);

/// <summary>A list entry for an organization: name, acronym and how many letters it signed.</summary>
internal sealed record OrganizationEntry(string Name, string? Acronym, string Url, int LetterCount);
