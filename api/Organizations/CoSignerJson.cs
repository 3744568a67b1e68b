namespace Archive.Api.Organizations;

/// <summary>An organization that signed letters with another, and how many letters they share.</summary>
internal sealed record CoSignerJson(string OrganizationId, string Name, int Count);
