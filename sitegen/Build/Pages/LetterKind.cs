using Archive.Core.Addresses;
using Archive.Core.Letters;
using Archive.Core.Markdown;
using Archive.Core.Text;
using Archive.SiteGen.Build.Maps;
using Archive.SiteGen.Build.Templates;

namespace Archive.SiteGen.Build.Pages;

/// <summary>
/// A letter's page: its text, signatories, people, countries, citation and source, and the letters before and after
/// it. It changes with the letter, with its neighbours (it links to them), and with any organization it shows.
/// </summary>
internal sealed class LetterKind() : PageKind<LetterPage>("letter")
{
    public override IEnumerable<PagePlan> Plan(SiteData site) =>
        site.Content.Letters.Select(l => new PagePlan(
            SiteUrls.Letter(l.Id), () => Letter(site, l), Updated: l.Dates.Updated,
            Search: () => SearchRecord.Of(SiteUrls.Letter(l.Id), Model(site, l), LetterMarkdown.ToPlainText(l.Body))));

    public override IEnumerable<string> Affected(ContentChange change) => change.LetterPages.Select(SiteUrls.Letter);

    private SitePage Letter(SiteData site, Letter letter)
    {
        var address = SiteUrls.Letter(letter.Id);
        var model = Model(site, letter);
        var recipients = letter.Recipients.Count > 0 ? $" to {string.Join("; ", letter.Recipients)}" : "";
        var description = $"Open letter of {SiteData.DisplayDate(letter)}{recipients}. {model.SignedBy}.";
        return Page(address, new PageHead(letter.Title, description, model.Permalink, "article", "letters", site.JsonLd.For(letter), Json: site.Urls.Link(SiteUrls.JsonBeside(address))), model);
    }

    // What the letter's page shows, which is also what search indexes of it (SearchRecord, issue 21).
    private static LetterPage Model(SiteData site, Letter letter)
    {
        var content = site.Content;
        var address = SiteUrls.Letter(letter.Id);
        var countries = content.CountriesOf(letter);
        var organizationIds = content.OrganizationIdsOf(letter);
        List<Link> countryLinks = [.. countries.Select(c => site.CountryLink(c.Code))];
        var signedBy = organizationIds.Count > 0
            ? $"Signed by {CountedNoun.Of(organizationIds.Count, "organization")} from {CountedNoun.Of(countries.Count, "country", "countries")}"
            : $"Signed by {site.Signers(letter)} and no organization";
        var publisher = letter.PublisherId is null ? null : content.FindOrganization(letter.PublisherId);
        var permalink = site.Urls.Absolute(address);
        var (older, newer) = site.NeighboursOf(letter);
        return new LetterPage(
            letter.Id,
            letter.Title,
            SiteData.DisplayDate(letter),
            letter.Date.ToString(),
            letter.DateIsEstimate,
            letter.DateNote,
            letter.Date.Year,
            letter.Language,
            letter.Recipients,
            letter.CopiedTo,
            publisher is null ? null : site.OrganizationLink(publisher.Id, publisher.Name),
            new TrustedHtml(LetterMarkdown.ToHtml(letter.Body)),
            Signatories(site, letter),
            [.. letter.People.Select(p => Person(site, p))],
            signedBy,
            countryLinks,
            countries.Count == 0 ? null : DrawMap.LetterCountries(site.Map, site.MapFile, [.. countries.Select((c, i) => (c.Code, countryLinks[i]))], "signed-by"),
            Citation.Chicago(letter, publisher?.Name, content.Site.Title, permalink),
            Citation.BibTex(letter, publisher?.Name, content.Site.Title, permalink),
            permalink,
            Source(site, letter.Source),
            older,
            newer);
    }

    private static List<SignatoryRow> Signatories(SiteData site, Letter letter)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. letter.Signatories.Select(s => new SignatoryRow(
            s.Name,
            site.OrganizationLink(s.OrganizationId, s.Name),
            seen.Add(s.OrganizationId),
            [.. site.Content.CountriesOf(s).Select(site.CountryLink)],
            s.Regions))];
    }

    private static PersonEntry Person(SiteData site, Person person) => new(person.Name, [.. person.Roles.Select(r => new RoleEntry(
        r.Title,
        r.Affiliation ?? (r.OrganizationId is null ? null : site.Content.FindOrganization(r.OrganizationId)?.Name),
        r.OrganizationId is null || site.Content.FindOrganization(r.OrganizationId) is null ? null : site.Urls.Link(SiteUrls.Organization(r.OrganizationId))))]);

    private static SourceEntry Source(SiteData site, LetterSource source) => new(
        source.File is null ? null : site.Urls.Link(source.File),
        source.File is null ? null : Path.GetFileName(source.File),
        source.Url?.AbsoluteUri,
        source.Note);
}
