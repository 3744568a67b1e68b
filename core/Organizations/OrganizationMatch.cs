namespace Archive.Core.Organizations;

/// <summary>The outcome of matching one printed name.</summary>
/// <param name="Method">How it was decided.</param>
/// <param name="Organization">The organization it is, for <see cref="MatchMethod.Alias"/>, <see cref="MatchMethod.Acronym"/> and <see cref="MatchMethod.Normalized"/>; null otherwise.</param>
/// <param name="Candidates">For <see cref="MatchMethod.Review"/>: the organizations it may be, best first; for the others, the matched organization.</param>
/// <param name="Reason">Why, in one sentence.</param>
public sealed record OrganizationMatch(MatchMethod Method, Organization? Organization, IReadOnlyList<MatchCandidate> Candidates, string Reason)
{
    /// <summary>True when the printed name surely refers to <see cref="Organization"/>.</summary>
    public bool IsMatched => Organization is not null;
}
