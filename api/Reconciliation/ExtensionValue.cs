using System.Text.Json.Serialization;

namespace Archive.Api.Reconciliation;

/// <summary>One value of a property in a data extension response: exactly one of <c>str</c>, <c>int</c> or <c>date</c> is present.</summary>
internal sealed record ExtensionValue(
    [property: JsonPropertyName("str"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Str,
    [property: JsonPropertyName("int"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Int,
    [property: JsonPropertyName("date"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Date)
{
    public static ExtensionValue Text(string text) => new(text, null, null);

    public static ExtensionValue Number(int number) => new(null, number, null);

    public static ExtensionValue Moment(string isoDateTime) => new(null, null, isoDateTime);
}
