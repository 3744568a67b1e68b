namespace Archive.Core.Content;

/// <summary>The site-wide settings in <c>content/site.yml</c>.</summary>
/// <param name="Title">The archive's name, shown on every page.</param>
/// <param name="Description">One or two sentences on what the archive is.</param>
/// <param name="BaseUrl">Where the site is published, ending in <c>/</c>; permalinks and feeds are built on it.</param>
/// <param name="ApiUrl">Where the JSON API answers, ending in <c>/</c> (by default <c>{BaseUrl}api/v1/</c>).</param>
/// <param name="Language">The language of the site's own text, as a BCP 47 tag.</param>
public sealed record SiteSettings(string Title, string Description, Uri BaseUrl, Uri ApiUrl, string Language);
