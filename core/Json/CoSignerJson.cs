using Archive.Core.Content;

namespace Archive.Core.Json;

/// <summary>An organization that signed letters with another, and how many letters they share.</summary>
public sealed record CoSignerJson(string OrganizationId, string Name, int Count)
{
    public static CoSignerJson From(CoSigner coSigner) => new(coSigner.Organization.Id, coSigner.Organization.Name, coSigner.LetterCount);
}
