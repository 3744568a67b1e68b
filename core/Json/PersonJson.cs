using Archive.Core.Letters;

namespace Archive.Core.Json;

/// <summary>A person who signed, as JSON.</summary>
public sealed record PersonJson(string Name, IReadOnlyList<PersonRoleJson> Roles)
{
    /// <summary>The JSON form of a loaded person.</summary>
    public static PersonJson From(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new PersonJson(person.Name, [.. person.Roles.Select(r => new PersonRoleJson(r.Title, r.Affiliation, r.OrganizationId))]);
    }
}

/// <summary>One printed role of a person, as JSON.</summary>
public sealed record PersonRoleJson(string? Title, string? Affiliation, string? OrganizationId);
