using Archive.Core.Content;

namespace Archive.Core.Organizations;

/// <summary>
/// An organization another one replaced (renamed, or merged into it): an entry of the replacing organization's
/// <c>replaces</c> list. Its id no longer has a file, but its addresses lead to the replacement (issue 19).
/// </summary>
/// <param name="Id">The id it had, and with it its old page and API addresses.</param>
/// <param name="Name">The name it had, which letters of its time print: kept, and one of the replacement's names.</param>
/// <param name="Location">The line of the <c>replaces</c> entry.</param>
public sealed record ReplacedOrganization(string Id, string Name, SourceLocation Location);
