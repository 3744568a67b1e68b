using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Letters;

namespace Archive.SiteGen.Build;

/// <summary>
/// Which pages can show something that changed between two loads of the same archive: the letters and
/// organizations that are new, gone or not the same instance any more (a reload reuses what it did not re-read),
/// and every page that shows them. It errs on the side of too many: a page it names may come out the same (and
/// is then not rewritten), but a page it leaves out would be stale.
/// </summary>
internal sealed class AffectedPages
{
    private readonly HashSet<string> _addresses = new(StringComparer.Ordinal);
    private readonly HashSet<string> _organizations = new(StringComparer.Ordinal);
    private readonly HashSet<CountryCode> _countries = [];
    private readonly HashSet<CountryCode> _wholeCountries = [];
    private bool _everyLettersPage;

    private AffectedPages()
    {
    }

    /// <summary>How many letters and organizations changed.</summary>
    public int LettersChanged { get; private set; }

    public int OrganizationsChanged { get; private set; }

    /// <summary>Whether any letter page may have changed (the search index then needs redoing).</summary>
    public bool AnyLetter => LettersChanged > 0 || OrganizationsChanged > 0;

    public static AffectedPages Between(ArchiveContent before, ArchiveContent after)
    {
        var affected = new AffectedPages();
        var letters = Changed(before.Letters.Select(l => l.Id), after.Letters.Select(l => l.Id), id => before.FindLetter(id), id => after.FindLetter(id));
        var organizations = Changed(before.Organizations.Select(o => o.Id), after.Organizations.Select(o => o.Id), id => before.FindOrganization(id), id => after.FindOrganization(id));
        affected.LettersChanged = letters.Count;
        affected.OrganizationsChanged = organizations.Count;
        foreach (var content in new[] { before, after })
        {
            affected.AddLetters(content, letters);
            affected.AddOrganizations(content, organizations);
        }

        foreach (var content in new[] { before, after })
        {
            affected.AddOrganizationPages(content);
        }

        affected.AddListPages(before, after, letters.ToHashSet(StringComparer.Ordinal));
        return affected;
    }

    /// <summary>Whether the page at this address must be rendered again.</summary>
    public bool Includes(string address) =>
        _addresses.Contains(address)
        || (_everyLettersPage && address.StartsWith(SiteUrls.LettersPages, StringComparison.Ordinal))
        || _wholeCountries.Any(code => address.StartsWith(SiteUrls.Country(code), StringComparison.Ordinal));

    // Every page that shows the whole archive: its counts, its lists, its newest letters.
    private static readonly string[] ArchivePages =
        [SiteUrls.Home, SiteUrls.Letters, SiteUrls.Organizations, SiteUrls.Countries, SiteUrls.Search, SiteUrls.NotFound];

    private static List<string> Changed<T>(IEnumerable<string> before, IEnumerable<string> after, Func<string, T?> was, Func<string, T?> now)
        where T : class =>
        [.. before.Union(after, StringComparer.Ordinal).Where(id => !ReferenceEquals(was(id), now(id)))];

    private void AddLetters(ArchiveContent content, List<string> changed)
    {
        if (changed.Count == 0)
        {
            return;
        }

        _addresses.UnionWith(ArchivePages);
        var position = content.Letters.Select((l, i) => (l.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        foreach (var id in changed)
        {
            if (content.FindLetter(id) is not { } letter)
            {
                continue;
            }

            _addresses.Add(SiteUrls.Letter(id));
            // Its neighbours show it as the older or newer letter.
            var index = position[id];
            foreach (var neighbour in new[] { index - 1, index + 1 }.Where(i => i >= 0 && i < content.Letters.Count))
            {
                _addresses.Add(SiteUrls.Letter(content.Letters[neighbour].Id));
            }

            _organizations.UnionWith(OrganizationsShownWith(letter, content));
        }
    }

    private void AddOrganizations(ArchiveContent content, List<string> changed)
    {
        if (changed.Count == 0)
        {
            return;
        }

        _addresses.UnionWith(ArchivePages);
        var ids = changed.ToHashSet(StringComparer.Ordinal);
        _organizations.UnionWith(ids);
        // Its name shows on the letters it signed, published or its people signed for, and among its co-signers'.
        foreach (var letter in content.Letters.Where(l => OrganizationsShownWith(l, content).Any(ids.Contains)))
        {
            _addresses.Add(SiteUrls.Letter(letter.Id));
        }

        foreach (var id in ids)
        {
            _organizations.UnionWith(content.CoSignersOf(id).Select(c => c.Organization.Id));
        }
    }

    private void AddOrganizationPages(ArchiveContent content)
    {
        foreach (var id in _organizations)
        {
            _addresses.Add(SiteUrls.Organization(id));
            if (content.FindOrganization(id) is { } organization)
            {
                _countries.UnionWith(organization.Countries);
            }
        }
    }

    // A paged list (the letters, a country's letters) whose letters keep their places and years changes only on the
    // pages that show a changed letter, and on a country's first page, which lists its organizations with their
    // counts; once a letter is added, removed or moved, every page after it shifts, so every page is redone.
    private void AddListPages(ArchiveContent before, ArchiveContent after, HashSet<string> letters)
    {
        if (letters.Count > 0)
        {
            if (SameSequence(before.Letters, after.Letters))
            {
                AddPagesShowing(after.Letters, letters, SiteUrls.LettersPage);
            }
            else
            {
                _everyLettersPage = true;
            }
        }

        foreach (var code in _countries)
        {
            if (before.FindCountry(code) is { } was && after.FindCountry(code) is { } now && SameSequence(was.Letters, now.Letters))
            {
                _addresses.Add(SiteUrls.Country(code));
                AddPagesShowing(now.Letters, letters, n => SiteUrls.CountryPage(code, n));
            }
            else
            {
                _wholeCountries.Add(code);
            }
        }
    }

    private void AddPagesShowing(IReadOnlyList<Letter> list, HashSet<string> letters, Func<int, string> page)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (letters.Contains(list[i].Id))
            {
                _addresses.Add(page((i / AssemblePages.LettersPerPage) + 1));
            }
        }
    }

    private static bool SameSequence(IReadOnlyList<Letter> before, IReadOnlyList<Letter> after) =>
        before.Count == after.Count
        && Enumerable.Range(0, before.Count).All(i =>
            string.Equals(before[i].Id, after[i].Id, StringComparison.Ordinal) && before[i].Date.Year == after[i].Date.Year);

    private static IEnumerable<string> OrganizationsShownWith(Letter letter, ArchiveContent content) =>
        content.OrganizationIdsOf(letter)
            .Concat(letter.PublisherId is { } publisher ? [publisher] : [])
            .Concat(letter.People.SelectMany(p => p.Roles).Select(r => r.OrganizationId).OfType<string>());
}
