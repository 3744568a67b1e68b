using Archive.Core.Countries;
using Archive.Core.Letters;
using Archive.Core.Organizations;

namespace Archive.Core.Content;

/// <summary>
/// A country in the archive: the organizations based there (A–Z), and the letters with a signatory that stands for it
/// (<see cref="ArchiveContent.CountriesOf(Letters.Signatory)"/>: printed with that country, or else of an organization
/// there), newest first.
/// </summary>
public sealed record CountryProfile(Country Country, IReadOnlyList<Organization> Organizations, IReadOnlyList<Letter> Letters);
