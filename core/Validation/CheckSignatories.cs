using Archive.Core.Letters;
using Archive.Core.Organizations;

namespace Archive.Core.Validation;

/// <summary>
/// Checks the signatories of one letter against the organizations they refer to: a second signature by the
/// same organization, a printed name that is not one of its names, a printed country it does not list.
/// What it finds depends only on the letter and the organizations, so a reload may keep it for an unchanged letter.
/// </summary>
internal sealed class CheckSignatories
{
    private readonly Dictionary<string, Organization> _byId;
    // Each organization's printed names as keys, once: every signatory of every letter is checked against them.
    private readonly Dictionary<string, HashSet<string>> _namesById;
    // Which organization each printed name belongs to (names are one organization's each; check reports a clash).
    private readonly Dictionary<string, string> _idByName;

    public CheckSignatories(IReadOnlyList<Organization> organizations)
    {
        _byId = organizations.DistinctBy(o => o.Id).ToDictionary(o => o.Id, StringComparer.Ordinal);
        _namesById = _byId.ToDictionary(
            p => p.Key,
            p => p.Value.PrintedNames.Select(OrganizationNames.Key).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        _idByName = [];
        foreach (var (id, names) in _namesById)
        {
            foreach (var name in names)
            {
                _idByName.TryAdd(name, id);
            }
        }
    }

    /// <summary>The problems with this letter's signatories, in printed order.</summary>
    public List<Diagnostic> Of(Letter letter)
    {
        var diagnostics = new List<Diagnostic>();
        var seen = new Dictionary<string, Signatory>(StringComparer.Ordinal);
        foreach (var signatory in letter.Signatories)
        {
            if (!_byId.TryGetValue(signatory.OrganizationId, out var organization))
            {
                continue;
            }

            if (seen.TryGetValue(organization.Id, out var first))
            {
                diagnostics.Add(Diagnostic.Warning(signatory.Location, $"organization '{organization.Id}' already signed this letter at line {first.Location.Line}"));
            }
            else
            {
                seen[organization.Id] = signatory;
            }

            if (organization.ExactName(signatory.Name) is null && !_namesById[organization.Id].Contains(OrganizationNames.Key(signatory.Name)) && !IsFiledApartByCountry(organization, signatory.Name))
            {
                diagnostics.Add(Diagnostic.Warning(signatory.Location, _idByName.TryGetValue(OrganizationNames.Key(signatory.Name), out var other)
                    ? $"'{signatory.Name}' is the name of organization '{other}', but this letter links it to '{organization.Id}': check which one signed"
                    : $"'{signatory.Name}' is not a name of organization '{organization.Id}': add it to the aliases in {organization.Location.Path}"));
            }

            foreach (var code in signatory.Countries)
            {
                if (!organization.Countries.Contains(code))
                {
                    diagnostics.Add(Diagnostic.Warning(signatory.Location, $"the letter prints country {code} for '{signatory.Name}', but {organization.Location.Path} does not list it"));
                }
            }
        }

        return diagnostics;
    }

    // "Centre for Peace and Conflict Studies (Cambodia)", filed so because Sydney's centre has the name: a letter
    // prints it without its country, and no organization may claim the name twice.
    private static bool IsFiledApartByCountry(Organization organization, string printed) =>
        organization.Name.StartsWith(printed + " (", StringComparison.Ordinal) && organization.Name.EndsWith(')')
        && organization.Name[(printed.Length + 2)..^1].Split(", ").All(country => Archive.Core.Countries.CountryTable.TryResolveName(country, out _));
}
