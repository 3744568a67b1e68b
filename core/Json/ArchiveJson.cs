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
}
