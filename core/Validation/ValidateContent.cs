using Archive.Core.Content;
using Archive.Core.Letters;
using Archive.Core.Organizations;

namespace Archive.Core.Validation;

/// <summary>
/// The checks that need the whole archive at once, after every file has been read; <see cref="LoadContent"/> runs
/// them, and checks each letter's signatories as it reads the letter.
/// </summary>
public static class ValidateContent
{
    /// <summary>
    /// Ids that two files share. Ids are compared ignoring case because a site on a case-insensitive
    /// file system or server would give both one URL.
    /// </summary>
    public static IEnumerable<Diagnostic> DuplicateIds(IEnumerable<(string Id, SourceLocation Location)> items, string kind)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items
            .GroupBy(item => item.Id, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .SelectMany(group => group.Skip(1).Select(duplicate =>
                Diagnostic.Error(duplicate.Location, $"duplicate {kind} id '{duplicate.Id}': {group.First().Location.Path} has it too")));
    }

    /// <summary>
    /// A warning for each organization that no letter refers to: as a signatory (<paramref name="signedAny"/> says
    /// whether an organization signed any letter, which the archive's index answers without visiting every
    /// signatory again), as publisher or as a person's organization.
    /// </summary>
    internal static IEnumerable<Diagnostic> Unreferenced(IReadOnlyList<Letter> letters, IReadOnlyList<Organization> organizations, Func<string, bool> signedAny)
    {
        var referencedOtherwise = new HashSet<string>(StringComparer.Ordinal);
        foreach (var letter in letters)
        {
            if (letter.PublisherId is not null)
            {
                referencedOtherwise.Add(letter.PublisherId);
            }

            foreach (var person in letter.People)
            {
                referencedOtherwise.UnionWith(person.Roles.Select(r => r.OrganizationId).OfType<string>());
            }
        }

        return organizations
            .Where(o => !signedAny(o.Id) && !referencedOtherwise.Contains(o.Id))
            .Select(o => Diagnostic.Warning(o.Location, $"no letter refers to organization '{o.Id}'"));
    }

    /// <summary>
    /// The <c>replaces</c> lists taken together (issue 19): an old id leads to one organization, so it may not still
    /// have a file (an id both live and replaced), be replaced by two organizations, or be an organization that itself
    /// replaced others (a chain, of which a cycle is one kind: the whole chain is listed in the last organization
    /// instead). Ids are compared ignoring case, as <see cref="DuplicateIds"/> compares them.
    /// </summary>
    public static IEnumerable<Diagnostic> Replacements(IReadOnlyList<Organization> organizations)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        var live = organizations.DistinctBy(o => o.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(o => o.Id, StringComparer.OrdinalIgnoreCase);
        var replacedBy = new Dictionary<string, (Organization By, ReplacedOrganization Entry)>(StringComparer.OrdinalIgnoreCase);
        var diagnostics = new List<Diagnostic>();
        foreach (var organization in organizations)
        {
            foreach (var replaced in organization.Replaces)
            {
                if (string.Equals(replaced.Id, organization.Id, StringComparison.OrdinalIgnoreCase))
                {
                    diagnostics.Add(Diagnostic.Error(replaced.Location, $"organization '{organization.Id}' cannot replace itself: 'replaces' lists the ids it had before, and the name it had goes to 'aliases'"));
                }
                else if (replacedBy.TryGetValue(replaced.Id, out var first))
                {
                    var where = ReferenceEquals(first.By, organization) ? "earlier in this list" : $"by organization '{first.By.Id}' ({first.Entry.Location})";
                    diagnostics.Add(Diagnostic.Error(replaced.Location, $"'{replaced.Id}' is already replaced {where}: an old id leads to one organization (after a split, choose the one that keeps its address)"));
                    continue;
                }
                else if (live.TryGetValue(replaced.Id, out var still))
                {
                    diagnostics.Add(Diagnostic.Error(replaced.Location, still.Replaces.Count > 0
                        ? $"'{replaced.Id}' is replaced here but is still an organization ({still.Location.Path}) that itself replaces '{still.Replaces[0].Id}': a chain of replacements is not followed; list every old id here and delete {still.Location.Path}"
                        : $"'{replaced.Id}' is replaced here but is still an organization ({still.Location.Path}): delete that file (and write '{organization.Id}' in the letters that name it), or take '{replaced.Id}' out of 'replaces'"));
                }

                replacedBy.TryAdd(replaced.Id, (organization, replaced));
            }
        }

        return diagnostics;
    }
}
