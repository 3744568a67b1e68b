using System.Collections;
using System.Globalization;
using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Json;
using Archive.Core.Letters;
using Archive.Core.Organizations;
using Archive.Core.Text;
using Archive.SiteGen.Build.Maps;

namespace Archive.SiteGen.Build.Pages;

/// <summary>
/// An organization's pages. The first shows what it is (names, countries, letters per year, co-signers, the newest
/// letters it published and its people signed) above the first page of the letters it signed; its lists go on, each
/// newest first, by year, <see cref="SiteData.LettersPerPage"/> to a page: the letters it signed at
/// <c>organizations/{id}/page/2/</c>…, and, when they are more than the first page shows, those it published
/// (<c>organizations/{id}/published/</c>…) and those its people signed (<c>organizations/{id}/people/</c>…).
/// Its pages change with the organization itself (every page shows its name): all of them; with a letter it is shown
/// on: its first page and the page of each list that shows the letter, or every page of a list whose letters were
/// added, removed or moved; and with its co-signers: its first page.
/// </summary>
internal sealed class OrganizationKind() : PageKind<OrganizationPage>("organization")
{
    private const int CoSignersShown = 10;

    /// <summary>How many of the letters it published, or its people signed, its first page shows; more have pages of their own.</summary>
    public const int NewestShown = 10;

    // Its lists, each newest first: what its pages show, and what a change is compared with. The first is the one its
    // first page pages through.
    private static readonly OrganizationList[] Lists =
    [
        new("signed", "letters it signed", "The {0} {1} signed, newest first", (content, id) => new NewestFirst(content.LettersSignedBy(id)), SiteUrls.OrganizationPage, Main: true),
        new("published", "letters it published", "The {0} {1} published, newest first", (content, id) => content.LettersPublishedBy(id), SiteUrls.OrganizationPublishedPage),
        new("people", "letters its people signed", "The {0} people of {1} signed, newest first", (content, id) => content.LettersSignedByPeopleOf(id), SiteUrls.OrganizationPeoplePage),
    ];

    // Its pages list the organization's letters: they change with the organization's file and with any of them.
    private static DateTimeOffset Updated(SiteData site, Organization organization)
    {
        var updated = organization.Dates.Updated;
        foreach (var letter in Lists.SelectMany(list => list.Letters(site.Content, organization.Id)))
        {
            if (letter.Dates.Updated > updated)
            {
                updated = letter.Dates.Updated;
            }
        }

        return updated;
    }

    public override IEnumerable<PagePlan> Plan(SiteData site)
    {
        foreach (var organization in site.Content.Organizations)
        {
            var updated = Updated(site, organization);
            foreach (var list in Lists)
            {
                foreach (var number in list.PageNumbers(list.Letters(site.Content, organization.Id).Count))
                {
                    var first = list.Main && number == 1;
                    var json = first ? () => ArchiveJson.Bytes(OrganizationDetail.From(organization, site.Content)) : (Func<byte[]>?)null;
                    var feed = first ? () => AtomFeed.OfOrganization(site, organization) : (Func<byte[]>?)null;
                    yield return new PagePlan(list.Address(organization.Id, number), () => Organization(site, organization, list, number), Updated: updated, Json: json, Feed: feed);
                }
            }
        }
    }

    public override IEnumerable<string> Affected(ContentChange change)
    {
        foreach (var id in change.OrganizationPages)
        {
            if (change.After.FindOrganization(id) is null)
            {
                continue;
            }

            // Its first page shows its counts, co-signers and the newest of its other lists.
            yield return SiteUrls.Organization(id);
            var itself = change.Organizations.Contains(id);
            foreach (var list in Lists)
            {
                var now = list.Letters(change.After, id);
                var pages = itself ? null : change.ListPagesShowingAChange(list.Letters(change.Before, id), now);
                foreach (var number in pages ?? list.PageNumbers(now.Count))
                {
                    yield return list.Address(id, number);
                }
            }
        }
    }

    private SitePage Organization(SiteData site, Organization organization, OrganizationList list, int number)
    {
        var content = site.Content;
        var id = organization.Id;
        var letters = list.Letters(content, id);
        var page = site.ListPage(letters, number, n => list.Address(id, n), heading: 3);
        var first = list.Main && number == 1;
        var model = new OrganizationPage(
            id,
            organization.Name,
            organization.Acronym,
            site.Urls.Link(SiteUrls.Organization(id)),
            first ? Profile(site, organization, letters.Count) : null,
            new OrganizationLetters(list.Anchor, list.Heading, letters.Count, page, [], null));
        var address = list.Address(id, number);
        var feed = site.FeedLink(SiteUrls.Organization(id), organization.Name);
        if (first)
        {
            var description = organization.Description
                ?? $"{organization.Name} signed {CountedNoun.Of(letters.Count, "letter")} in the {content.Site.Title}.";
            return Page(address, site.Head(address, organization.Name, description, "organizations") with
            {
                JsonLd = OrganizationJsonLd.For(organization, site.Urls),
                Json = site.Urls.Link(SiteUrls.JsonBeside(address)),
                Feed = feed,
            }, model);
        }

        var title = (list.Main ? organization.Name : $"{organization.Name}: {list.Phrase}") + page.Pages?.TitleSuffix;
        var about = string.Format(CultureInfo.InvariantCulture, list.Description, CountedNoun.Of(letters.Count, "letter"), organization.Name);
        return Page(address, site.Head(address, title, about + page.Pages?.Suffix + ".", "organizations") with { Feed = feed }, model);
    }

    private static OrganizationProfile Profile(SiteData site, Organization organization, int signedCount)
    {
        var content = site.Content;
        var coSigners = content.CoSignersOf(organization.Id, CoSignersShown);
        return new OrganizationProfile(
            organization.Aliases,
            [.. organization.Countries.Select(site.CountryLink)],
            organization.Website?.AbsoluteUri,
            [.. AuthorityId.Of(organization).Select(a => new Link($"{a.Authority} {a.Value}", a.Uri.AbsoluteUri))],
            [.. organization.Replaces.Select(r => r.Name)],
            organization.Description,
            signedCount,
            Timeline.Of([.. content.LettersSignedBy(organization.Id).Select(l => l.Date.Year)]),
            [.. coSigners.Top.Select(c => new CoSignerEntry(c.Organization.Name, site.Urls.Link(SiteUrls.Organization(c.Organization.Id)), c.LetterCount))],
            coSigners.Total,
            [.. Lists.Skip(1).Select(list => Newest(site, organization.Id, list)).Where(l => l.Count > 0)],
            Map(site, organization));
    }

    // Its countries, and the other countries of the letters it signed: those its co-signers stand for there (a
    // letter's countries, as its page counts them). A co-signer's change reaches this page as a change of its first
    // page (ContentChange.OrganizationPages).
    private static MapView? Map(SiteData site, Organization organization)
    {
        var own = organization.Countries.ToHashSet();
        var others = new HashSet<Archive.Core.Countries.CountryCode>();
        // The set of codes is all this needs: read each signatory's countries, not each letter's sorted list of them
        // (an organization of a 10,000-letter archive has signed a hundred letters of forty signatories).
        foreach (var letter in site.Content.LettersSignedBy(organization.Id))
        {
            foreach (var signatory in letter.Signatories)
            {
                foreach (var code in site.Content.CountriesOf(signatory))
                {
                    if (!own.Contains(code))
                    {
                        others.Add(code);
                    }
                }
            }
        }

        if (own.Count == 0 && others.Count == 0)
        {
            return null;
        }

        var coSigners = others.Select(c => (Code: c, Link: site.CountryLink(c))).OrderBy(c => c.Link.Text, StringComparer.Ordinal).ToList();
        return DrawMap.OrganizationCountries(site.Map, site.MapFile, organization.Name, [.. organization.Countries.Select(c => (c, site.CountryLink(c)))], coSigners, own.Count > 0 ? "organization-countries" : null);
    }

    // The newest letters of a list, as its organization's first page shows them, linked to the list's own pages when
    // it has more.
    private static OrganizationLetters Newest(SiteData site, string id, OrganizationList list)
    {
        var letters = list.Letters(site.Content, id);
        var all = letters.Count > NewestShown ? new Link($"All {letters.Count} {list.Phrase}", site.Urls.Link(list.Address(id, 1))) : null;
        return new OrganizationLetters(list.Anchor, list.Heading, letters.Count, null, [.. letters.Take(NewestShown).Select(site.SummaryOf)], all);
    }

    /// <summary>One of an organization's lists of letters: its heading's id and words, which letters, where its pages are.</summary>
    /// <param name="Phrase">"letters it signed": its heading in lower case, as a title and a link say it.</param>
    /// <param name="Description">The description of its pages: {0} is the count ("12 letters"), {1} the organization's name.</param>
    /// <param name="Main">True for the list the organization's first page pages through: it has pages even when empty.</param>
    private sealed record OrganizationList(
        string Anchor,
        string Phrase,
        string Description,
        Func<ArchiveContent, string, IReadOnlyList<Letter>> Letters,
        Func<string, int, string> Address,
        bool Main = false)
    {
        public string Heading => char.ToUpperInvariant(Phrase[0]) + Phrase[1..];

        /// <summary>The pages of a list of <paramref name="count"/> letters: the other lists have none when the first page shows them whole.</summary>
        public IEnumerable<int> PageNumbers(int count) =>
            Main || count > NewestShown ? Enumerable.Range(1, SiteData.PageCount(count)) : [];
    }

    /// <summary>The letters an organization signed, newest first: the archive keeps them oldest first.</summary>
    private sealed class NewestFirst(IReadOnlyList<Letter> oldestFirst) : IReadOnlyList<Letter>
    {
        public Letter this[int index] => oldestFirst[oldestFirst.Count - 1 - index];

        public int Count => oldestFirst.Count;

        public IEnumerator<Letter> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
