using Archive.Core.Organizations;

namespace Archive.SiteGen.Import;

/// <summary>
/// The organizations one letter's entries name by their own names (alias, acronym or normalized form), found before
/// any entry is linked. A letter names each of its signatories once, but may print one twice: a list printed again, a
/// sign-on filled in twice ("Refugees Internatonal", then "Refugees International"). Those are the same words; an
/// entry in other words beside one that names an organization by its own name is another body.
/// </summary>
internal sealed record LetterOwnNames(IReadOnlyList<(string Name, string Id)> Named)
{
    /// <summary>The organizations other entries name by their own names in words other than <paramref name="entry"/>'s.</summary>
    public IReadOnlySet<string> NamedInOtherWords(PrintedSignatory entry)
    {
        var words = PrintedOrganizationName.Parse(entry.Name).Base;
        return Named
            .Where(n => OrganizationNames.Key(n.Name) != OrganizationNames.Key(entry.Name) && !NameVariant.InTheSameWords(PrintedOrganizationName.Parse(n.Name).Base, words))
            .Select(n => n.Id)
            .ToHashSet(StringComparer.Ordinal);
    }
}
