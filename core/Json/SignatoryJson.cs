using Archive.Core.Content;
using Archive.Core.Letters;

namespace Archive.Core.Json;

/// <summary>A signatory as JSON: the name as printed, its organization (null when new, at import), the countries it
/// stands for and its printed places. Not sealed: import extends it with how the signatory was matched.</summary>
/// <param name="Name">The name as printed.</param>
/// <param name="OrganizationId">Its organization (null when new, at import).</param>
/// <param name="Countries">The countries it stands for, used by the <c>country</c> filter and every count
/// (<see cref="ArchiveContent.CountriesOf(Signatory)"/>): <see cref="PrintedCountries"/>, or, when the letter printed
/// none, its organization's countries.</param>
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
