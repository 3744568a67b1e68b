using Archive.Core.Organizations;

namespace Archive.SiteGen.Import;

/// <summary>
/// The organizations one letter's entries name by their own names (alias, acronym or normalized form), found before
/// any entry is linked. A letter names each of its signatories once, but may print one twice: a list printed again, a
/// sign-on filled in twice ("Refugees Internatonal", then "Refugees International"). Those are the same words; an
/// entry in other words beside one that names an organization by its own name is another body.
/// </summary>
internal sealed class LetterOwnNames
{
    // Each entry that names an organization: its name key, its words without the acronym, and the organization.
    private readonly List<(string Key, string Words, string Id)> _named;

    /// <param name="named">Each entry's printed name with the organization it names by its own name.</param>
    public LetterOwnNames(IEnumerable<(string Name, string Id)> named) =>
        _named = [.. named.Select(n => (OrganizationNames.Key(n.Name), PrintedOrganizationName.Parse(n.Name).Base, n.Id))];

    /// <summary>The organizations other entries name by their own names in words other than <paramref name="entry"/>'s.</summary>
    public IReadOnlySet<string> NamedInOtherWords(PrintedSignatory entry)
    {
        var key = OrganizationNames.Key(entry.Name);
        var words = PrintedOrganizationName.Parse(entry.Name).Base;
        return _named
            .Where(n => n.Key != key && !NameVariant.InTheSameWords(n.Words, words))
            .Select(n => n.Id)
            .ToHashSet(StringComparer.Ordinal);
    }
}
