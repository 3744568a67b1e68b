using System.Globalization;
using System.Text;
using System.Xml;
using Archive.Core.Addresses;
using Archive.Core.Content;

namespace Archive.SiteGen.Build;

/// <summary>
/// <c>/data/network.gexf</c>: who signs with whom, as a GEXF 1.3 graph that Gephi and other network tools open
/// directly (issue 19). Every organization is a node (its row in <c>organizations.csv</c> as id, its canonical name as
/// label, and as attributes its id, its countries, the number of letters it signed and its page); two organizations that signed the same letter are joined
/// by one undirected edge weighted by the number of letters they both signed, the same count as the co-signers on
/// their pages (<see cref="ArchiveContent.CoSignersOf(string)"/>). Nodes A–Z; each edge once, in the order of
/// <see cref="CoSignaturePairs"/>, the pairs the co-signatures CSV lists with their letters.
/// </summary>
/// <remarks>
/// The network is complete (no threshold drops a pair: researchers need the whole graph), so each edge is written in
/// GEXF 1.3's smallest form: no indentation, no edge id (optional since 1.3), its ends by their nodes' numbers rather
/// than the organizations' ids (about 45 bytes an edge instead of 117), and the weight as the edge's own attribute,
/// always written, since readers such as graphology-gexf do not apply the schema's default of 1. Its letters are in
/// <c>co-signatures.csv</c>, not here. At 10,000 generated letters that is 2.1 million edges.
/// </remarks>
internal static class NetworkGexf
{
    private const string Gexf = "http://gexf.net/1.3";

    public static void Write(ArchiveContent content, SiteUrls urls, CoSignaturePairs pairs, Stream output)
    {
        // Written as UTF-8 bytes straight to the file, unindented: at 1,000 generated letters the network has almost half a million edges.
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("gexf", Gexf);
            xml.WriteAttributeString("version", "1.3");
            xml.WriteStartElement("meta");
            xml.WriteElementString("creator", content.Site.Title);
            xml.WriteElementString("description", "Organizations that signed letters together: an edge for each pair that signed the same letter, weighted by the number of letters they signed together.");
            xml.WriteEndElement();

            xml.WriteStartElement("graph");
            xml.WriteAttributeString("defaultedgetype", "undirected");
            xml.WriteAttributeString("mode", "static");
            xml.WriteStartElement("attributes");
            xml.WriteAttributeString("class", "node");
            WriteAttribute(xml, "organizationId", "string");
            WriteAttribute(xml, "countries", "liststring");
            WriteAttribute(xml, "letters", "integer");
            WriteAttribute(xml, "url", "anyURI");
            xml.WriteEndElement();

            // Made once: the 2.1 million edges at 10,000 generated letters name their ends by these.
            var nodes = Enumerable.Range(1, content.Organizations.Count).Select(row => row.ToString(CultureInfo.InvariantCulture)).ToArray();
            xml.WriteStartElement("nodes");
            // A node's id is the organization's row in organizations.csv, which lists them in the same order (1 for the first).
            for (var place = 0; place < content.Organizations.Count; place++)
            {
                var organization = content.Organizations[place];
                xml.WriteStartElement("node");
                xml.WriteAttributeString("id", nodes[place]);
                xml.WriteAttributeString("label", organization.Name);
                xml.WriteStartElement("attvalues");
                WriteValue(xml, "organizationId", organization.Id);
                // GEXF 1.3 lists: "[KE, UG]".
                WriteValue(xml, "countries", "[" + string.Join(", ", organization.Countries.Select(c => c.ToString())) + "]");
                WriteValue(xml, "letters", content.LettersSignedBy(organization.Id).Count.ToString(CultureInfo.InvariantCulture));
                WriteValue(xml, "url", urls.Absolute(SiteUrls.Organization(organization.Id)));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();

            xml.WriteStartElement("edges");
            foreach (var pair in pairs)
            {
                xml.WriteStartElement("edge");
                xml.WriteAttributeString("source", nodes[pair.FirstPlace]);
                xml.WriteAttributeString("target", nodes[pair.SecondPlace]);
                xml.WriteAttributeString("weight", pair.Letters.Count.ToString(CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteAttribute(XmlWriter xml, string id, string type)
    {
        xml.WriteStartElement("attribute");
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("title", id);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static void WriteValue(XmlWriter xml, string attribute, string value)
    {
        xml.WriteStartElement("attvalue");
        xml.WriteAttributeString("for", attribute);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }
}
