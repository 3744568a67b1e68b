using Archive.Core.Addresses;
using Archive.Core.Organizations;
using Archive.Core.Text;

namespace Archive.SiteGen.Build.Pages;

/// <summary>
/// An organization's page: its names, countries, the letters it signed (and published, and its people signed) and its
/// co-signers. It changes with the organization, with any letter it is shown on, and with any of its co-signers.
/// </summary>
internal sealed class OrganizationKind() : PageKind<OrganizationPage>("organization")
{
    private const int CoSignersShown = 10;

    public override IEnumerable<PagePlan> Plan(SiteData site) =>
        site.Content.Organizations.Select(o => new PagePlan(SiteUrls.Organization(o.Id), () => Organization(site, o), Updated: Updated(site, o)));

    public override IEnumerable<string> Affected(ContentChange change) => change.OrganizationPages.Select(SiteUrls.Organization);

    // The page lists the organization's letters: it changes with the organization's file and with any of them.
    private static DateTimeOffset Updated(SiteData site, Organization organization)
    {
        var updated = organization.Dates.Updated;
        foreach (var letter in site.Content.LettersSignedBy(organization.Id).Concat(site.PublishedBy(organization.Id)).Concat(site.SignedByPeopleOf(organization.Id)))
        {
            if (letter.Dates.Updated > updated)
            {
                updated = letter.Dates.Updated;
            }
        }

        return updated;
    }

    private SitePage Organization(SiteData site, Organization organization)
    {
        var content = site.Content;
        var signed = content.LettersSignedBy(organization.Id);
        var coSigners = content.CoSignersOf(organization.Id, CoSignersShown);
        var model = new OrganizationPage(
            organization.Id,
            organization.Name,
            organization.Acronym,
            organization.Aliases,
            [.. organization.Countries.Select(site.CountryLink)],
            organization.Website?.AbsoluteUri,
            organization.Description,
            Timeline.Of([.. signed.Select(l => l.Date.Year)]),
            [.. signed.Select(site.SummaryOf)],
            [.. site.PublishedBy(organization.Id).Select(site.SummaryOf)],
            [.. site.SignedByPeopleOf(organization.Id).Select(site.SummaryOf)],
            [.. coSigners.Top.Select(c => new CoSignerEntry(c.Organization.Name, site.Urls.Link(SiteUrls.Organization(c.Organization.Id)), c.LetterCount))],
            coSigners.Total);
        var description = organization.Description
            ?? $"{organization.Name} signed {CountedNoun.Of(signed.Count, "letter")} in the {content.Site.Title}.";
        var address = SiteUrls.Organization(organization.Id);
        return Page(address, site.Head(address, organization.Name, description, "organizations") with { JsonLd = OrganizationJsonLd.For(organization, site.Urls) }, model);
    }
}
