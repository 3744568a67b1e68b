using Archive.Core.Addresses;
using Archive.Core.Organizations;
using Archive.SiteGen.Build.Templates;

namespace Archive.SiteGen.Build;

/// <summary>
/// An organization's page as schema.org structured data (issue 17): an <c>Organization</c> with its names (the
/// acronym and the other names letters print it by, the names of those it replaced among them, as
/// <c>alternateName</c>), its page, its website and its entries in authority files (Wikidata, VIAF, ROR) as
/// <c>sameAs</c>, and its countries as the countries of its address.
/// </summary>
internal static class OrganizationJsonLd
{
    public static TrustedHtml For(Organization organization, SiteUrls urls) => JsonLdScript.Write(json =>
    {
        var page = urls.Absolute(SiteUrls.Organization(organization.Id));
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "Organization");
        json.WriteString("@id", page);
        json.WriteString("url", page);
        json.WriteString("name", organization.Name);
        string[] otherNames = [.. new[] { organization.Acronym }.Concat(organization.Aliases).Concat(organization.Replaces.Select(r => r.Name)).OfType<string>()
            .Where(n => !string.Equals(n, organization.Name, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)];
        if (otherNames.Length > 0)
        {
            json.WriteStartArray("alternateName");
            foreach (var name in otherNames)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
        }

        if (organization.Description is { } description)
        {
            json.WriteString("description", description);
        }

        // Its website and its entries in authority files (issue 19): one address as a string, several as a list.
        string[] sameAs = [.. new[] { organization.Website }.OfType<Uri>().Concat(AuthorityId.Of(organization).Select(a => a.Uri)).Select(u => u.AbsoluteUri)];
        if (sameAs.Length == 1)
        {
            json.WriteString("sameAs", sameAs[0]);
        }
        else if (sameAs.Length > 1)
        {
            json.WriteStartArray("sameAs");
            foreach (var address in sameAs)
            {
                json.WriteStringValue(address);
            }

            json.WriteEndArray();
        }

        if (organization.Countries.Count > 0)
        {
            json.WriteStartArray("address");
            foreach (var country in organization.Countries)
            {
                json.WriteStartObject();
                json.WriteString("@type", "PostalAddress");
                json.WriteString("addressCountry", country.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    });
}
