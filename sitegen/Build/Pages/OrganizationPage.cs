namespace Archive.SiteGen.Build.Pages;

/// <summary>The data of <c>/organizations/{id}/</c>.</summary>
internal sealed record OrganizationPage(
    string Id,
    string Name,
    string? Acronym,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<Link> Countries,
    string? Website,
    string? Description,
    Timeline? Timeline,
    IReadOnlyList<LetterSummary> Signed,
    IReadOnlyList<LetterSummary> Published,
    IReadOnlyList<LetterSummary> SignedByItsPeople,
    IReadOnlyList<CoSignerEntry> CoSigners,
    int CoSignerCount);

/// <summary>An organization that signed with this one, and on how many letters.</summary>
internal sealed record CoSignerEntry(string Name, string Url, int LetterCount);

/// <summary>A list entry for an organization: name, acronym and how many letters it signed.</summary>
internal sealed record OrganizationEntry(string Name, string? Acronym, string Url, int LetterCount);
