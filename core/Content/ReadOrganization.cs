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
            Description = description,
            Dates = dates,
            Location = fields.Location with { Line = 1 },
        };
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
