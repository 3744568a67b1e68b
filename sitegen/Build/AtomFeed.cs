using System.Text;
using System.Xml;
using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Letters;
using Archive.Core.Organizations;
using Archive.SiteGen.Build.Pages;

namespace Archive.SiteGen.Build;

/// <summary>
/// The site's Atom feeds (RFC 4287), one writer for every kind, each written beside its page: <c>/feed.xml</c> beside
/// the home page, what is new in the whole archive, and beside each organization's and country's first page the
/// letters that concern it (issue 20). Their entries are the
/// letters most recently added (the order of <see cref="ArchiveContent.LettersByAdded"/>), whatever their own date: a
/// 2010 letter added today comes first, so whoever follows an organization is told of it. At most
/// <see cref="EntryCount"/> (as Hugo's <c>rssLimit</c>): a feed says what is new, the pages hold the rest.
/// An entry is <c>published</c> when its letter was added and <c>updated</c> when its file last changed (see
/// <see cref="ContentDates"/>); its id is the letter's permalink, and what it says is the letter's one
/// <see cref="FeedEntry"/>, so the same letter is the same entry in every feed and on every build. The letter's own date, to the precision it is known, is said in the entry's text, never made
/// into a timestamp (a letter of "2008" has no day). A feed's id is its page's permalink and its <c>updated</c> the
/// latest of its entries', not the build time, so two builds of the same content write the same bytes.
/// </summary>
internal static class AtomFeed
{
    public const int EntryCount = 50;
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    // Written straight as UTF-8 without a byte order mark, so the declaration says utf-8.
    private static readonly XmlWriterSettings Settings = new() { Indent = true, OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };

    /// <summary><c>/feed.xml</c>: the letters most recently added to the archive.</summary>
    public static byte[] OfSite(SiteData site)
    {
        var settings = site.Content.Site;
        return Write(site, new Channel(
            SiteUrls.Home,
            settings.BaseUrl.AbsoluteUri,
            settings.Title,
            $"New in the archive: letters as they are added, the latest first. {settings.Description}",
            site.Content.LettersByAdded.Take(EntryCount).ToList(),
            Empty: DateTimeOffset.UnixEpoch));
    }

    /// <summary>
    /// <c>organizations/{id}/feed.xml</c>: the letters it signed, published or its people signed, the most recently
    /// added first. With none yet, the feed is as new as the organization's own file.
    /// </summary>
    public static byte[] OfOrganization(SiteData site, Organization organization)
    {
        var content = site.Content;
        var id = organization.Id;
        var letters = content.LettersSignedBy(id).Concat(content.LettersPublishedBy(id)).Concat(content.LettersSignedByPeopleOf(id));
        return Write(site, new Channel(
            SiteUrls.Organization(id),
            content.Urls.Absolute(SiteUrls.Organization(id)),
            $"{organization.Name}: new letters · {content.Site.Title}",
            $"Letters {organization.Name} signed, published or whose people signed, as they are added to the archive, the latest first.",
            Newest(letters),
            Empty: organization.Dates.Updated));
    }

    /// <summary><c>countries/{code}/feed.xml</c>: the country's letters (as its page counts them), the most recently added first.</summary>
    public static byte[] OfCountry(SiteData site, CountryProfile profile)
    {
        var content = site.Content;
        var country = profile.Country;
        return Write(site, new Channel(
            SiteUrls.Country(country.Code),
            content.Urls.Absolute(SiteUrls.Country(country.Code)),
            $"{country.Name}: new letters · {content.Site.Title}",
            $"Letters signed for {country.Name}, as they are added to the archive, the latest first.",
            Newest(profile.Letters),
            Empty: profile.Organizations.Select(o => o.Dates.Updated).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max()));
    }

    /// <summary>
    /// The <see cref="EntryCount"/> of these letters most recently added, in the order of
    /// <see cref="ArchiveContent.LettersByAdded"/> (added at the same moment: newest letter first, then by id), each once.
    /// </summary>
    public static List<Letter> Newest(IEnumerable<Letter> letters) =>
        [.. letters.Distinct(ReferenceEqualityComparer.Instance).Cast<Letter>()
            .OrderByDescending(l => l.Dates.Added).ThenByDescending(l => l.Date).ThenBy(l => l.Id, StringComparer.Ordinal)
            .Take(EntryCount)];

    /// <summary>What one feed is: the page it follows, its id and words, its entries in order, and its date when it has none.</summary>
    private sealed record Channel(string Page, string Id, string Title, string Subtitle, IReadOnlyList<Letter> Letters, DateTimeOffset Empty);

    private static byte[] Write(SiteData data, Channel channel)
    {
        var site = data.Content.Site;
        var urls = data.Urls;
        var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(bytes, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("xml", "lang", null, site.Language);
            xml.WriteElementString("id", channel.Id);
            xml.WriteElementString("title", channel.Title);
            xml.WriteElementString("subtitle", channel.Subtitle);
            xml.WriteElementString("updated", Timestamp.Of(channel.Letters.Count > 0 ? channel.Letters.Max(l => l.Dates.Updated) : channel.Empty));
            WriteLink(xml, "self", urls.Absolute(SiteUrls.FeedBeside(channel.Page)), "application/atom+xml");
            WriteLink(xml, "alternate", urls.Absolute(channel.Page), "text/html");
            xml.WriteStartElement("author");
            xml.WriteElementString("name", site.Title);
            xml.WriteElementString("uri", site.BaseUrl.AbsoluteUri);
            xml.WriteEndElement();
            foreach (var letter in channel.Letters)
            {
                WriteEntry(xml, data.FeedEntryOf(letter), site.Language);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        bytes.WriteByte((byte)'\n');
        return bytes.ToArray();
    }

    private static void WriteEntry(XmlWriter xml, FeedEntry entry, string siteLanguage)
    {
        // The entry is in the letter's language (its title and text); what the site says about it, in the site's.
        var ownLanguage = entry.Language is not null;
        xml.WriteStartElement("entry");
        if (entry.Language is { } language)
        {
            xml.WriteAttributeString("xml", "lang", null, language);
        }

        xml.WriteElementString("id", entry.Permalink);
        xml.WriteElementString("title", entry.Title);
        xml.WriteElementString("published", Timestamp.Of(entry.Dates.Added));
        xml.WriteElementString("updated", Timestamp.Of(entry.Dates.Updated));
        WriteLink(xml, "alternate", entry.Permalink, "text/html");
        if (entry.Publisher is { } publisher)
        {
            xml.WriteStartElement("author");
            xml.WriteElementString("name", publisher.Text);
            xml.WriteElementString("uri", publisher.Url);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("summary");
        xml.WriteAttributeString("type", "xhtml");
        xml.WriteStartElement("div", Xhtml);
        SiteSentence(xml, ownLanguage, siteLanguage);
        xml.WriteString($"Letter of {entry.Date}.");
        xml.WriteEndElement();
        xml.WriteElementString("p", Xhtml, entry.Excerpt);
        // Who signed and to whom, as the lists of letters say it (issue 20).
        SiteSentence(xml, ownLanguage, siteLanguage);
        xml.WriteString($"Signed by {entry.Signers}");
        if (entry.Recipients.Length > 0)
        {
            xml.WriteString(", to ");
            if (entry.Language is { } recipientsLanguage)
            {
                xml.WriteStartElement("span", Xhtml);
                xml.WriteAttributeString("xml", "lang", null, recipientsLanguage);
            }

            xml.WriteString(entry.Recipients);
            if (ownLanguage)
            {
                xml.WriteEndElement();
            }
        }

        xml.WriteString(".");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    // A paragraph of what the site says, in the site's language inside an entry in another.
    private static void SiteSentence(XmlWriter xml, bool ownLanguage, string siteLanguage)
    {
        xml.WriteStartElement("p", Xhtml);
        if (ownLanguage)
        {
            xml.WriteAttributeString("xml", "lang", null, siteLanguage);
        }
    }

    private static void WriteLink(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
