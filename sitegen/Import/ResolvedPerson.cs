namespace Archive.SiteGen.Import;

/// <summary>A person with each role's affiliation linked when it surely names a known organization.</summary>
internal sealed record ResolvedPerson(PrintedPerson Printed, IReadOnlyList<string?> AffiliationIds);
