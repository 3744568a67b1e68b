namespace Archive.Api.Http;

/// <summary>
/// Counts requests per client in fixed windows aligned to the clock (each window starts at a multiple of its
/// length since the Unix epoch), so the time left in a window is known exactly and is the same on every instance.
/// Only the current window's counts are kept: memory grows with the clients of one window, not with time.
/// </summary>
/// <remarks>
/// Not System.Threading.RateLimiting's FixedWindowRateLimiter: it tells neither how long a window has left (its
/// Retry-After is always the whole window) nor takes a permit back, which a 304 needs (<see cref="RateLimits"/>).
/// </remarks>
internal sealed class FixedWindows(int permits, TimeSpan window, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private long _current = -1;
    private Dictionary<string, int> _used = [];

    public int Permits => permits;

    public TimeSpan Window => window;

    /// <summary>Takes <paramref name="requests"/> of <paramref name="client"/>'s quota, all or none, if that many are left in this window.</summary>
    public Quota Take(string client, int requests = 1)
    {
        var (index, reset) = Now();
        lock (_gate)
        {
            Roll(index);
            var used = _used.GetValueOrDefault(client);
            if (used + requests > permits)
            {
                return new Quota(false, Math.Max(0, permits - used), reset, index);
            }

            _used[client] = used + requests;
            return new Quota(true, permits - used - requests, reset, index);
        }
    }

    /// <summary>Gives back a request taken by <paramref name="taken"/>, if its window is still the current one.</summary>
    public Quota GiveBack(string client, Quota taken)
    {
        lock (_gate)
        {
            if (taken.Window != _current || !_used.TryGetValue(client, out var used) || used == 0)
            {
                return taken;
            }

            _used[client] = used - 1;
            return taken with { Remaining = permits - used + 1 };
        }
    }

    private (long Index, TimeSpan Reset) Now()
    {
        var ticks = clock.GetUtcNow().UtcTicks - DateTime.UnixEpoch.Ticks;
        var index = ticks / window.Ticks;
        return (index, TimeSpan.FromTicks(((index + 1) * window.Ticks) - ticks));
    }

    private void Roll(long index)
    {
        if (index != _current)
        {
            _current = index;
            _used = [];
        }
    }
}
