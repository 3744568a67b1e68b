using System.Collections.Frozen;

namespace Archive.Core.Organizations;

/// <summary>
/// Finds an organization by a name exactly as a letter prints it: its canonical name, acronym or an alias.
/// "Exactly" forgives only typography (case, spacing, the kind of dash or apostrophe), never wording.
/// </summary>
public sealed class OrganizationNames
{
    private readonly FrozenDictionary<string, Organization> _byKey;

    private OrganizationNames(FrozenDictionary<string, Organization> byKey) => _byKey = byKey;

    /// <summary>
    /// Indexes every printed name of the organizations. A name claimed by two organizations is left out of the index
    /// and reported through <paramref name="onConflict"/> (name, first claimer, second claimer).
    /// </summary>
    public static OrganizationNames Index(IEnumerable<Organization> organizations, Action<string, Organization, Organization>? onConflict = null)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        var byKey = new Dictionary<string, Organization>(StringComparer.Ordinal);
        var conflicted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var organization in organizations)
        {
            foreach (var name in organization.PrintedNames.Distinct(StringComparer.Ordinal))
            {
                var key = Key(name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (byKey.TryGetValue(key, out var claimer) && claimer.Id != organization.Id)
                {
                    onConflict?.Invoke(name, claimer, organization);
                    conflicted.Add(key);
                }
                else
                {
                    byKey.TryAdd(key, organization);
                }
            }
        }

        foreach (var key in conflicted)
        {
            byKey.Remove(key);
        }

        return new OrganizationNames(byKey.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The organization known by this printed name, if exactly one is.</summary>
    public Organization? Find(string printedName)
    {
        ArgumentNullException.ThrowIfNull(printedName);
        return _byKey.GetValueOrDefault(Key(printedName));
    }

    /// <summary>
    /// The typographic key of a printed name: lower case, one space between words, every dash a hyphen with no
    /// space around it, and every apostrophe straight. "World Federalist Movement – Canada" and
    /// "World Federalist Movement-Canada" share it; "Oxfam Australia" and "Oxfam-Australia" do not (that is wording).
    /// </summary>
    public static string Key(string printedName)
    {
        ArgumentNullException.ThrowIfNull(printedName);
        var trimmed = printedName.AsSpan().Trim();
        // The key is never longer than the name; it is built in place, without a StringBuilder: validation keys
        // every signatory of every letter.
        var buffer = trimmed.Length <= 256 ? stackalloc char[trimmed.Length] : new char[trimmed.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            var folded = c switch
            {
                '‐' or '‑' or '‒' or '–' or '—' or '−' => '-',
                '’' or '‘' or '`' or '´' => '\'',
                '“' or '”' => '"',
                _ => char.ToLowerInvariant(c),
            };
            var besideHyphen = folded == '-' || (length > 0 && buffer[length - 1] == '-');
            if (pendingSpace && length > 0 && !besideHyphen)
            {
                buffer[length++] = ' ';
            }

            pendingSpace = false;
            buffer[length++] = folded;
        }

        return new string(buffer[..length]);
    }
}
