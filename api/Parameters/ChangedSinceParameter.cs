using System.ComponentModel;
using Archive.Core.Content;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Parameters;

/// <summary>
/// <c>changedSince</c> of the letter and organization lists: only what was added or changed at or after a moment, so
/// a partner who keeps a copy fetches what is new since its last visit instead of everything (issue 18).
/// </summary>
internal sealed record ChangedSinceParameter
{
    public const string Name = "changedSince";

    [FromQuery(Name = Name)]
    [Description("Only items whose updated moment is at or after this one: a day (YYYY-MM-DD, from its first moment in UTC) or a moment with its time zone (2026-01-01T09:30:00Z, 2026-01-01T10:30:00+01:00). Keep the lastChanged of GET /api/v1 and send it next time to fetch only what changed. Removed items are not listed: compare ids for those.")]
    public string? ChangedSince { get; init; }

    /// <summary>The moment asked for, or null for none (absent or empty); a malformed value fails <paramref name="read"/> naming the parameter.</summary>
    public DateTimeOffset? Read(ReadQuery read)
    {
        if (string.IsNullOrWhiteSpace(ChangedSince))
        {
            return null;
        }

        if (!ContentDates.TryParse(ChangedSince, out var moment))
        {
            var shown = ChangedSince.Length <= 60 ? ChangedSince : ChangedSince[..60] + "…";
            read.Fail(Name, $"'{shown}' is not a day or a moment; use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (a time needs its zone: Z or +01:00)");
            return null;
        }

        return moment;
    }
}
