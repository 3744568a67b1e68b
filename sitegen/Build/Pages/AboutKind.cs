using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Markdown;
using Archive.SiteGen.Build.Templates;

namespace Archive.SiteGen.Build.Pages;

/// <summary>
/// The About page, from <c>content/about.md</c> (issue 17): what the archive is and how it is made. An archive without
/// the file has no About page (and no link to one). It shows only its own text, so only a change to that file redoes
/// it; the file appearing or disappearing changes the layout of every page (<see cref="ContentChange.ChangesEveryPage"/>).
/// </summary>
internal sealed class AboutKind() : PageKind<AboutPage>("about")
{
    public override IEnumerable<PagePlan> Plan(SiteData site) =>
        site.Content.About is { } about ? [new(SiteUrls.About, () => About(site, about))] : [];

    public override IEnumerable<string> Affected(ContentChange change) => change.About ? [SiteUrls.About] : [];

    private SitePage About(SiteData site, AboutText about)
    {
        var description = about.Description ?? site.Content.Site.Description;
        return Page(SiteUrls.About, site.Head(SiteUrls.About, about.Title, description, "about"),
            new AboutPage(about.Title, new TrustedHtml(LetterMarkdown.ToHtml(about.Body))));
    }
}
