using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Core.Content;
using Archive.Core.Export;

namespace Archive.SiteGen.Build;

/// <summary>
/// <c>/data/datapackage.json</c>: every file of <c>/data/</c> as a Frictionless Data Package (v1) resource (issue 19):
/// its path, format, media type, encoding and size, and for a CSV file a Table Schema (its columns, their types and
/// constraints, its primary key, and its foreign keys to <c>organizations.csv</c>), with the licence <c>site.yml</c>
/// names (<c>licence:</c>). A list of country codes in one cell cannot be a foreign key in Table Schema v1: those
/// columns say in their description that each code is a row of <c>countries.csv</c>, and the tests check it.
/// </summary>
internal static partial class DataPackageJson
{
    public static void Write(ArchiveContent content, IReadOnlyList<DataFile> files, Stream output)
    {
        var site = content.Site;
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("name", Archive.Core.Text.Slug.From(site.Title, 100) is { Length: > 0 } name ? name : "archive");
            json.WriteString("title", site.Title);
            json.WriteString("description", site.Description);
            json.WriteString("homepage", site.BaseUrl.AbsoluteUri);
            if (site.Licence is { } licence)
            {
                WriteLicences(json, new DataFileLicence(licence.Name, licence.Name, licence.Url?.AbsoluteUri));
            }

            json.WriteStartArray("resources");
            foreach (var file in files)
            {
                WriteResource(json, file);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteResource(Utf8JsonWriter json, DataFile file)
    {
        json.WriteStartObject();
        json.WriteString("name", file.Name);
        json.WriteString("path", Path.GetFileName(file.Address));
        json.WriteString("title", file.Title);
        json.WriteString("description", $"One {(file.Table is null ? "entry" : "row")} is {file.Row}.");
        json.WriteString("format", file.Format);
        json.WriteString("mediatype", file.MediaType);
        json.WriteString("encoding", "utf-8");
        json.WriteNumber("bytes", file.Written.Size);
        if (file.Licence is { } licence)
        {
            WriteLicences(json, licence);
        }

        if (file.Table is { } table)
        {
            json.WriteString("profile", "tabular-data-resource");
            WriteSchema(json, table);
        }

        json.WriteEndObject();
    }

    private static void WriteSchema(Utf8JsonWriter json, DataTable table)
    {
        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (var field in table.Fields)
        {
            json.WriteStartObject();
            json.WriteString("name", field.Name);
            json.WriteString("type", field.Type);
            if (field.Format is { } format)
            {
                json.WriteString("format", format);
            }

            json.WriteString("description", field.Description);
            if (field.Required || field.Pattern is not null)
            {
                json.WriteStartObject("constraints");
                if (field.Required)
                {
                    json.WriteBoolean("required", true);
                }

                if (field.Pattern is { } pattern)
                {
                    json.WriteString("pattern", pattern);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        // An empty cell is a missing value, as in every CSV download.
        json.WriteStartArray("missingValues");
        json.WriteStringValue("");
        json.WriteEndArray();
        if (table.PrimaryKey.Count > 0)
        {
            json.WriteStartArray("primaryKey");
            foreach (var key in table.PrimaryKey)
            {
                json.WriteStringValue(key);
            }

            json.WriteEndArray();
        }

        if (table.ForeignKeys.Count > 0)
        {
            json.WriteStartArray("foreignKeys");
            foreach (var key in table.ForeignKeys)
            {
                json.WriteStartObject();
                json.WriteString("fields", key.Field);
                json.WriteStartObject("reference");
                json.WriteString("resource", key.Resource);
                json.WriteString("fields", key.ReferenceField);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    // Data Package v1: a licence's "name" must be an Open Definition identifier (letters, digits, '-', '.', '_'); a name
    // that is not one (a sentence in site.yml) is given as the licence's title only.
    private static void WriteLicences(Utf8JsonWriter json, DataFileLicence licence)
    {
        json.WriteStartArray("licenses");
        json.WriteStartObject();
        if (licence.Id is { } id && OpenDefinitionId().IsMatch(id))
        {
            json.WriteString("name", id);
        }

        if (licence.Url is { } url)
        {
            json.WriteString("path", url);
        }

        json.WriteString("title", licence.Title);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    [GeneratedRegex(@"\A[-a-zA-Z0-9._]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex OpenDefinitionId();
}
