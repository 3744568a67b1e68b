namespace Archive.Core.Export;

/// <summary>
/// One column of a CSV download as its Frictionless Table Schema field describes it: its name (the header cell), its
/// type (<c>string</c>, <c>integer</c>), what it holds, and its constraints.
/// </summary>
/// <param name="Name">The header cell, e.g. <c>organizationId</c>.</param>
/// <param name="Type">The Table Schema type: <c>string</c> or <c>integer</c>.</param>
/// <param name="Description">What a cell holds, for the data package and the <c>/data/</c> page.</param>
/// <param name="Required">Whether every row has a value (an empty cell is a missing value).</param>
/// <param name="Pattern">A regular expression every value matches (Table Schema's <c>pattern</c>), or null.</param>
/// <param name="Format">The Table Schema format (<c>uri</c>), or null for the default.</param>
public sealed record DataField(string Name, string Type, string Description, bool Required = false, string? Pattern = null, string? Format = null);
