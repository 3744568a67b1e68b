using Archive.Core.Content;
using Archive.Core.Letters;
using Archive.Core.Organizations;

namespace Archive.Core.Validation;

/// <summary>The checks that need the whole archive at once, after every file has been read.</summary>
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

    /// <summary>Cross-checks between letters and organizations.</summary>
    public static IEnumerable<Diagnostic> Archive(IReadOnlyList<Letter> letters, IReadOnlyList<Organization> organizations, bool reportUnreferenced = true)
    {
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentNullException.ThrowIfNull(organizations);
        var byId = organizations.DistinctBy(o => o.Id).ToDictionary(o => o.Id, StringComparer.Ordinal);
        // Each organization's printed names as keys, once: every signatory of every letter is checked against them.
        var namesById = byId.ToDictionary(
            p => p.Key,
            p => p.Value.PrintedNames.Select(OrganizationNames.Key).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        foreach (var letter in letters)
        {
            diagnostics.AddRange(SignatoriesOf(letter, byId, namesById));
        }

        if (reportUnreferenced)
        {
            diagnostics.AddRange(Unreferenced(letters, organizations));
        }

        return diagnostics;
    }

    private static IEnumerable<Diagnostic> SignatoriesOf(Letter letter, Dictionary<string, Organization> byId, Dictionary<string, HashSet<string>> namesById)
    {
        var seen = new Dictionary<string, Signatory>(StringComparer.Ordinal);
        foreach (var signatory in letter.Signatories)
        {
            if (!byId.TryGetValue(signatory.OrganizationId, out var organization))
            {
                continue;
            }

            if (seen.TryGetValue(organization.Id, out var first))
            {
                yield return Diagnostic.Warning(signatory.Location, $"organization '{organization.Id}' already signed this letter at line {first.Location.Line}");
            }
            else
            {
                seen[organization.Id] = signatory;
            }

            if (!namesById[organization.Id].Contains(OrganizationNames.Key(signatory.Name)))
            {
                yield return Diagnostic.Warning(signatory.Location, $"'{signatory.Name}' is not a name of organization '{organization.Id}': add it to the aliases in {organization.Location.Path}");
            }

            foreach (var code in signatory.Countries.Where(c => !organization.Countries.Contains(c)))
            {
                yield return Diagnostic.Warning(signatory.Location, $"the letter prints country {code} for '{signatory.Name}', but {organization.Location.Path} does not list it");
            }
        }
    }

    private static IEnumerable<Diagnostic> Unreferenced(IReadOnlyList<Letter> letters, IReadOnlyList<Organization> organizations)
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var letter in letters)
        {
            referenced.UnionWith(letter.Signatories.Select(s => s.OrganizationId));
            referenced.UnionWith(letter.People.SelectMany(p => p.Roles).Select(r => r.OrganizationId).OfType<string>());
            if (letter.PublisherId is not null)
            {
                referenced.Add(letter.PublisherId);
            }
        }

        return organizations
            .Where(o => !referenced.Contains(o.Id))
            .Select(o => Diagnostic.Warning(o.Location, $"no letter refers to organization '{o.Id}'"));
    }
}
