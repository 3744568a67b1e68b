namespace Archive.Api.Reconciliation;

/// <summary>A data extension response (schema <c>data-extension-response.json</c>): the properties asked for, then each organization's values by property.</summary>
internal sealed record ExtensionResponse(IReadOnlyList<PropertyJson> Meta, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<ExtensionValue>>> Rows);

/// <summary>A property: its id, name and what it holds.</summary>
internal sealed record PropertyJson(string Id, string Name, string Description);
