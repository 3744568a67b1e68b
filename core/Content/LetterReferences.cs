using Archive.Core.Organizations;

namespace Archive.Core.Content;

/// <summary>
/// What a letter may refer to: the organizations by id and by printed name, and the files beside it; and the ids
/// organizations replaced, which a letter may not name (it names the replacement).
/// </summary>
internal sealed record LetterReferences(
    string ContentRoot,
    IReadOnlyDictionary<string, Organization> OrganizationsById,
    OrganizationNames Names,
    IReadOnlyDictionary<string, Organization> ReplacedBy);
