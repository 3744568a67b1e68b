namespace Archive.Api.Hosting;

/// <summary><c>Archive:RateLimit</c>: requests per client address per fixed window (<see cref="Http.RateLimits"/>).</summary>
internal sealed class RateLimitSettings
{
    /// <summary>Requests per client per window; 0 turns rate limiting off.</summary>
    public int PermitLimit { get; init; } = 300;

    public int WindowSeconds { get; init; } = 60;
}
