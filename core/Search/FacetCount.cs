namespace Archive.Core.Search;

/// <summary>One value of a facet (an organization id, a country code, a year), its label and how many letters have it.</summary>
public sealed record FacetCount(string Value, string Label, int Count);
