using Archive.Core.Content;
using Archive.Core.Letters;

namespace Archive.Core.Json;

/// <summary>An organization that signed: its name as printed, its organization's id, the countries it stands for and the
/// places printed with it.</summary>
/// <remarks>Not sealed: import extends it with how the signatory was matched, and leaves the organization null when it is new.</remarks>
/// <param name="Name">The name as printed.</param>
/// <param name="OrganizationId">Its organization (null when new, at import).</param>
/// <param name="Countries">The countries it stands for, used by the country filter and every count: the countries the
/// letter printed with it, or, when it printed none, its organization's countries.</param>
/// <param name="Regions">The regions printed with it.</param>
public record SignatoryJson(string Name, string? OrganizationId, IReadOnlyList<string> Countries, IReadOnlyList<string> Regions)
{
    /// <summary>The countries the letter printed with the signatory, possibly none.</summary>
    public IReadOnlyList<string> PrintedCountries { get; init; } = [];

    /// <summary>The JSON form of a loaded signatory.</summary>
    public static SignatoryJson From(Signatory signatory, ArchiveContent archive)
    {
        ArgumentNullException.ThrowIfNull(signatory);
        ArgumentNullException.ThrowIfNull(archive);
        return new SignatoryJson(signatory.Name, signatory.OrganizationId, [.. archive.CountriesOf(signatory).Select(c => c.Value)], signatory.Regions)
        {
            PrintedCountries = [.. signatory.Countries.Select(c => c.Value)],
        };
    }
}
