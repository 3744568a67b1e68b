using System.Globalization;

namespace Archive.SiteGen.Build;

/// <summary>
/// A moment as the feed (RFC 3339) and the sitemap (W3C Datetime) write it: UTC to the second,
/// <c>2024-05-03T10:15:00Z</c>.
/// </summary>
internal static class Timestamp
{
    public static string Of(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
