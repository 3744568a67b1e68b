using Archive.SiteGen.Build.Maps;
using Archive.SiteGen.Build.Templates;

namespace Archive.SiteGen.Build.Pages;

/// <summary>The data of <c>/letters/{id}/</c>.</summary>
internal sealed record LetterPage(
    string Id,
    string Title,
    string DateDisplay,
    string DateIso,
    bool DateIsEstimate,
    string? DateNote,
    int Year,
    string Language,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> CopiedTo,
    Link? Publisher,
    TrustedHtml Body,
    IReadOnlyList<SignatoryRow> Signatories,
    IReadOnlyList<PersonEntry> People,
    string SignedBy,
    IReadOnlyList<Link> Countries,
    MapView? Map,
    string Chicago,
    string BibTex,
    string Permalink,
    SourceEntry Source,
    LetterSummary? Older,
    LetterSummary? Newer);

/// <summary>A row of a letter's signatory table.</summary>
/// <param name="Name">The name as printed in the letter.</param>
/// <param name="Organization">The organization it is, by canonical name.</param>
/// <param name="IndexAsFilter">True on the organization's first row, so search counts it once per letter.</param>
/// <param name="Countries">The countries printed with it, or its organization's when none were printed.</param>
/// <param name="Regions">Places printed with it that are not countries.</param>
internal sealed record SignatoryRow(string Name, Link Organization, bool IndexAsFilter, IReadOnlyList<Link> Countries, IReadOnlyList<string> Regions);

/// <summary>A person who signed, with the roles printed under the name.</summary>
internal sealed record PersonEntry(string Name, IReadOnlyList<RoleEntry> Roles);

/// <summary>"Executive Director, World Federalist Movement": the affiliation links to its organization when known.</summary>
internal sealed record RoleEntry(string? Title, string? Affiliation, string? AffiliationUrl);

/// <summary>Where the text came from: the original file copied into the site and/or the published address.</summary>
internal sealed record SourceEntry(string? FileUrl, string? FileName, string? Url, string? Note);
