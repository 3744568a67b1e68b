namespace Archive.Core.Content;

/// <summary>
/// Reads a letter's or an organization's own <c>added:</c> and <c>updated:</c>, which win over the dates its history
/// gives it (material imported long after it came into the archive keeps its date).
/// </summary>
internal static class ReadDates
{
    public static ContentDates From(YamlFields fields, ContentDates history)
    {
        var added = ReadMoment(fields, "added");
        var updated = ReadMoment(fields, "updated");
        if (added is { Moment: var first, Text: var addedText } && updated is { Moment: var last, Text: var updatedText } && last < first)
        {
            fields.Error(fields.Node("updated")!, $"'updated' ({updatedText}) is earlier than 'added' ({addedText}): a file changes after it is added");
        }

        var dates = new ContentDates(added?.Moment ?? history.Added, updated?.Moment ?? history.Updated);
        // Added later than the last commit, or updated given alone and earlier than the first: a file is never
        // updated before it was added.
        return dates.Updated < dates.Added ? dates with { Updated = dates.Added } : dates;
    }

    private static (DateTimeOffset Moment, string Text)? ReadMoment(YamlFields fields, string key)
    {
        var text = fields.OptionalString(key);
        if (text is null)
        {
            return null;
        }

        if (ContentDates.TryParse(text, out var moment))
        {
            return (moment, text);
        }

        fields.Error(fields.Node(key)!, $"invalid date '{text}' in '{key}': write YYYY-MM-DD, or a moment with its time zone (2024-05-01T14:30:00Z)");
        return null;
    }
}
