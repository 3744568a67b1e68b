namespace Archive.Api.Health;

/// <summary>
/// The health answer: "ok", what is loaded, whether search is ready ("ready", or "indexing" just after start-up),
/// and the version of the content served (the same on every instance serving the same content).
/// </summary>
internal sealed record Health(string Status, int Letters, int Organizations, string Search, string Content)
{
    public const string Ok = "ok";
    public const string Ready = "ready";
    public const string Indexing = "indexing";
}
