using Archive.Core.Letters;

namespace Archive.Core.Json;

/// <summary>A signatory as JSON: the name as printed, its organization (null when new, at import) and printed places.
/// Not sealed: import extends it with how the signatory was matched.</summary>
public record SignatoryJson(string Name, string? OrganizationId, IReadOnlyList<string> Countries, IReadOnlyList<string> Regions)
{
    /// <summary>The JSON form of a loaded signatory.</summary>
    public static SignatoryJson From(Signatory signatory)
    {
        ArgumentNullException.ThrowIfNull(signatory);
        return new SignatoryJson(signatory.Name, signatory.OrganizationId, [.. signatory.Countries.Select(c => c.Value)], signatory.Regions);
    }
}
