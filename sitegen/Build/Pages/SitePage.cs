namespace Archive.SiteGen.Build.Pages;

/// <summary>One HTML page to render: where it goes, its kind (which pairs its template with its model), and its data.</summary>
/// <param name="Address">The site-relative address (<c>letters/x/</c>, <c>404.html</c>).</param>
/// <param name="Kind">The kind of page, and with it the template that renders the model.</param>
/// <param name="Head">Title, description and permalink for the layout.</param>
/// <param name="Model">The page's data, <c>model</c> in the template, of the type <see cref="Kind"/>'s template renders.</param>
/// <param name="InSitemap">False for pages that are not content (the 404 page).</param>
internal sealed record SitePage(string Address, PageKind Kind, PageHead Head, object Model, bool InSitemap = true)
{
    /// <summary>The template's name in <c>templates/</c>, without <c>.scriban</c>.</summary>
    public string Template => Kind.Template;
}
