using System.Text;
using System.Xml;
using Archive.SiteGen.Build.Pages;

namespace Archive.SiteGen.Build;

/// <summary><c>/sitemap.xml</c> (sitemaps.org 0.9): the permalink of every content page, and <c>/robots.txt</c> pointing to it.</summary>
internal static class SitemapXml
{
    public static string Write(IEnumerable<SitePage> pages)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var page in pages.Where(p => p.InSitemap))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", page.Head.Canonical);
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
