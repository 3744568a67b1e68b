namespace Archive.Core.Countries;

/// <summary>A country of ISO 3166-1: its code, its English short name and the other names letters print for it.</summary>
public sealed record Country(CountryCode Code, string Name, IReadOnlyList<string> Aliases);
