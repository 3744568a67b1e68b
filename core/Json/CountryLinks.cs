namespace Archive.Core.Json;

/// <summary>A country's whole lists, each paged like every list (under the site's <c>api_url</c>, the same for every reader).</summary>
public sealed record CountryLinks(Uri Organizations, Uri Letters);
