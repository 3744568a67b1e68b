using System.Text.Json;
using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Json;

namespace Archive.SiteGen.Build;

/// <summary>
/// <c>/organizations/index.json</c>: every organization's names and how many letters it signed, A–Z, which the
/// organizations filter searches as the reader types (any other page's type-ahead may read it too). Its shape:
/// <code>
/// {"url": "/organizations/{id}/",
///  "organizations": [{"id": "danchurchaid", "name": "DanChurchAid", "acronym": "DCA", "aliases": ["DanChurch Aid"], "letterCount": 12}, …]}
/// </code>
/// <c>url</c> is where an organization's page is, with its id in place of <c>{id}</c>; <c>acronym</c> and
/// <c>aliases</c> appear only when it has them. Names only, so that 3,000 organizations stay a small file.
/// </summary>
internal static class OrganizationNamesJson
{
    // The archive's JSON encoder: text stays readable, and <, >, & and ' are escaped.
    private static readonly JsonWriterOptions Options = new() { Encoder = ArchiveJson.Options.Encoder };

    /// <summary>The file's bytes. Written field by field: the serializer's first use in a build cost more than the file.</summary>
    public static byte[] Write(ArchiveContent content)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("url", content.Urls.Link(SiteUrls.Organization("{id}")));
            json.WriteStartArray("organizations");
            foreach (var organization in content.Organizations)
            {
                json.WriteStartObject();
                json.WriteString("id", organization.Id);
                json.WriteString("name", organization.Name);
                if (organization.Acronym is { } acronym)
                {
                    json.WriteString("acronym", acronym);
                }

                if (organization.Aliases.Count > 0)
                {
                    json.WriteStartArray("aliases");
                    foreach (var alias in organization.Aliases)
                    {
                        json.WriteStringValue(alias);
                    }

                    json.WriteEndArray();
                }

                json.WriteNumber("letterCount", content.LettersSignedBy(organization.Id).Count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
