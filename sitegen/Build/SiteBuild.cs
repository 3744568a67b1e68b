using Archive.Core.Content;
using Archive.SiteGen.Build.Pages;

namespace Archive.SiteGen.Build;

/// <summary>
/// A finished build and what it was built from: the archive, the page plan, the templates and assets, and every file
/// of the site it wrote (empty, and null, when it failed).
/// </summary>
/// <param name="OutputChanged">For a failed update: whether it had begun writing into the live site.</param>
internal sealed record SiteBuild(BuildResult Result, ArchiveContent? Content, IReadOnlyList<PagePlan> Plans, BuildSite.Templates? Templates, IReadOnlySet<string> SiteFiles, bool OutputChanged = false);
