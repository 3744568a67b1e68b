using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Archive.Core.Content;
using Archive.Core.Letters;
using Archive.Core.Organizations;

namespace Archive.SiteGen.Build;

/// <summary>
/// A letter as schema.org structured data (a <c>CreativeWork</c> whose genre is an open letter: schema.org has
/// no Letter type), serialized so that it is safe inside <c>&lt;script type="application/ld+json"&gt;</c>.
/// </summary>
internal static class LetterJsonLd
{
    // The encoder escapes <, >, & and ' in strings as \u003C…, so "</script>" in any field cannot end the element.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static TrustedHtml For(Letter letter, ArchiveContent content, SiteUrls urls)
    {
        var permalink = urls.Absolute(SiteUrls.Letter(letter.Id));
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "CreativeWork",
            ["@id"] = permalink,
            ["url"] = permalink,
            ["genre"] = "Open letter",
            ["name"] = letter.Title,
            ["headline"] = letter.Title,
            ["datePublished"] = letter.Date.ToString(),
            ["inLanguage"] = letter.Language,
            ["isPartOf"] = new JsonObject { ["@type"] = "WebSite", ["name"] = content.Site.Title, ["url"] = content.Site.BaseUrl.AbsoluteUri },
        };
        if (letter.PublisherId is not null && content.FindOrganization(letter.PublisherId) is { } publisher)
        {
            data["author"] = OrganizationNode(publisher, urls);
        }

        var signers = content.OrganizationIdsOf(letter)
            .Select(content.FindOrganization)
            .OfType<Organization>()
            .Select(o => (JsonNode)OrganizationNode(o, urls))
            .ToArray();
        if (signers.Length > 0)
        {
            data["contributor"] = new JsonArray(signers);
        }

        if (letter.Source.Url is { } sourceUrl)
        {
            data["isBasedOn"] = sourceUrl.AbsoluteUri;
        }

        // No '<' can remain outside a string either; this replacement is the belt to the encoder's braces.
        return new TrustedHtml(data.ToJsonString(Options).Replace("<", "\\u003c", StringComparison.Ordinal));
    }

    private static JsonObject OrganizationNode(Organization organization, SiteUrls urls) => new()
    {
        ["@type"] = "Organization",
        ["name"] = organization.Name,
        ["url"] = urls.Absolute(SiteUrls.Organization(organization.Id)),
    };
}
