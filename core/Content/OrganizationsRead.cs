using Archive.Core.Organizations;
using Archive.Core.Validation;

namespace Archive.Core.Content;

/// <summary>
/// Everything letters are read against that comes from the organization files: the organizations, their ids
/// and printed names, the problems between them (a shared id or name), and the check of signatories.
/// </summary>
internal sealed record OrganizationsRead(
    IReadOnlyList<Organization> Organizations,
    LetterReferences References,
    IReadOnlyList<Diagnostic> Diagnostics,
    CheckSignatories Check);
