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
        var check = new CheckSignatories(organizations);
        // Letters are checked independently of each other, in parallel; the diagnostics keep the letters' order.
        var diagnostics = letters.AsParallel().AsOrdered().SelectMany(check.Of).ToList();
        if (reportUnreferenced)
        {
            diagnostics.AddRange(Unreferenced(letters, organizations));
        }

        return diagnostics;
    }

    /// <summary>A warning for each organization that no letter refers to (as signatory, publisher or a person's organization).</summary>
    internal static IEnumerable<Diagnostic> Unreferenced(IReadOnlyList<Letter> letters, IReadOnlyList<Organization> organizations)
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
