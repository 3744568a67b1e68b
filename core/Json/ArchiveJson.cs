using System.Text.Encodings.Web;
using System.Text.Json;

namespace Archive.Core.Json;

/// <summary>The one set of JSON options for the archive's data: camelCase, nulls kept, readable non-ASCII text.</summary>
public static class ArchiveJson
{
    /// <summary>Options for API responses and <c>import --json</c>.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // Names like "Société" stay readable; HTML-sensitive characters are still escaped by the default
        // rules for <, >, &, ' so JSON can be embedded safely.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        WriteIndented = false,
    };

    /// <summary>
    /// The UTF-8 JSON of a value with <see cref="Options"/>: what the API answers for it, and what the site writes
    /// beside its page.
    /// </summary>
    public static byte[] Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    /// <summary>
    /// How many items of a long list a single country or organization shows in its own JSON; the whole list is a
    /// paged sub-route of the API that its <c>links</c> name (issue 18: one organization's 1,685 co-signers were 230 KB).
    /// </summary>
    public const int EmbeddedItems = 100;
}
