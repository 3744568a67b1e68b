using Archive.Core.Letters;

namespace Archive.Core.Json;

/// <summary>An organization that signed: its name as printed, its organization's id, and the places printed with it.</summary>
/// <remarks>Not sealed: import extends it with how the signatory was matched, and leaves the organization null when it is new.</remarks>
public record SignatoryJson(string Name, string? OrganizationId, IReadOnlyList<string> Countries, IReadOnlyList<string> Regions)
{
    /// <summary>The JSON form of a loaded signatory.</summary>
    public static SignatoryJson From(Signatory signatory)
    {
        ArgumentNullException.ThrowIfNull(signatory);
        return new SignatoryJson(signatory.Name, signatory.OrganizationId, [.. signatory.Countries.Select(c => c.Value)], signatory.Regions);
    }
}
