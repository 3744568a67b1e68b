namespace Archive.Api.Http;

/// <summary>
/// Endpoint metadata: this route sets its own validators and cache lifetime (the exports, sent from files with
/// their own tags and ranges; the health check, never cached), so <see cref="ConditionalGet"/> neither buffers
/// nor tags its answers.
/// </summary>
internal sealed class OwnCaching
{
    public static OwnCaching Instance { get; } = new();

    private OwnCaching()
    {
    }
}
