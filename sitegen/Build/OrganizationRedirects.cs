using System.Text;
using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Organizations;
using static System.Net.WebUtility;

namespace Archive.SiteGen.Build;

/// <summary>
/// The old addresses of organizations that others replaced (renamed, merged; issue 19), kept working two ways: a
/// <c>_redirects</c> file whose rules send every address under an old organization's (its page, its following
/// pages, its JSON) to the same address under the replacement with a permanent redirect, forced (<c>301!</c>) so that
/// Netlify redirects even where a file is; and, for hosts without redirect rules, a small page at the old address with
/// a canonical link, an immediate refresh and a visible link to the replacement.
/// </summary>
internal static class OrganizationRedirects
{
    /// <summary>The redirect page of each replaced id, and the rules for them all; nothing when no organization replaced another.</summary>
    public static IEnumerable<OutputFile> Files(ArchiveContent content)
    {
        var replaced = content.Organizations
            .SelectMany(o => o.Replaces.Select(r => (Old: r, New: o)))
            .OrderBy(p => p.Old.Id, StringComparer.Ordinal)
            .ToList();
        if (replaced.Count == 0)
        {
            return [];
        }

        var rules = new StringBuilder("# Organizations renamed or merged: their old addresses lead to the organization that replaced them.\n");
        var pages = new List<OutputFile>(replaced.Count + 1);
        foreach (var (old, organization) in replaced)
        {
            var from = content.Urls.Link(SiteUrls.Organization(old.Id));
            var to = content.Urls.Link(SiteUrls.Organization(organization.Id));
            // The address without its slash, then everything under it (Netlify matches /x and /x/ alike).
            rules.Append(from.TrimEnd('/')).Append(' ').Append(to).Append(" 301!\n");
            rules.Append(from).Append("* ").Append(to).Append(":splat 301!\n");
            pages.Add(new OutputFile(SiteUrls.FileOf(SiteUrls.Organization(old.Id)), Page(content, old, organization)));
        }

        pages.Add(new OutputFile(SiteUrls.Redirects, rules.ToString()));
        return pages;
    }

    // The page at the old address. Every value is HTML-encoded: names come from content files.
    private static string Page(ArchiveContent content, ReplacedOrganization old, Organization organization)
    {
        var link = HtmlEncode(content.Urls.Link(SiteUrls.Organization(organization.Id)));
        var canonical = HtmlEncode(content.Urls.Absolute(SiteUrls.Organization(organization.Id)));
        var oldName = HtmlEncode(old.Name);
        var name = HtmlEncode(organization.Name);
        return $"""
            <!DOCTYPE html>
            <html lang="{HtmlEncode(content.Site.Language)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{oldName} is now {name} – {HtmlEncode(content.Site.Title)}</title>
            <link rel="canonical" href="{canonical}">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={link}">
            </head>
            <body>
            <main>
            <h1>{oldName} is now {name}</h1>
            <p>This was the page of {oldName} in the {HtmlEncode(content.Site.Title)}. Its letters are on the page of <a href="{link}">{name}</a>, which replaced it.</p>
            </main>
            </body>
            </html>

            """;
    }
}
