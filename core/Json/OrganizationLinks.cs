namespace Archive.Core.Json;

/// <summary>An organization's whole lists, each paged like every list (under the site's <c>api_url</c>, the same for every reader).</summary>
public sealed record OrganizationLinks(Uri Letters, Uri CoSigners);
