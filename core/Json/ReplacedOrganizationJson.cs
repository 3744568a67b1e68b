using Archive.Core.Organizations;

namespace Archive.Core.Json;

/// <summary>An organization this one replaced (renamed, merged into it), as JSON: the id it had and the name it had (issue 19).</summary>
public sealed record ReplacedOrganizationJson(string Id, string Name)
{
    /// <summary>The JSON of one <c>replaces</c> entry.</summary>
    public static ReplacedOrganizationJson From(ReplacedOrganization replaced)
    {
        ArgumentNullException.ThrowIfNull(replaced);
        return new(replaced.Id, replaced.Name);
    }
}
