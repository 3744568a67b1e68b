namespace Archive.SiteGen.Build.Pages;

/// <summary>
/// One kind of page of the site, defined in one place: where its pages are, how each page's model is assembled, which
/// template renders it (<see cref="PageKind{TModel}"/> pairs the template with its model's type), and which changes to
/// the content can alter its pages — the rule <c>archive serve</c> follows to render only those again. The kinds, in
/// the site's order, are <see cref="PageKinds.All"/>.
/// </summary>
internal abstract class PageKind
{
    protected PageKind(string template) => Template = template;

    /// <summary>The template that renders its pages: <c>templates/{Template}.scriban</c>, inside the layout.</summary>
    public string Template { get; }

    /// <summary>Its pages: every address, each with how its model is assembled (only when the page is rendered).</summary>
    public abstract IEnumerable<PagePlan> Plan(SiteData site);

    /// <summary>The addresses of its pages that can show something <paramref name="change"/> changed.</summary>
    public abstract IEnumerable<string> Affected(ContentChange change);
}

/// <summary>A kind of page whose template renders a <typeparamref name="TModel"/>: the pairing, checked by the compiler.</summary>
internal abstract class PageKind<TModel>(string template) : PageKind(template)
    where TModel : class
{
    /// <summary>A page of this kind: only a model of the template's type can be given to it.</summary>
    protected SitePage Page(string address, PageHead head, TModel model, bool inSitemap = true) => new(address, this, head, model, inSitemap);
}
