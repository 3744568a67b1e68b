namespace Archive.Core.Content;

/// <summary>The site-wide settings in <c>content/site.yml</c>.</summary>
/// <param name="Title">The archive's name, shown on every page.</param>
/// <param name="Description">One or two sentences on what the archive is.</param>
/// <param name="BaseUrl">Where the site is published, ending in <c>/</c>; permalinks and feeds are built on it.</param>
/// <param name="ApiUrl">Where the JSON API answers, ending in <c>/</c> (by default <c>{BaseUrl}api/v1/</c>).</param>
/// <param name="Language">The language of the site's own text, as a BCP 47 tag.</param>
public sealed record SiteSettings(string Title, string Description, Uri BaseUrl, Uri ApiUrl, string Language)
{
    /// <summary>The licence under which the archive's data may be reused (<c>licence:</c>), or null when <c>site.yml</c> names none.</summary>
    public DataLicence? Licence { get; init; }

    /// <summary>Where to report an error in the data (<c>report_errors:</c>): an http(s) or <c>mailto:</c> address, or null.</summary>
    public Uri? ReportErrors { get; init; }
}

/// <summary>The licence of the archive's data, as <c>site.yml</c> names it.</summary>
/// <param name="Name">Its name or SPDX identifier, e.g. <c>CC-BY-4.0</c>.</param>
/// <param name="Url">Where its text is, or null.</param>
public sealed record DataLicence(string Name, Uri? Url);
