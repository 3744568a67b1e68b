using System.Text.Json.Serialization;

namespace Archive.Api.Reconciliation;

/// <summary>
/// One value of a property in a data extension response: exactly one of <c>str</c>, <c>int</c> or <c>date</c> is
/// present. Init properties, not a record's parameters, so the OpenAPI document does not declare all three required.
/// </summary>
internal sealed record ExtensionValue
{
    [JsonPropertyName("str")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Str { get; init; }

    [JsonPropertyName("int")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Int { get; init; }

    /// <summary>An ISO 8601 moment, as the standard's dates are.</summary>
    [JsonPropertyName("date")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Date { get; init; }

    public static ExtensionValue Text(string text) => new() { Str = text };

    public static ExtensionValue Number(int number) => new() { Int = number };

    public static ExtensionValue Moment(string isoDateTime) => new() { Date = isoDateTime };
}
