using Archive.Core.Organizations;

namespace Archive.Core.Content;

/// <summary>An organization that signed letters together with another, and how many.</summary>
public sealed record CoSigner(Organization Organization, int LetterCount);
