namespace Archive.Api.Content;

/// <summary>The configuration keys of the API (section <c>Archive</c>; environment variables <c>Archive__...</c>).</summary>
internal static class ArchiveOptions
{
    public const string ContentPath = "Archive:ContentPath";
    public const string MaxQueryTerms = "Archive:Search:MaxQueryTerms";
    public const string KeepIndex = "Archive:Search:KeepIndex";
    public const string IndexFolder = "Archive:Search:IndexFolder";
    public const string RateLimitPermits = "Archive:RateLimit:PermitLimit";
    public const string RateLimitWindowSeconds = "Archive:RateLimit:WindowSeconds";
    public const string ResponseCacheMaxMegabytes = "Archive:ResponseCache:MaxMegabytes";
}
