namespace Archive.Api.Hosting;

/// <summary><c>Archive:ResponseCache</c>: memory for ready-made answers (<see cref="Http.RepresentationCache"/>).</summary>
internal sealed class ResponseCacheSettings
{
    /// <summary>At most this many megabytes of kept answers; 0 turns the cache off.</summary>
    public int MaxMegabytes { get; init; } = 256;
}
