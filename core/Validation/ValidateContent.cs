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
}
