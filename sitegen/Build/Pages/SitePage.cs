namespace Archive.SiteGen.Build.Pages;

/// <summary>One HTML page to render: where it goes, which template renders it, and its data.</summary>
/// <param name="Address">The site-relative address (<c>letters/x/</c>, <c>404.html</c>).</param>
/// <param name="Template">The template's name in <c>templates/</c>, without <c>.scriban</c>.</param>
/// <param name="Head">Title, description and permalink for the layout.</param>
/// <param name="Model">The page's data, <c>model</c> in the template.</param>
/// <param name="InSitemap">False for pages that are not content (the 404 page).</param>
internal sealed record SitePage(string Address, string Template, PageHead Head, object Model, bool InSitemap = true);
