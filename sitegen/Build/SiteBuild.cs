using Archive.Core.Content;
using Archive.SiteGen.Build.Pages;

namespace Archive.SiteGen.Build;

/// <summary>
/// A finished build and what it was built from: the archive, the page plan (empty when it failed) and the templates
/// and assets (null when it failed).
/// </summary>
internal sealed record SiteBuild(BuildResult Result, ArchiveContent? Content, IReadOnlyList<PagePlan> Plans, BuildSite.Templates? Templates);
