using Archive.Core.Organizations;

namespace Archive.Core.Content;

/// <summary>What a letter may refer to: the organizations by id and by printed name, and the files beside it.</summary>
internal sealed record LetterReferences(
    string ContentRoot,
    IReadOnlyDictionary<string, Organization> OrganizationsById,
    OrganizationNames Names);
