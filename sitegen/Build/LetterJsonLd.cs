using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Letters;
using Archive.Core.Organizations;

using Archive.SiteGen.Build.Templates;

namespace Archive.SiteGen.Build;

/// <summary>
/// A letter as schema.org structured data (a <c>CreativeWork</c> whose genre is an open letter: schema.org has
/// no Letter type), serialized so that it is safe inside <c>&lt;script type="application/ld+json"&gt;</c>
/// (<see cref="JsonLdScript"/>).
/// One per build: it keeps each organization's JSON, written once and copied into every letter it signed.
/// </summary>
internal sealed class LetterJsonLd(ArchiveContent content, SiteUrls urls)
{
    private static readonly JsonWriterOptions Options = JsonLdScript.Options;

    // An organization's JSON, the same in each of the letters it signed (over 100 on average at 10,000 letters): written
    // once, it is a copy on every other page. Keyed by the organization itself, hashed by reference.
    private readonly ConcurrentDictionary<Organization, byte[]> _organizations = new(ReferenceEqualityComparer.Instance);

    // Each thread writes its letters' JSON into one buffer, emptied for each: a new one grew four times per letter.
    private static readonly ThreadLocal<ArrayBufferWriter<byte>> Buffer = new(() => new ArrayBufferWriter<byte>(16 * 1024));

    public TrustedHtml For(Letter letter)
    {
        // Written straight as JSON (on every letter page, 10,000 of them): building a JSON tree first cost more
        // than the rest of assembling the page.
        var buffer = Buffer.Value!;
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            var permalink = urls.Absolute(SiteUrls.Letter(letter.Id));
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "CreativeWork");
            json.WriteString("@id", permalink);
            json.WriteString("url", permalink);
            json.WriteString("genre", "Open letter");
            json.WriteString("name", letter.Title);
            json.WriteString("headline", letter.Title);
            json.WriteString("datePublished", letter.Date.ToString());
            json.WriteString("inLanguage", letter.Language);
            json.WriteStartObject("isPartOf");
            json.WriteString("@type", "WebSite");
            json.WriteString("name", content.Site.Title);
            json.WriteString("url", content.Site.BaseUrl.AbsoluteUri);
            json.WriteEndObject();
            if (letter.PublisherId is not null && content.FindOrganization(letter.PublisherId) is { } publisher)
            {
                json.WritePropertyName("author");
                WriteOrganization(json, publisher);
            }

            var signers = content.OrganizationIdsOf(letter).Select(content.FindOrganization).OfType<Organization>().ToList();
            if (signers.Count > 0)
            {
                json.WriteStartArray("contributor");
                foreach (var signer in signers)
                {
                    WriteOrganization(json, signer);
                }

                json.WriteEndArray();
            }

            if (letter.Source.Url is { } sourceUrl)
            {
                json.WriteString("isBasedOn", sourceUrl.AbsoluteUri);
            }

            json.WriteEndObject();
        }

        return JsonLdScript.Html(buffer.WrittenSpan);
    }

    private void WriteOrganization(Utf8JsonWriter json, Organization organization) =>
        json.WriteRawValue(_organizations.GetOrAdd(organization, static (organization, self) => self.OrganizationJson(organization), this), skipInputValidation: true);

    private byte[] OrganizationJson(Organization organization)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("@type", "Organization");
            json.WriteString("name", organization.Name);
            json.WriteString("url", urls.Absolute(SiteUrls.Organization(organization.Id)));
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
