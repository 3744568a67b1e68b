namespace Archive.Api.Health;

/// <summary>The health answer: "ok", what is loaded, and whether search is ready ("ready", or "indexing" just after start-up).</summary>
internal sealed record Health(string Status, int Letters, int Organizations, string Search);
