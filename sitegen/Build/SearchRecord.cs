using System.Text.Encodings.Web;
using System.Text.Json;
using Archive.SiteGen.Build.Pages;

namespace Archive.SiteGen.Build;

/// <summary>
/// What the search index holds of one letter, in the shape of Pagefind's <c>addCustomRecord</c>: the words of its page,
/// the metadata the search page shows (<c>title</c>, <c>when</c>, <c>date</c>, <c>lang</c>), its filters
/// (<c>organization</c>, <c>country</c>, <c>year</c>) and its sort key (<c>date</c>). Made from the page's own model
/// (<see cref="LetterPage"/>), so search finds the words the page shows (issue 21).
/// </summary>
/// <param name="Url">The page's address from the site's root, as Pagefind gives it back (<c>/letters/x/</c>).</param>
/// <param name="Content">The words of the letter's page, in the page's order.</param>
/// <param name="Language">The letter's language, which picks Pagefind's stemmer.</param>
internal sealed record SearchRecord(
    string Url,
    string Content,
    string Language,
    IReadOnlyList<KeyValuePair<string, string>> Meta,
    IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Filters,
    IReadOnlyList<KeyValuePair<string, string>> Sort)
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="bodyText">The letter's body as plain text (<see cref="Archive.Core.Markdown.LetterMarkdown.ToPlainText"/>, the one plain text of a body: its JSON, its feed entry and the API's index read it too).</param>
    public static SearchRecord Of(string address, LetterPage page, string bodyText)
    {
        List<string> words =
        [
            page.Title,
            page.DateDisplay,
            page.DateNote ?? "",
            .. page.Recipients,
            .. page.CopiedTo,
            page.Publisher?.Text ?? "",
            bodyText,
            page.SignedBy,
            .. page.Countries.Select(c => c.Text),
        ];
        foreach (var signatory in page.Signatories)
        {
            words.Add(signatory.Name);
            if (signatory.Name != signatory.Organization.Text)
            {
                words.Add(signatory.Organization.Text);
            }

            words.AddRange(signatory.Countries.Select(c => c.Text));
            words.AddRange(signatory.Regions);
        }

        foreach (var person in page.People)
        {
            words.Add(person.Name);
            words.AddRange(person.Roles.SelectMany(r => new[] { r.Title ?? "", r.Affiliation ?? "" }));
        }

        return new SearchRecord(
            "/" + address,
            string.Join("\n", words.Where(w => w.Length > 0)),
            page.Language,
            [new("title", page.Title), new("when", page.DateDisplay), new("date", page.DateIso), new("lang", page.Language)],
            [
                // An organization counts once per letter however many times it signed (the page's first row of it).
                new("organization", [.. page.Signatories.Where(s => s.IndexAsFilter).Select(s => s.Organization.Text)]),
                new("country", [.. page.Countries.Select(c => c.Text)]),
                new("year", [page.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)]),
            ],
            [new("date", page.DateIso)]);
    }

    /// <summary>The record as one line of JSON, the format <c>tools/search/index.mjs</c> reads.</summary>
    public void WriteLine(Stream stream)
    {
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("url", Url);
            json.WriteString("content", Content);
            json.WriteString("language", Language);
            json.WriteStartObject("meta");
            foreach (var (key, value) in Meta)
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
            json.WriteStartObject("filters");
            foreach (var (key, values) in Filters.Where(f => f.Value.Count > 0))
            {
                json.WriteStartArray(key);
                foreach (var value in values)
                {
                    json.WriteStringValue(value);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteStartObject("sort");
            foreach (var (key, value) in Sort)
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }
}
