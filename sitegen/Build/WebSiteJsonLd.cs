using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.SiteGen.Build.Templates;

namespace Archive.SiteGen.Build;

/// <summary>
/// The home page's structured data (issue 17): the archive as a schema.org <c>WebSite</c>, its publisher, and a
/// <c>SearchAction</c> that says how to search it (the search page with <c>?q=</c>). The publisher is the archive
/// itself, under its own name: <c>site.yml</c> names no other.
/// </summary>
internal static class WebSiteJsonLd
{
    /// <summary>The placeholder a search engine replaces with the words searched for.</summary>
    public const string SearchTerms = "search_term_string";

    public static TrustedHtml For(SiteSettings site, SiteUrls urls) => JsonLdScript.Write(json =>
    {
        var home = urls.Absolute(SiteUrls.Home);
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "WebSite");
        json.WriteString("@id", home);
        json.WriteString("url", home);
        json.WriteString("name", site.Title);
        json.WriteString("description", site.Description);
        json.WriteString("inLanguage", site.Language);
        json.WriteStartObject("publisher");
        json.WriteString("@type", "Organization");
        json.WriteString("name", site.Title);
        json.WriteString("url", home);
        json.WriteEndObject();
        json.WriteStartObject("potentialAction");
        json.WriteString("@type", "SearchAction");
        json.WriteStartObject("target");
        json.WriteString("@type", "EntryPoint");
        json.WriteString("urlTemplate", $"{urls.Absolute(SiteUrls.Search)}?q={{{SearchTerms}}}");
        json.WriteEndObject();
        json.WriteString("query-input", $"required name={SearchTerms}");
        json.WriteEndObject();
        json.WriteEndObject();
    });
}
