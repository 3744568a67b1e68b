using System.Text;
using System.Xml;
using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Letters;
using Archive.Core.Markdown;

namespace Archive.SiteGen.Build;

/// <summary>
/// <c>/feed.xml</c>: the newest letters as an Atom feed (RFC 4287). The feed's <c>updated</c> is the newest letter's
/// date, not the build time, so two builds of the same content are identical.
/// </summary>
internal static class AtomFeed
{
    public const int EntryCount = 50;
    private const int SummaryLength = 400;

    public static string Write(ArchiveContent content, SiteUrls urls)
    {
        var site = content.Site;
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("xml", "lang", null, site.Language);
            xml.WriteElementString("id", site.BaseUrl.AbsoluteUri);
            xml.WriteElementString("title", site.Title);
            xml.WriteElementString("subtitle", site.Description);
            xml.WriteElementString("updated", Timestamp(content.Letters.Count > 0 ? content.Letters[0].Date : null));
            WriteLink(xml, "self", urls.Absolute(SiteUrls.Feed), "application/atom+xml");
            WriteLink(xml, "alternate", urls.Absolute(SiteUrls.Home), "text/html");
            xml.WriteStartElement("author");
            xml.WriteElementString("name", site.Title);
            xml.WriteElementString("uri", site.BaseUrl.AbsoluteUri);
            xml.WriteEndElement();
            foreach (var letter in content.Letters.Take(EntryCount))
            {
                WriteEntry(xml, letter, content, urls);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        // StringBuilder output declares UTF-16; the file is written as UTF-8, so the declaration must say so.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    private static void WriteEntry(XmlWriter xml, Letter letter, ArchiveContent content, SiteUrls urls)
    {
        var permalink = urls.Absolute(SiteUrls.Letter(letter.Id));
        xml.WriteStartElement("entry");
        xml.WriteElementString("id", permalink);
        xml.WriteElementString("title", letter.Title);
        xml.WriteElementString("published", Timestamp(letter.Date));
        xml.WriteElementString("updated", Timestamp(letter.Date));
        WriteLink(xml, "alternate", permalink, "text/html");
        if (letter.PublisherId is not null && content.FindOrganization(letter.PublisherId) is { } publisher)
        {
            xml.WriteStartElement("author");
            xml.WriteElementString("name", publisher.Name);
            xml.WriteElementString("uri", urls.Absolute(SiteUrls.Organization(publisher.Id)));
            xml.WriteEndElement();
        }

        xml.WriteStartElement("summary");
        xml.WriteAttributeString("type", "text");
        xml.WriteString(Excerpt(LetterMarkdown.ToPlainText(letter.Body)));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteLink(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    // Atom needs a full timestamp; a letter known only to the month or year is dated to its first day.
    private static string Timestamp(LetterDate? date) =>
        (date?.Start ?? new DateOnly(1970, 1, 1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= SummaryLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', SummaryLength);
        return flat[..(cut > 0 ? cut : SummaryLength)] + " …";
    }
}
