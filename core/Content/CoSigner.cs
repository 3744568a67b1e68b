using Archive.Core.Organizations;

namespace Archive.Core.Content;

/// <summary>An organization that signed letters together with another, and how many.</summary>
public sealed record CoSigner(Organization Organization, int LetterCount);

/// <summary>The organizations that signed most often with one organization, and how many co-signers it has in all.</summary>
public sealed record CoSigners(IReadOnlyList<CoSigner> Top, int Total);
