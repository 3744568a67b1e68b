using Archive.Core.Addresses;
using Archive.Core.Text;

namespace Archive.SiteGen.Build.Pages;

/// <summary>
/// The letters list: every letter, newest first, by year, <see cref="SiteData.LettersPerPage"/> to a page
/// (<c>letters/</c>, <c>letters/page/2/</c>…). Its first page shows the archive's count, so any change redoes it; the
/// others change only where a changed letter is, or all of them when letters are added, removed or moved.
/// </summary>
internal sealed class LettersKind() : PageKind<LettersPage>("letters")
{
    public override IEnumerable<PagePlan> Plan(SiteData site)
    {
        var count = SiteData.PageCount(site.Content.Letters.Count);
        return Enumerable.Range(1, count).Select(n => new PagePlan(SiteUrls.LettersPage(n), () => Letters(site, n)));
    }

    public override IEnumerable<string> Affected(ContentChange change)
    {
        if (!change.Any)
        {
            return [];
        }

        var showing = change.Letters.Count == 0 ? []
            : change.ListPagesShowingAChange(change.Before.Letters, change.After.Letters)
                ?? Enumerable.Range(1, SiteData.PageCount(change.After.Letters.Count));
        return showing.Prepend(1).Distinct().Select(SiteUrls.LettersPage);
    }

    private SitePage Letters(SiteData site, int number)
    {
        var letters = site.Content.Letters;
        var list = site.ListPage(letters, number, SiteUrls.LettersPage, heading: 2, jump: site.Years);
        var pages = list.Pages;
        var description = $"All {CountedNoun.Of(letters.Count, "open letter")} in the archive, newest first{pages?.Suffix}.";
        var address = SiteUrls.LettersPage(number);
        return Page(address, site.Head(address, "Letters" + pages?.TitleSuffix, description, "letters"), new LettersPage(letters.Count, list));
    }
}
