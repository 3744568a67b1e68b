using System.Text;
using System.Xml;
using Archive.Core.Addresses;

namespace Archive.SiteGen.Build;

/// <summary>
/// <c>/sitemap.xml</c> (sitemaps.org 0.9): the permalink of every content page, with its <c>lastmod</c> where the page
/// knows when what it shows last changed (letters and organizations), and <c>/robots.txt</c> pointing to it.
/// </summary>
internal static class SitemapXml
{
    /// <summary>The sitemap of these pages, in order.</summary>
    public static string Write(IEnumerable<(string Permalink, DateTimeOffset? Updated)> pages)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var (permalink, updated) in pages)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", permalink);
                if (updated is { } lastModified)
                {
                    xml.WriteElementString("lastmod", Timestamp.Of(lastModified));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    public static string Robots(SiteUrls urls) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(SiteUrls.Sitemap)}\n";
}
