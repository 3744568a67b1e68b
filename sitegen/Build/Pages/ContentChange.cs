using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Letters;

namespace Archive.SiteGen.Build.Pages;

/// <summary>
/// What changed between two loads of the same archive, in the terms page kinds need to say which of their pages show
/// it: the letters and organizations that are new, gone or not the same instance any more (a reload reuses what it did
/// not re-read), and what shows them. Each <see cref="PageKind"/> declares its own rule from these facts; every rule errs
/// on the side of too many pages (a page named may come out the same and is then not rewritten; one left out would be
/// stale).
/// </summary>
internal sealed class ContentChange
{
    private readonly Lazy<HashSet<string>> _letterPages;
    private readonly Lazy<HashSet<string>> _organizationPages;
    private readonly Lazy<HashSet<CountryCode>> _countries;

    private ContentChange(ArchiveContent before, ArchiveContent after)
    {
        Before = before;
        After = after;
        Letters = Changed(before.Letters.Select(l => l.Id), after.Letters.Select(l => l.Id), id => before.FindLetter(id), id => after.FindLetter(id));
        Organizations = Changed(before.Organizations.Select(o => o.Id), after.Organizations.Select(o => o.Id), id => before.FindOrganization(id), id => after.FindOrganization(id));
        _letterPages = new(LetterPagesShowingAChange);
        _organizationPages = new(OrganizationPagesShowingAChange);
        _countries = new(() =>
        [
            .. OrganizationPages.SelectMany(id => new[] { before, after }.Select(c => c.FindOrganization(id)).OfType<Archive.Core.Organizations.Organization>()).SelectMany(o => o.Countries),
            .. Letters.SelectMany(id => new[] { before, after }.Select(c => (Content: c, Letter: c.FindLetter(id))))
                .Where(pair => pair.Letter is not null)
                .SelectMany(pair => pair.Content.CountriesOf(pair.Letter!).Select(c => c.Code)),
            // The feeds beside their pages name the publisher of each letter (issue 20).
            .. Organizations.SelectMany(id => new[] { before, after }.SelectMany(c => c.LettersPublishedBy(id).SelectMany(l => c.CountriesOf(l)))).Select(c => c.Code),
        ]);
    }

    public static ContentChange Between(ArchiveContent before, ArchiveContent after) => new(before, after);

    public ArchiveContent Before { get; }

    public ArchiveContent After { get; }

    /// <summary>The letters that are new, gone or changed, by id.</summary>
    public HashSet<string> Letters { get; }

    /// <summary>The organizations that are new, gone or changed, by id.</summary>
    public HashSet<string> Organizations { get; }

    /// <summary>Whether the About page's text changed (<c>about.md</c>).</summary>
    public bool About => !Equals(Before.About, After.About);

    /// <summary>
    /// Whether a change alters what the layout around every page shows, so that every page is built again: the site
    /// settings, and whether there is an About page (every page links to it when there is).
    /// </summary>
    public static bool ChangesEveryPage(ArchiveContent before, ArchiveContent after) =>
        before.Site != after.Site || (before.About is null) != (after.About is null);

    /// <summary>Whether anything changed: every page that shows the whole archive (its counts, its lists) is then redone.</summary>
    public bool Any => Letters.Count > 0 || Organizations.Count > 0;

    /// <summary>
    /// The letters whose pages show something that changed: the changed letters, their neighbours (which show them as
    /// the older or newer letter), and the letters that show a changed organization (as signatory, publisher or a
    /// person's affiliation).
    /// </summary>
    public HashSet<string> LetterPages => _letterPages.Value;

    /// <summary>
    /// The organizations whose pages show something that changed: the changed ones, those shown with a changed letter,
    /// the co-signers of a changed one (whose pages list it), and those shown with a letter a changed one published
    /// (whose feeds name it).
    /// </summary>
    public HashSet<string> OrganizationPages => _organizationPages.Value;

    /// <summary>
    /// The countries of those organizations, and of the signatories (printed or their organization's) of the changed
    /// letters and of the letters a changed organization published, before or after: their pages list them and their
    /// letters, their feeds name the letters' publishers.
    /// </summary>
    public HashSet<CountryCode> Countries => _countries.Value;

    /// <summary>
    /// The pages of a list of letters that show a changed letter, when the list keeps every letter at its place (and
    /// year); null when a letter was added, removed or moved, since every page after it then shifts.
    /// </summary>
    public IEnumerable<int>? ListPagesShowingAChange(IReadOnlyList<Letter> before, IReadOnlyList<Letter> after)
    {
        if (!SameSequence(before, after))
        {
            return null;
        }

        return Enumerable.Range(0, after.Count)
            .Where(i => Letters.Contains(after[i].Id))
            .Select(i => (i / SiteData.LettersPerPage) + 1)
            .Distinct();
    }

    private HashSet<string> LetterPagesShowingAChange()
    {
        var pages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var content in new[] { Before, After })
        {
            foreach (var id in Letters)
            {
                if (content.FindLetter(id) is not { } letter)
                {
                    continue;
                }

                pages.Add(id);
                var index = IndexOf(content.Letters, id);
                foreach (var neighbour in new[] { index - 1, index + 1 }.Where(i => i >= 0 && i < content.Letters.Count))
                {
                    pages.Add(content.Letters[neighbour].Id);
                }
            }

            if (Organizations.Count > 0)
            {
                pages.UnionWith(content.Letters.Where(l => OrganizationsShownWith(l, content).Any(Organizations.Contains)).Select(l => l.Id));
            }
        }

        return pages;
    }

    private HashSet<string> OrganizationPagesShowingAChange()
    {
        var pages = new HashSet<string>(Organizations, StringComparer.Ordinal);
        foreach (var content in new[] { Before, After })
        {
            foreach (var id in Letters)
            {
                if (content.FindLetter(id) is { } letter)
                {
                    pages.UnionWith(OrganizationsShownWith(letter, content));
                }
            }

            foreach (var id in Organizations)
            {
                pages.UnionWith(content.CoSignersOf(id).Select(c => c.Organization.Id));
                // The feeds beside their pages name the publisher of each letter (issue 20).
                pages.UnionWith(content.LettersPublishedBy(id).SelectMany(letter => OrganizationsShownWith(letter, content)));
            }
        }

        return pages;
    }

    private static int IndexOf(IReadOnlyList<Letter> letters, string id)
    {
        for (var i = 0; i < letters.Count; i++)
        {
            if (string.Equals(letters[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static HashSet<string> Changed<T>(IEnumerable<string> before, IEnumerable<string> after, Func<string, T?> was, Func<string, T?> now)
        where T : class =>
        [.. before.Union(after, StringComparer.Ordinal).Where(id => !ReferenceEquals(was(id), now(id)))];

    private static bool SameSequence(IReadOnlyList<Letter> before, IReadOnlyList<Letter> after) =>
        before.Count == after.Count
        && Enumerable.Range(0, before.Count).All(i =>
            string.Equals(before[i].Id, after[i].Id, StringComparison.Ordinal) && before[i].Date.Year == after[i].Date.Year);

    private static IEnumerable<string> OrganizationsShownWith(Letter letter, ArchiveContent content) =>
        content.OrganizationIdsOf(letter)
            .Concat(letter.PublisherId is { } publisher ? [publisher] : [])
            .Concat(letter.People.SelectMany(p => p.Roles).Select(r => r.OrganizationId).OfType<string>());
}
