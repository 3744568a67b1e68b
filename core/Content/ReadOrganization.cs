using Archive.Core.Content.Yaml;
using Archive.Core.Organizations;
using Archive.Core.Validation;

namespace Archive.Core.Content;

/// <summary>Reads one organization file (<c>organizations/{id}.yml</c>).</summary>
internal static class ReadOrganization
{
    public static Organization? From(string path, string text, ContentDates history, bool fastYaml, List<Diagnostic> diagnostics, out YamlFallback? fullYaml)
    {
        var id = Path.GetFileNameWithoutExtension(path);
        var map = ParseYaml.Root(text, path, 0, fastYaml, diagnostics, out fullYaml);
        if (map is null)
        {
            return null;
        }

        var fields = new YamlFields(map, path, 0, diagnostics);
        if (!LoadContent.IsValidId(id))
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(path, 1), $"the file name '{id}' is the organization's id and must be lower-case letters, digits and single hyphens"));
        }
        else if (string.Equals(id, LoadContent.ReservedOrganizationId, StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(path, 1), $"the id '{id}' is taken by the site (/organizations/{id}/a/ lists the organizations starting with A); rename the file, e.g. after the organization's full name"));
        }

        var name = fields.RequiredString("name");
        var acronym = fields.OptionalString("acronym");
        var aliases = fields.StringList("aliases").Select(a => a.Value).ToList();
        var countries = LoadContent.ReadCountries(fields, "countries");
        var website = ReadWebsite(fields);
        var wikidata = ReadAuthorityId(fields, "wikidata", AuthorityId.WikidataProblem);
        var viaf = ReadAuthorityId(fields, "viaf", AuthorityId.ViafProblem);
        var ror = ReadAuthorityId(fields, "ror", AuthorityId.RorProblem);
        var replaces = ReadReplaces(fields);
        var description = fields.OptionalString("description");
        var dates = ReadDates.From(fields, history);
        fields.RejectUnknownFields();
        if (name is null)
        {
            return null;
        }

        return new Organization
        {
            Id = id,
            Name = name,
            Acronym = string.IsNullOrEmpty(acronym) ? null : acronym,
            Aliases = aliases,
            Countries = countries,
            Website = website,
            Wikidata = wikidata,
            Viaf = viaf,
            Ror = ror,
            Replaces = replaces,
            Description = description,
            Dates = dates,
            Location = fields.Location with { Line = 1 },
        };
    }

    // An identifier in an authority file, checked for its form only (the authority is never asked).
    private static string? ReadAuthorityId(YamlFields fields, string key, Func<string, string?> problemOf)
    {
        var value = fields.OptionalString(key);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (problemOf(value) is { } problem)
        {
            fields.Error(fields.Node(key)!, problem);
            return null;
        }

        return value;
    }

    // The organizations this one replaced: each an id and the name it had. Whether the ids are free (no file has
    // them, no other organization replaced them) is checked over all organizations (ValidateContent.Replacements).
    private static List<ReplacedOrganization> ReadReplaces(YamlFields fields)
    {
        var entries = fields.MappingList("replaces");
        if (entries.Count == 0)
        {
            return [];
        }

        var replaced = new List<ReplacedOrganization>(entries.Count);
        foreach (var entry in entries)
        {
            var id = entry.RequiredString("id");
            var name = entry.RequiredString("name");
            entry.RejectUnknownFields();
            if (id is null || name is null)
            {
                continue;
            }

            if (!LoadContent.IsValidId(id))
            {
                entry.Error(entry.Node("id")!, $"'{id}' is not an organization id: ids are lower-case letters, digits and single hyphens, as the old file was named");
                continue;
            }

            if (string.Equals(id, LoadContent.ReservedOrganizationId, StringComparison.Ordinal))
            {
                entry.Error(entry.Node("id")!, $"'{id}' cannot be an organization's id (the site lists organizations by initial there), so no organization had it");
                continue;
            }

            replaced.Add(new ReplacedOrganization(id, name, entry.Location));
        }

        return replaced;
    }

    private static Uri? ReadWebsite(YamlFields fields)
    {
        var text = fields.OptionalString("website");
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri;
        }

        fields.Error(fields.Node("website")!, $"'website' must be an absolute http(s) address, not '{text}'");
        return null;
    }
}
