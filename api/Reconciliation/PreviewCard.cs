using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Organizations;

namespace Archive.Api.Reconciliation;

/// <summary>
/// The small HTML card OpenRefine shows in a frame when a cell's candidate is hovered (Reconciliation Service API 0.2,
/// §6): the organization's names, countries and letter count, with a link to its page. Every value is HTML-escaped.
/// The page runs no script and loads nothing: its Content-Security-Policy allows only its own style, by hash.
/// </summary>
internal static class PreviewCard
{
    private const string Style = "body{font:14px/1.4 system-ui,sans-serif;margin:8px;color:#1a1a1a}h1{font-size:16px;margin:0 0 4px}p{margin:2px 0}";

    /// <summary>Nothing but the card's own style; no script, no image, no frame of its own, no form.</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'; base-uri 'none'; form-action 'none'";

    // Escapes what HTML needs escaped (<, >, &, quotes) and leaves accented letters readable, as the JSON does.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(Organization organization, ArchiveContent content, string language)
    {
        var html = Html;
        var page = content.Urls.AbsoluteUri(Core.Addresses.SiteUrls.Organization(organization.Id)).AbsoluteUri;
        var otherNames = organization.PrintedNames.Skip(1).Distinct(StringComparer.Ordinal).ToList();
        var countries = string.Join(", ", organization.Countries.Select(c => CountryTable.Get(c).Name));
        var letters = content.LettersSignedBy(organization.Id).Count;
        var card = new StringBuilder();
        card.Append("<!DOCTYPE html><html lang=\"").Append(html.Encode(language)).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<title>").Append(html.Encode(organization.Name)).Append("</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<h1><a href=\"").Append(html.Encode(page)).Append("\" target=\"_blank\" rel=\"noopener\">").Append(html.Encode(organization.Name)).Append("</a></h1>");
        if (otherNames.Count > 0)
        {
            card.Append("<p>Also: ").Append(html.Encode(string.Join("; ", otherNames))).Append("</p>");
        }

        if (countries.Length > 0)
        {
            card.Append("<p>").Append(html.Encode(countries)).Append("</p>");
        }

        card.Append("<p>").Append(letters == 1 ? "1 letter signed" : $"{letters} letters signed").Append("</p></body></html>");
        return card.ToString();
    }
}
