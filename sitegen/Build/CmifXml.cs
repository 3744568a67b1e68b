using System.Security.Cryptography;
using System.Text;
using System.Xml;
using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Letters;
using Archive.Core.Organizations;

namespace Archive.SiteGen.Build;

/// <summary>
/// <c>/data/cmif.xml</c>: every letter's metadata in the Correspondence Metadata Interchange Format 1.1 (a TEI file of
/// <c>correspDesc</c> elements), the format correspSearch harvests (issue 19). Each letter is sent by its publisher,
/// its signing organizations and its signing people, all in one <c>correspAction type="sent"</c> (CMIF has no form
/// for a coalition; TEI lets one action name many agents), and received by its addressees as printed. Its date keeps
/// its precision (<c>when="2008-09"</c>, <c>when="2008"</c>); an undated letter's estimate is marked
/// <c>evidence="conjecture"</c>, CMIF's word for a date inferred rather than printed. The file's date is the latest
/// change of the content, not the build time, so two builds of the same content are identical.
/// </summary>
internal static class CmifXml
{
    private const string Tei = "http://www.tei-c.org/ns/1.0";

    // CMIF requires CC BY 4.0 and prescribes the licence's address and statement.
    public const string Licence = "https://creativecommons.org/licenses/by/4.0/";
    private const string LicenceStatement = "This file is licensed under the terms of the Creative Commons License CC-BY 4.0";

    public static void Write(ArchiveContent content, SiteUrls urls, Stream output)
    {
        var site = content.Site;
        var source = SourceId(site.BaseUrl);
        // Written as UTF-8 bytes straight to the file: no copy of a large file in memory.
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), NewLineChars = "\n" }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("TEI", Tei);
            xml.WriteStartElement("teiHeader");
            xml.WriteStartElement("fileDesc");

            xml.WriteStartElement("titleStmt");
            xml.WriteElementString("title", $"{site.Title}: letters (CMIF)");
            xml.WriteElementString("editor", site.Title);
            xml.WriteEndElement();

            xml.WriteStartElement("publicationStmt");
            xml.WriteStartElement("publisher");
            WriteRef(xml, site.BaseUrl.AbsoluteUri, site.Title);
            xml.WriteEndElement();
            xml.WriteStartElement("idno");
            xml.WriteAttributeString("type", "url");
            xml.WriteString(urls.Absolute(SiteUrls.Cmif));
            xml.WriteEndElement();
            xml.WriteStartElement("date");
            xml.WriteAttributeString("when", Timestamp.Of(LastChange(content)));
            xml.WriteEndElement();
            xml.WriteStartElement("availability");
            xml.WriteStartElement("licence");
            xml.WriteAttributeString("target", Licence);
            xml.WriteString(LicenceStatement);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteStartElement("sourceDesc");
            xml.WriteStartElement("bibl");
            xml.WriteAttributeString("type", "online");
            xml.WriteAttributeString("xml", "id", null, source);
            xml.WriteString($"{site.Title}. ");
            WriteRef(xml, site.BaseUrl.AbsoluteUri, site.BaseUrl.AbsoluteUri);
            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteEndElement();
            xml.WriteStartElement("profileDesc");
            foreach (var letter in content.Letters)
            {
                WriteLetter(xml, letter, content, urls, source);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();

            // CMIF keeps its data in the header; the TEI text is required and left empty, as in CMIF's own examples.
            xml.WriteStartElement("text");
            xml.WriteStartElement("body");
            xml.WriteElementString("p", "");
            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteLetter(XmlWriter xml, Letter letter, ArchiveContent content, SiteUrls urls, string source)
    {
        xml.WriteStartElement("correspDesc");
        xml.WriteAttributeString("key", letter.Id);
        xml.WriteAttributeString("ref", urls.Absolute(SiteUrls.Letter(letter.Id)));
        xml.WriteAttributeString("source", "#" + source);

        xml.WriteStartElement("correspAction");
        xml.WriteAttributeString("type", "sent");
        var senders = Senders(letter, content);
        foreach (var id in senders)
        {
            var organization = content.FindOrganization(id);
            xml.WriteStartElement("orgName");
            xml.WriteAttributeString("ref", Ref(organization, urls.Absolute(SiteUrls.Organization(id))));
            xml.WriteString(organization?.Name ?? id);
            xml.WriteEndElement();
        }

        foreach (var person in letter.People)
        {
            xml.WriteElementString("persName", person.Name);
        }

        if (senders.Count == 0 && letter.People.Count == 0)
        {
            // CMIF: an unknown sender is written as "Unknown".
            xml.WriteElementString("persName", "Unknown");
        }

        WriteDate(xml, letter);
        xml.WriteEndElement();

        xml.WriteStartElement("correspAction");
        xml.WriteAttributeString("type", "received");
        // Addressees are printed as offices and bodies ("Governments of the UN Member States"), not as people.
        foreach (var recipient in letter.Recipients)
        {
            xml.WriteElementString("orgName", recipient);
        }

        if (letter.Recipients.Count == 0)
        {
            xml.WriteElementString("persName", "Unknown");
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    // CMIF's ref is a list of addresses: the organization's entries in authority files first (CMIF asks for an
    // authority-controlled id where there is one; issue 19), then its page in the archive.
    // Most organizations have none, so most names are written without building the list.
    private static string Ref(Organization? organization, string page) =>
        organization is null || (organization.Wikidata ?? organization.Viaf ?? organization.Ror) is null
            ? page
            : string.Join(' ', AuthorityId.Of(organization).Select(a => a.Uri.AbsoluteUri).Append(page));

    // The publisher first (it sent the letter), then the organizations that signed, each once, in printed order.
    private static List<string> Senders(Letter letter, ArchiveContent content)
    {
        var senders = new List<string>();
        if (letter.PublisherId is { } publisher)
        {
            senders.Add(publisher);
        }

        senders.AddRange(content.OrganizationIdsOf(letter).Where(id => id != letter.PublisherId));
        return senders;
    }

    // CMIF dates: YYYY-MM-DD, YYYY-MM or YYYY, which is exactly a letter's date to its precision.
    private static void WriteDate(XmlWriter xml, Letter letter)
    {
        xml.WriteStartElement("date");
        xml.WriteAttributeString("when", letter.Date.ToString());
        if (letter.DateIsEstimate)
        {
            xml.WriteAttributeString("evidence", "conjecture");
        }

        xml.WriteEndElement();
    }

    private static void WriteRef(XmlWriter xml, string target, string text)
    {
        xml.WriteStartElement("ref");
        xml.WriteAttributeString("target", target);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static DateTimeOffset LastChange(ArchiveContent content) =>
        content.Letters.Select(l => l.Dates.Updated)
            .Concat(content.Organizations.Select(o => o.Dates.Updated))
            .DefaultIfEmpty(DateTimeOffset.UnixEpoch)
            .Max();

    /// <summary>
    /// The <c>bibl/@xml:id</c> every letter points to: CMIF asks for a UUID that stays the same from build to build, so
    /// it is the name-based UUID (RFC 9562, version 5) of the site's base URL; an <c>xml:id</c> may not begin with a
    /// digit, so the first such UUID of the base URL, then of the base URL with <c>#1</c>, <c>#2</c>…, that begins with a letter.
    /// </summary>
    internal static string SourceId(Uri baseUrl)
    {
        for (var attempt = 0; ; attempt++)
        {
            var id = NameBasedUuid(attempt == 0 ? baseUrl.AbsoluteUri : $"{baseUrl.AbsoluteUri}#{attempt}");
            if (!char.IsAsciiDigit(id[0]))
            {
                return id;
            }
        }
    }

    // RFC 9562 section 5.5: SHA-1 of the URL namespace and the name, with the version and variant bits set.
    private static string NameBasedUuid(string name)
    {
        byte[] urlNamespace = [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8];
        // SHA-1 is what version 5 is defined with; it names, it does not protect.
#pragma warning disable CA5350
        var hash = SHA1.HashData([.. urlNamespace, .. Encoding.UTF8.GetBytes(name)]);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3f) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }
}
