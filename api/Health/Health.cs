namespace Archive.Api.Health;

/// <summary>The health answer: "ok" and what is loaded.</summary>
internal sealed record Health(string Status, int Letters, int Organizations);
