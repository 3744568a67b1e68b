namespace Archive.Api.Http;

/// <summary>What is left of a client's requests: whether this one was allowed, how many remain, and when the window resets.</summary>
internal readonly record struct Quota(bool Allowed, int Remaining, TimeSpan Reset, long Window)
{
    /// <summary>Whole seconds until the window resets, at least 1 (a client told 0 would retry at once).</summary>
    public int ResetSeconds => Math.Max(1, (int)Math.Ceiling(Reset.TotalSeconds));
}
