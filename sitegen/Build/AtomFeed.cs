using System.Text;
using System.Xml;
using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Letters;
using Archive.Core.Markdown;
using Archive.SiteGen.Build.Pages;

namespace Archive.SiteGen.Build;

/// <summary>
/// <c>/feed.xml</c>: what is new in the archive, as an Atom feed (RFC 4287). Its entries are the letters most recently
/// added (<see cref="ArchiveContent.LettersByAdded"/>), whatever their own date: a 2010 letter added today comes first.
/// An entry is <c>published</c> when its letter was added and <c>updated</c> when its file last changed (see
/// <see cref="ContentDates"/>); the letter's own date, to the precision it is known, is said in the entry's text, never
/// made into a timestamp (a letter of "2008" has no day). The feed's <c>updated</c> is the latest of its entries', not
/// the build time, so two builds of the same content are identical.
/// </summary>
internal static class AtomFeed
{
    public const int EntryCount = 50;
    private const int SummaryLength = 400;
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static string Write(ArchiveContent content, SiteUrls urls)
    {
        var site = content.Site;
        var entries = content.LettersByAdded.Take(EntryCount).ToList();
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("xml", "lang", null, site.Language);
            xml.WriteElementString("id", site.BaseUrl.AbsoluteUri);
            xml.WriteElementString("title", site.Title);
            xml.WriteElementString("subtitle", $"New in the archive: letters as they are added, the latest first. {site.Description}");
            xml.WriteElementString("updated", entries.Count > 0 ? Timestamp.Of(entries.Max(l => l.Dates.Updated)) : "1970-01-01T00:00:00Z");
            WriteLink(xml, "self", urls.Absolute(SiteUrls.Feed), "application/atom+xml");
            WriteLink(xml, "alternate", urls.Absolute(SiteUrls.Home), "text/html");
            xml.WriteStartElement("author");
            xml.WriteElementString("name", site.Title);
            xml.WriteElementString("uri", site.BaseUrl.AbsoluteUri);
            xml.WriteEndElement();
            foreach (var letter in entries)
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
        // The entry is in the letter's language (its title and text); what the site says about it, in the site's.
        var siteLanguage = content.Site.Language;
        var ownLanguage = !string.Equals(letter.Language, siteLanguage, StringComparison.OrdinalIgnoreCase);
        xml.WriteStartElement("entry");
        if (ownLanguage)
        {
            xml.WriteAttributeString("xml", "lang", null, letter.Language);
        }

        xml.WriteElementString("id", permalink);
        xml.WriteElementString("title", letter.Title);
        xml.WriteElementString("published", Timestamp.Of(letter.Dates.Added));
        xml.WriteElementString("updated", Timestamp.Of(letter.Dates.Updated));
        WriteLink(xml, "alternate", permalink, "text/html");
        if (letter.PublisherId is not null && content.FindOrganization(letter.PublisherId) is { } publisher)
        {
            xml.WriteStartElement("author");
            xml.WriteElementString("name", publisher.Name);
            xml.WriteElementString("uri", urls.Absolute(SiteUrls.Organization(publisher.Id)));
            xml.WriteEndElement();
        }

        xml.WriteStartElement("summary");
        xml.WriteAttributeString("type", "xhtml");
        xml.WriteStartElement("div", Xhtml);
        xml.WriteStartElement("p", Xhtml);
        if (ownLanguage)
        {
            xml.WriteAttributeString("xml", "lang", null, siteLanguage);
        }

        xml.WriteString($"Letter of {SiteData.DisplayDate(letter)}.");
        xml.WriteEndElement();
        xml.WriteElementString("p", Xhtml, Excerpt(LetterMarkdown.ToPlainText(letter.Body)));
        xml.WriteEndElement();
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
