using System.Xml.Linq;
using Archive.Core.Content;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// <c>/data/cmif.xml</c>, every letter in the Correspondence Metadata Interchange Format 1.1 (issue 19), checked against
/// CMIF's own RELAX NG schema with Jing and against the rules of its Schematron file, and read for what each letter says.
/// </summary>
public class CmifTests
{
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";
    private static readonly XNamespace Xml = XNamespace.Xml;
    private static readonly string[] DatingAttributes = ["when", "from", "to", "notBefore", "notAfter"];
    private static string CmifFolder => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "cmif");

    [Fact]
    public void The_cmif_file_of_a_small_archive_is_valid_against_the_cmif_schema()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        Assert.Equal(0, site.ExitCode);
        AssertValid(Path.Combine(site.Output, "data", "cmif.xml"));
    }

    [Fact]
    public void The_cmif_file_of_the_seed_letters_is_valid_against_the_cmif_schema_and_its_schematron_rules()
    {
        using var site = BuiltSite.FromFolder(RepositoryPaths.ApiFixtureContent);

        Assert.Equal(0, site.ExitCode);
        AssertValid(Path.Combine(site.Output, "data", "cmif.xml"));
        AssertSchematronRules(XDocument.Parse(site.Read("data/cmif.xml")));
    }

    [Fact]
    public void Jing_rejects_a_cmif_file_that_breaks_the_schema()
    {
        // The check above can fail: an action type CMIF does not know is an error.
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);
        var broken = Path.Combine(site.Parent, "broken.xml");
        File.WriteAllText(broken, site.Read("data/cmif.xml").Replace("type=\"received\"", "type=\"copied\"", StringComparison.Ordinal));

        var (exitCode, stdout, _) = RunJing(broken);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("\"received\" or \"sent\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_names_the_archive_the_file_address_and_the_cc_by_licence_cmif_requires()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var header = XDocument.Parse(site.Read("data/cmif.xml")).Root!.Element(Tei + "teiHeader")!.Element(Tei + "fileDesc")!;
        var publication = header.Element(Tei + "publicationStmt")!;

        Assert.Equal("Test Archive", publication.Element(Tei + "publisher")!.Value);
        Assert.Equal("https://archive.example.org/data/cmif.xml", publication.Element(Tei + "idno")!.Value);
        var licence = publication.Element(Tei + "availability")!.Element(Tei + "licence")!;
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", (string?)licence.Attribute("target"));
        Assert.Equal("This file is licensed under the terms of the Creative Commons License CC-BY 4.0", licence.Value);
        var bibl = header.Element(Tei + "sourceDesc")!.Element(Tei + "bibl")!;
        Assert.Equal("online", (string?)bibl.Attribute("type"));
        Assert.Matches("^[a-f][0-9a-f]{7}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", (string?)bibl.Attribute(Xml + "id"));
    }

    [Fact]
    public void A_letter_is_sent_by_its_publisher_its_signing_organizations_and_people_and_received_by_its_addressees()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var letter = Letter(XDocument.Parse(site.Read("data/cmif.xml")), "2009-07-20-first");

        Assert.Equal("https://archive.example.org/letters/2009-07-20-first/", (string?)letter.Attribute("ref"));
        var sent = Action(letter, "sent");
        Assert.Equal(
            [
                "orgName https://archive.example.org/organizations/human-rights-watch/ Human Rights Watch",
                "orgName https://archive.example.org/organizations/gay-and-lesbian-network/ Gay & Lesbian Network",
                "orgName https://archive.example.org/organizations/forum-pour-le-renforcement-de-la-societe-civile/ Forum pour le Renforcement de la Société Civile",
                "persName  Jane Doe",
            ],
            Names(sent));
        Assert.Equal("2009-07-20", (string?)sent.Element(Tei + "date")!.Attribute("when"));
        // The copy to the President of the General Assembly is not an addressee; CMIF has no action for a copy.
        Assert.Equal(["orgName  Governments of the UN Member States"], Names(Action(letter, "received")));
    }

    [Fact]
    public void A_letter_known_to_the_month_is_dated_to_the_month()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var date = Action(Letter(XDocument.Parse(site.Read("data/cmif.xml")), "2012-03-ngo-letter"), "sent").Element(Tei + "date")!;

        Assert.Equal("2012-03", (string?)date.Attribute("when"));
        Assert.Null(date.Attribute("evidence"));
    }

    [Fact]
    public void An_undated_letter_gives_the_editors_estimate_as_a_conjecture_to_its_precision()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var letter = Letter(XDocument.Parse(site.Read("data/cmif.xml")), "2008-undated");
        var date = Action(letter, "sent").Element(Tei + "date")!;

        Assert.Equal("2008", (string?)date.Attribute("when"));
        Assert.Equal("conjecture", (string?)date.Attribute("evidence"));
        // It names no addressee: CMIF writes an unknown one as "Unknown".
        Assert.Equal(["persName  Unknown"], Names(Action(letter, "received")));
    }

    [Fact]
    public void Every_seed_letter_is_sent_by_the_organizations_and_people_its_file_names_and_received_by_its_recipients()
    {
        var archive = LoadContent.FromFolder(RepositoryPaths.ApiFixtureContent).Content!;
        using var site = BuiltSite.FromFolder(RepositoryPaths.ApiFixtureContent);
        var cmif = XDocument.Parse(site.Read("data/cmif.xml"));

        Assert.Equal(archive.Letters.Count, cmif.Descendants(Tei + "correspDesc").Count());
        foreach (var letter in archive.Letters)
        {
            var entry = Letter(cmif, letter.Id);
            var organizations = letter.PublisherId is { } publisher
                ? [publisher, .. archive.OrganizationIdsOf(letter).Where(id => id != publisher)]
                : archive.OrganizationIdsOf(letter);
            Assert.Equal(
                [
                    .. organizations.Select(id => $"orgName https://open-letters-archive.netlify.app/organizations/{id}/ {archive.FindOrganization(id)!.Name}"),
                    .. letter.People.Select(p => $"persName  {p.Name}"),
                ],
                Names(Action(entry, "sent")));
            Assert.Equal(letter.Recipients.Select(r => $"orgName  {r}"), Names(Action(entry, "received")));
        }

        // One of them as its file prints it: the coalition that published it, then the 42 other organizations that signed.
        var debate = Names(Action(Letter(cmif, "2009-07-20-ga-debate-on-rtop"), "sent"));
        Assert.Equal(43, debate.Count);
        Assert.StartsWith("orgName https://open-letters-archive.netlify.app/organizations/international-coalition-for-the-responsibility-to-protect/ ", debate[0], StringComparison.Ordinal);
        Assert.Equal(["orgName  Governments of the UN Member States"], Names(Action(Letter(cmif, "2009-07-20-ga-debate-on-rtop"), "received")));
    }

    [Fact]
    public void An_organizations_authority_ids_come_first_in_its_ref_and_the_file_stays_valid()
    {
        // CMIF asks for an authority-controlled id where there is one (issue 19); ref is a list of addresses.
        using var content = ReplacedOrganizationTests.RenamedArchive();
        using var site = BuiltSite.From(content);

        var sent = Names(Action(Letter(XDocument.Parse(site.Read("data/cmif.xml")), "2001-forum"), "sent"));

        Assert.Equal(
            [
                "orgName https://www.wikidata.org/wiki/Q42 https://viaf.org/viaf/123456789 https://ror.org/02mhbdp94 https://archive.example.org/organizations/civil-society-forum/ Civil Society Forum",
                "orgName https://archive.example.org/organizations/human-rights-watch/ Human Rights Watch",
            ],
            sent);
        AssertValid(Path.Combine(site.Output, "data", "cmif.xml"));
    }

    private static XElement Letter(XDocument cmif, string id) =>
        cmif.Descendants(Tei + "correspDesc").Single(c => (string?)c.Attribute("key") == id);

    private static XElement Action(XElement letter, string type) =>
        letter.Elements(Tei + "correspAction").Single(a => (string?)a.Attribute("type") == type);

    // Each name of an action as "element ref name".
    private static List<string> Names(XElement action) =>
        [.. action.Elements().Where(e => e.Name != Tei + "date").Select(e => $"{e.Name.LocalName} {(string?)e.Attribute("ref")} {e.Value}")];

    private static void AssertValid(string file)
    {
        var (exitCode, stdout, stderr) = RunJing(file);
        Assert.True(exitCode == 0, $"Jing found {file} invalid against CMIF's schema:\n{stdout}{stderr}");
    }

    private static ProgramResult RunJing(string file)
    {
        // xmllint's RELAX NG support rejects valid CMIF files; Jing is the validator CMIF's schema is written for.
        var jing = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "jing"))
            .FirstOrDefault(File.Exists);
        Assert.True(jing is not null, "Jing is not installed, and the CMIF file cannot be checked without it: apt-get install -y jing (.ci/run installs it)");
        return ExternalProgram.Run(jing, [Path.Combine(CmifFolder, "cmi-customization.rng"), file]);
    }

    // The rules of CMIF's cmif.sch (tests/fixtures/cmif), checked here: no Schematron processor runs offline on this
    // machine's packages, so each assert of the file is restated as a query, with its code.
    private static void AssertSchematronRules(XDocument cmif)
    {
        var bibls = cmif.Descendants(Tei + "bibl").ToList();
        Assert.All(bibls, b => Assert.Matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", (string?)b.Attribute(Xml + "id") ?? "")); // W0001
        var biblIds = bibls.Select(b => (string?)b.Attribute(Xml + "id")).ToHashSet();
        Assert.All(cmif.Descendants(Tei + "correspDesc"), c =>
        {
            Assert.Contains(c.Elements(Tei + "correspAction"), a => (string?)a.Attribute("type") == "sent"); // E0001
            Assert.Contains(c.Elements(Tei + "correspAction"), a => (string?)a.Attribute("type") == "received"); // E0002
            if (c.Attribute("source") is { } source)
            {
                Assert.Contains(source.Value.Split('#', 2)[^1], biblIds); // E0003
            }
        });
        Assert.All(cmif.Descendants(Tei + "date"), d => Assert.True(
            DatingAttributes.Any(a => d.Attribute(a) is not null),
            $"E0004: a date without a dating attribute: {d}"));
        // The rules this restates: if CMIF's file gains one, this list must be brought up to date.
        Assert.Equal(
            ["W0001", "E0001", "E0002", "E0003", "E0004"],
            System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(Path.Combine(CmifFolder, "cmif.sch")), @"\[([EW]\d{4})\]").Select(m => m.Groups[1].Value));
    }
}
