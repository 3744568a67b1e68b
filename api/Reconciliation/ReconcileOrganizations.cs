using Archive.Api.Content;
using Archive.Core.Countries;
using Archive.Core.Organizations;

namespace Archive.Api.Reconciliation;

/// <summary>
/// Answers reconciliation queries with the importer's own matcher (<see cref="OrganizationMatcher"/>), built once over
/// the archive's organizations. A candidate is <c>match: true</c> exactly when the importer would link the printed name
/// to it without review (<see cref="OrganizationMatch.IsMatched"/>); the candidates for review come with the
/// matcher's score, and a name like none comes back with none. No second matching rule lives here (STYLE rule 12).
/// </summary>
internal sealed class ReconcileOrganizations(LoadedArchive archive)
{
    private readonly OrganizationMatcher _matcher = OrganizationMatcher.Create(archive.Content.Organizations);

    public ReconciliationResult Reconcile(ReconciliationQuery query)
    {
        // The service matches names: a query of properties alone (valid in the standard) has nothing to match.
        if (string.IsNullOrWhiteSpace(query.Text))
        {
            return new ReconciliationResult([]);
        }

        var match = _matcher.Match(query.Text, query.Countries);
        var candidates = match.Candidates
            .Take(query.Limit ?? int.MaxValue)
            .Select(candidate => Candidate(candidate, match, query.Countries))
            .ToList();
        return new ReconciliationResult(candidates);
    }

    private static ReconciliationCandidate Candidate(MatchCandidate candidate, OrganizationMatch match, IReadOnlyList<CountryCode> countries)
    {
        var organization = candidate.Organization;
        var certain = match.IsMatched && match.Organization!.Id == organization.Id;
        var features = new List<MatchFeature>
        {
            new("name_score", candidate.Score),
            new("same_name", certain && match.Method == MatchMethod.Alias),
            new("same_acronym", certain && match.Method == MatchMethod.Acronym),
            new("same_name_normalized", certain && match.Method == MatchMethod.Normalized),
            new("same_name_written_another_way", certain && match.Method == MatchMethod.Variant),
        };
        if (countries.Count > 0 && organization.Countries.Count > 0)
        {
            features.Add(new MatchFeature("country_agrees", countries.Intersect(organization.Countries).Any()));
        }

        return new ReconciliationCandidate(organization.Id, organization.Name, candidate.Score, certain, features, [ReconciliationService.Type])
        {
            Description = ReconciliationService.Describe(organization),
        };
    }
}
