using System.Text.Json.Serialization;

namespace Archive.Api.Reconciliation;

/// <summary>The organizations whose names start with a prefix (schema <c>suggest-entities-response.json</c>).</summary>
internal sealed record SuggestResponse(IReadOnlyList<SuggestedEntity> Result);

/// <summary>One suggested organization, with its acronym and countries as description.</summary>
internal sealed record SuggestedEntity(
    string Id,
    string Name,
    IReadOnlyList<EntityType> Notable)
{
    /// <summary>Its acronym and countries; absent when it has neither.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; init; }
}
