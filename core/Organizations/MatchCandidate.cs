namespace Archive.Core.Organizations;

/// <summary>An organization a printed name may refer to, with how alike they are and why.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Score">How alike, from 0 (nothing in common) to 1 (the same).</param>
/// <param name="Reason">Why, in words an editor can check: which name compared, which words differ, whether the country agrees.</param>
public sealed record MatchCandidate(Organization Organization, double Score, string Reason);
