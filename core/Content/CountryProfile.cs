using Archive.Core.Countries;
using Archive.Core.Letters;
using Archive.Core.Organizations;

namespace Archive.Core.Content;

/// <summary>A country in the archive: its organizations (A–Z) and the letters they signed (newest first).</summary>
public sealed record CountryProfile(Country Country, IReadOnlyList<Organization> Organizations, IReadOnlyList<Letter> Letters);
