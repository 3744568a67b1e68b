using System.Collections.Frozen;
using System.Globalization;
using Archive.Core.Countries;

namespace Archive.Core.Organizations;

/// <summary>
/// Decides which organization a printed signatory name refers to, in a fixed order from the safest rule down:
/// an exact name (<see cref="OrganizationNames"/>), then an acronym, then the normalized form
/// (<see cref="OrganizationNameForm"/>), and otherwise the organizations with a similar name as candidates for
/// review. A similar name is never a match: "West Africa Civil Society Forum" is not the "… Institute".
/// Built once from a list of organizations; immutable.
/// </summary>
public sealed class OrganizationMatcher
{
    /// <summary>The score from which an organization is offered for review.</summary>
    public const double ReviewThreshold = 0.8;

    private const int MaxCandidates = 3;

    private readonly IReadOnlyList<Organization> _organizations;
    private readonly OrganizationNames _names;
    private readonly FrozenDictionary<string, Organization[]> _byAcronym;
    private readonly FrozenDictionary<string, Organization[]> _byNormalized;

    private OrganizationMatcher(IReadOnlyList<Organization> organizations)
    {
        _organizations = organizations;
        _names = OrganizationNames.Index(organizations);
        _byAcronym = Group(organizations, AcronymsOf, AcronymKey);
        _byNormalized = Group(organizations, NormalizedFormsOf, form => form);
    }

    /// <summary>Indexes the organizations to match against.</summary>
    public static OrganizationMatcher Create(IEnumerable<Organization> organizations)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        return new OrganizationMatcher([.. organizations]);
    }

    /// <summary>Matches a printed name, with the countries printed beside it (a signal, never a rule on its own).</summary>
    public OrganizationMatch Match(string printedName, IReadOnlyList<CountryCode> printedCountries)
    {
        ArgumentNullException.ThrowIfNull(printedName);
        ArgumentNullException.ThrowIfNull(printedCountries);
        var printed = PrintedOrganizationName.Parse(printedName);

        if (_names.Find(printedName) is { } named)
        {
            var isAcronym = named.Acronym is not null && OrganizationNames.Key(named.Acronym) == OrganizationNames.Key(printedName);
            return isAcronym
                ? Matched(MatchMethod.Acronym, named, $"'{printedName}' is the acronym of '{named.Name}'")
                : Matched(MatchMethod.Alias, named, $"'{printedName}' is a name of '{named.Name}'");
        }

        if (printed.Acronym is { } acronym && _byAcronym.GetValueOrDefault(AcronymKey(acronym)) is [var byAcronym])
        {
            if (!CountriesDisagree(printedCountries, byAcronym))
            {
                return Matched(MatchMethod.Acronym, byAcronym, $"the printed acronym '{acronym}' is the acronym of '{byAcronym.Name}'");
            }
        }

        foreach (var form in new[] { printed.Printed, printed.Base }.Select(OrganizationNameForm.Normalize).Distinct(StringComparer.Ordinal))
        {
            if (_byNormalized.GetValueOrDefault(form) is [var normalized])
            {
                return Matched(MatchMethod.Normalized, normalized, $"'{printedName}' and '{normalized.Name}' are the same name once case, accents, punctuation and 'the' are set aside");
            }
        }

        var candidates = Candidates(printed, printedCountries);
        return candidates.Count == 0
            ? new OrganizationMatch(MatchMethod.New, null, [], "no organization has a similar name")
            : new OrganizationMatch(MatchMethod.Review, null, candidates, $"{candidates.Count} organization(s) have a similar name; similar is not the same, so the editor decides");
    }

    private static OrganizationMatch Matched(MatchMethod method, Organization organization, string reason) =>
        new(method, organization, [new MatchCandidate(organization, 1, reason)], reason);

    private List<MatchCandidate> Candidates(PrintedOrganizationName printed, IReadOnlyList<CountryCode> printedCountries)
    {
        var candidates = new List<MatchCandidate>();
        foreach (var organization in _organizations)
        {
            var best = organization.PrintedNames
                .Where(name => name.Length > 0)
                .Select(name => Compare(printed.Base, PrintedOrganizationName.Parse(name).Base))
                .MaxBy(c => c.Score);
            if (best.Score <= 0)
            {
                continue;
            }

            var (score, countryNote) = WithCountrySignal(best.Score, printedCountries, organization);
            if (score >= ReviewThreshold)
            {
                var reason = string.Create(CultureInfo.InvariantCulture, $"score {score:0.00} against '{best.Name}': {best.Why}; {countryNote}");
                candidates.Add(new MatchCandidate(organization, Math.Round(score, 2), reason));
            }
        }

        return [.. candidates
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Organization.Id, StringComparer.Ordinal)
            .Take(MaxCandidates)];
    }

    /// <summary>Compares two names without their acronyms and says why they are alike.</summary>
    private static (double Score, string Name, string Why) Compare(string printed, string known)
    {
        var a = OrganizationNameForm.Words(printed);
        var b = OrganizationNameForm.Words(known);
        if (a.Count == 0 || b.Count == 0)
        {
            return (0, known, "");
        }

        var onlyPrinted = NameSimilarity.WordsOnlyIn(a, b);
        var onlyKnown = NameSimilarity.WordsOnlyIn(b, a);
        if (onlyPrinted.Count > 0 && onlyKnown.Count > 0 && onlyPrinted.Concat(onlyKnown).All(w => IsCountryWord(w) || w.All(char.IsAsciiDigit)))
        {
            // "United Nations Association – Denmark" and "– Sweden", "Group 1" and "Group 2": the words that
            // differ say they are different bodies.
            return (0, known, "");
        }

        if ((Initials(onlyPrinted, onlyKnown) ?? Initials(onlyKnown, onlyPrinted)) is { } expansion)
        {
            // "WFM-Institute for Global Policy" and "World Federalist Movement – Institute for Global Policy": the
            // same name but for an acronym whose letters begin the words it may stand for.
            return (0.9, known, $"'{expansion.Acronym}' may stand for '{expansion.Expanded}', and every other word is the same");
        }

        if (OrganizationNameForm.Compact(printed) == OrganizationNameForm.Compact(known))
        {
            return (0.97, known, "the same letters, spaced or hyphenated differently");
        }

        var score = NameSimilarity.Score(printed, known);
        var smaller = Math.Min(a.Count, b.Count);
        if ((onlyPrinted.Count == 0 || onlyKnown.Count == 0) && smaller >= 2)
        {
            // Every word of the shorter name is in the longer one: "Global Action to Prevent War (and Armed Conflict)".
            score = Math.Max(score, ReviewThreshold);
        }

        var differs = (onlyPrinted.Count, onlyKnown.Count) switch
        {
            (0, 0) => "the same words",
            (_, 0) => $"only the printed name has '{string.Join(' ', onlyPrinted)}'",
            (0, _) => $"only the known name has '{string.Join(' ', onlyKnown)}'",
            _ => $"'{string.Join(' ', onlyPrinted)}' where the known name has '{string.Join(' ', onlyKnown)}'",
        };
        return (score, known, differs);
    }

    /// <summary>
    /// When the only difference is one word of <paramref name="short"/> (3 to 6 letters) made of the initials of
    /// the words of <paramref name="long"/> that differ, that acronym and its expansion.
    /// </summary>
    private static (string Acronym, string Expanded)? Initials(IReadOnlyList<string> @short, IReadOnlyList<string> @long) =>
        @short is [{ Length: >= 3 and <= 6 } word] && @long.Count == word.Length && string.Concat(@long.Select(w => w[0])) == word
            ? (word, string.Join(' ', @long))
            : null;

    private static (double Score, string Note) WithCountrySignal(double score, IReadOnlyList<CountryCode> printed, Organization organization)
    {
        if (printed.Count == 0 || organization.Countries.Count == 0)
        {
            return (score, "no country to compare");
        }

        var shared = printed.Intersect(organization.Countries).ToList();
        return shared.Count > 0
            ? (Math.Min(1, score + 0.03), $"country agrees ({string.Join(", ", shared)})")
            : (score - 0.1, $"country disagrees (printed {string.Join(", ", printed)}, known {string.Join(", ", organization.Countries)})");
    }

    private static bool CountriesDisagree(IReadOnlyList<CountryCode> printed, Organization organization) =>
        printed.Count > 0 && organization.Countries.Count > 0 && !printed.Intersect(organization.Countries).Any();

    private static bool IsCountryWord(string word) => CountryTable.TryResolveName(word, out _);

    private static IEnumerable<string> AcronymsOf(Organization organization)
    {
        if (organization.Acronym is not null)
        {
            yield return organization.Acronym;
        }

        foreach (var name in organization.PrintedNames)
        {
            if (PrintedOrganizationName.Parse(name).Acronym is { } acronym)
            {
                yield return acronym;
            }
        }
    }

    private static IEnumerable<string> NormalizedFormsOf(Organization organization) =>
        organization.PrintedNames.SelectMany(name => new[] { name, PrintedOrganizationName.Parse(name).Base }).Select(OrganizationNameForm.Normalize);

    // Acronyms compare in capitals without punctuation: "WFM-IGP" and "WFM IGP".
    private static string AcronymKey(string acronym) =>
        string.Concat(acronym.Where(char.IsLetterOrDigit)).ToUpperInvariant();

    private static FrozenDictionary<string, Organization[]> Group(IReadOnlyList<Organization> organizations, Func<Organization, IEnumerable<string>> keysOf, Func<string, string> key)
    {
        var groups = new Dictionary<string, List<Organization>>(StringComparer.Ordinal);
        foreach (var organization in organizations)
        {
            foreach (var k in keysOf(organization).Select(key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!groups.TryGetValue(k, out var list))
                {
                    groups[k] = list = [];
                }

                if (!list.Any(o => o.Id == organization.Id))
                {
                    list.Add(organization);
                }
            }
        }

        return groups.ToFrozenDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);
    }
}
