namespace Archive.SiteGen.Import;

/// <summary>One printed role: "Executive Director, World Federalist Movement-Institute for Global Policy".</summary>
internal sealed record PrintedRole(string? Title, string? Affiliation);
