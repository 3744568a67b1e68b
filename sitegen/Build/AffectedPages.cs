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

        return affected;
    }

    /// <summary>Whether the page at this address must be rendered again.</summary>
    public bool Includes(string address) =>
        _addresses.Contains(address)
        || address.StartsWith(SiteUrls.LettersPages, StringComparison.Ordinal)
        || _countries.Any(code => address.StartsWith(SiteUrls.Country(code), StringComparison.Ordinal));

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

    private static IEnumerable<string> OrganizationsShownWith(Letter letter, ArchiveContent content) =>
        content.OrganizationIdsOf(letter)
            .Concat(letter.PublisherId is { } publisher ? [publisher] : [])
            .Concat(letter.People.SelectMany(p => p.Roles).Select(r => r.OrganizationId).OfType<string>());
}
