namespace Archive.Api.Reconciliation;

/// <summary>The properties proposed for a type (schema <c>data-extension-property-proposal.json</c>).</summary>
internal sealed record PropertyProposals(string Type, IReadOnlyList<PropertyJson> Properties, int Limit);
