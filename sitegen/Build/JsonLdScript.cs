using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

using Archive.SiteGen.Build.Templates;

namespace Archive.SiteGen.Build;

/// <summary>
/// Structured data for search engines (schema.org as JSON-LD), written so that it is safe inside
/// <c>&lt;script type="application/ld+json"&gt;</c> whatever the content says: the one way every page's JSON-LD is
/// serialized (<see cref="LetterJsonLd"/>, <see cref="OrganizationJsonLd"/>, <see cref="WebSiteJsonLd"/>).
/// </summary>
internal static class JsonLdScript
{
    // The encoder escapes <, >, & and ' in strings as \u003C…, so "</script>" in any field cannot end the element.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>The writer's options: strings escaped by the encoder above.</summary>
    public static JsonWriterOptions Options { get; } = new() { Encoder = Encoder };

    /// <summary>Writes one JSON-LD object with <paramref name="write"/> and makes it safe for the script element.</summary>
    public static TrustedHtml Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        return Html(buffer.WrittenSpan);
    }

    /// <summary>JSON written with <see cref="Options"/>, as the content of the script element.</summary>
    public static TrustedHtml Html(ReadOnlySpan<byte> json) =>
        // No '<' can remain outside a string either; this replacement is the belt to the encoder's braces.
        new(Encoding.UTF8.GetString(json).Replace("<", "\\u003c", StringComparison.Ordinal));
}
