using Archive.Core.Content;
using Archive.Core.Countries;

namespace Archive.Core.Letters;

/// <summary>
/// An organization that signed a letter, as the letter prints it.
/// </summary>
/// <param name="Name">The name exactly as printed in this letter (without the country printed after it).</param>
/// <param name="OrganizationId">The organization the name refers to.</param>
/// <param name="Countries">The countries printed with the name, in printed order.</param>
/// <param name="Regions">Places printed with the name that are not countries ("South Asia"), kept as printed.</param>
/// <param name="Location">Where the signatory is written in the content.</param>
public sealed record Signatory(
    string Name,
    string OrganizationId,
    IReadOnlyList<CountryCode> Countries,
    IReadOnlyList<string> Regions,
    SourceLocation Location);
