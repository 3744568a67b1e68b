namespace Archive.SiteGen.Import;

/// <summary>An individual who signed, as printed: the name with its titles, and the roles printed under it.</summary>
internal sealed record PrintedPerson(string Name, IReadOnlyList<PrintedRole> Roles, int Line);
