namespace Archive.Api.Http;

/// <summary>
/// Endpoint metadata: this route's successful answer depends on nothing but the request path (not the query, the
/// host or any header), and the archive does not change while the API runs, so <see cref="RepresentationCache"/>
/// may keep the answer and send the same bytes again.
/// </summary>
internal sealed class PathDeterminesResponse
{
    public static PathDeterminesResponse Instance { get; } = new();

    private PathDeterminesResponse()
    {
    }
}
