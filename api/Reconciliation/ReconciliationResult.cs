using System.Text.Json.Serialization;

namespace Archive.Api.Reconciliation;

/// <summary>The candidates for one query of a batch, best first (schema <c>reconciliation-result-batch.json</c>).</summary>
internal sealed record ReconciliationResult(IReadOnlyList<ReconciliationCandidate> Result);

/// <summary>An organization a queried name may be.</summary>
/// <param name="Id">The organization's id, as in its page's address and the API's.</param>
/// <param name="Name">Its name.</param>
/// <param name="Score">How alike the names are, from 0 to 1: the importer's matcher's score.</param>
/// <param name="Match">True only when the importer would link this name to this organization without review.</param>
/// <param name="Features">What the score is made of.</param>
/// <param name="Type">Organization.</param>
internal sealed record ReconciliationCandidate(
    string Id,
    string Name,
    double Score,
    bool Match,
    IReadOnlyList<MatchFeature> Features,
    IReadOnlyList<EntityType> Type)
{
    /// <summary>Its acronym and countries, to tell namesakes apart; absent when it has neither (so not a parameter: the OpenAPI document would call it required).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; init; }
}

/// <summary>
/// One reason for a candidate's score: <c>name_score</c> (the matcher's score, 0 to 1); <c>same_name</c>,
/// <c>same_acronym</c>, <c>same_name_normalized</c> and <c>same_name_written_another_way</c> (which of the importer's
/// rules made it certain, all false for a candidate to review); <c>country_agrees</c> when a country was given.
/// </summary>
/// <param name="Id">The feature.</param>
/// <param name="Value">A number or true/false.</param>
internal sealed record MatchFeature(string Id, object Value);

/// <summary>A type of entity: the service has one, Organization.</summary>
internal sealed record EntityType(string Id, string Name);
