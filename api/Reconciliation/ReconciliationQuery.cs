using Archive.Core.Countries;

namespace Archive.Api.Reconciliation;

/// <summary>
/// One query of a reconciliation batch (Reconciliation Service API 0.2, §4.1), once read: the name to match, the
/// countries given as the <c>country</c> property, and how many candidates to return at most.
/// </summary>
/// <param name="Key">The query's key in the batch ("q0"), under which its result is returned.</param>
/// <param name="Text">The name as printed, or null for a query with properties only.</param>
/// <param name="Countries">The countries of the <c>country</c> property, if given.</param>
/// <param name="Limit">The most candidates to return, or null for all the matcher gives.</param>
internal sealed record ReconciliationQuery(string Key, string? Text, IReadOnlyList<CountryCode> Countries, int? Limit);
