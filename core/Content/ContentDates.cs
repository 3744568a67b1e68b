using System.Globalization;

namespace Archive.Core.Content;

/// <summary>
/// When a letter or an organization came into the archive and when its file last changed, in UTC to the second.
/// They come from the content's git history (the commit that added the file, the last commit that changed it), unless
/// the file itself says otherwise (<c>added:</c>, <c>updated:</c>, for material whose first commit is not when it
/// came into the archive); a file git has no commit of (no repository, git not installed, or a new file not yet committed) has its
/// modification time for both. <see cref="Updated"/> is never earlier than <see cref="Added"/>.
/// </summary>
/// <param name="Added">When it came into the archive.</param>
/// <param name="Updated">When its file last changed.</param>
public readonly record struct ContentDates(DateTimeOffset Added, DateTimeOffset Updated)
{
    /// <summary>A moment as the dates hold it: in UTC, without fractions of a second (git's history has none).</summary>
    public static DateTimeOffset Moment(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    /// <summary>Both dates at one moment: a file whose history is a single moment.</summary>
    public static ContentDates At(DateTimeOffset moment) => new(moment, moment);

    /// <summary>
    /// Reads a date as the front matter writes it: a day (<c>2024-05-01</c>, taken as its first moment in UTC) or a
    /// moment with its time zone (<c>2024-05-01T14:30:00Z</c>, <c>2024-05-01T16:30:00+02:00</c>); false for anything else.
    /// </summary>
    public static bool TryParse(string? text, out DateTimeOffset moment)
    {
        moment = default;
        if (text is null || !DateTimeOffset.TryParseExact(
                text.Trim(),
                WrittenForms,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out var parsed))
        {
            return false;
        }

        moment = parsed.ToUniversalTime();
        return true;
    }

    // A day, or a moment to the minute or the second with its zone ('Z' or an offset): a time without a zone would
    // mean a different moment on every machine.
    private static readonly string[] WrittenForms =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm'Z'",
        "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:sszzz",
    ];
}
