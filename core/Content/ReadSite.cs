using Archive.Core.Content.Yaml;
using Archive.Core.Validation;

namespace Archive.Core.Content;

/// <summary>Reads <c>site.yml</c>: the archive's title, description and addresses.</summary>
internal static class ReadSite
{
    public static SiteSettings? From(string root, bool fastYaml, List<Diagnostic> diagnostics, out YamlFallback? fullYaml)
    {
        fullYaml = null;
        var file = Path.Combine(root, LoadContent.SiteFile);
        if (!File.Exists(file))
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(LoadContent.SiteFile, 1), "the site settings file is missing (title, description, base_url)"));
            return null;
        }

        var text = LoadContent.ReadText(file, LoadContent.SiteFile, diagnostics);
        var map = text is null ? null : ParseYaml.Root(text, LoadContent.SiteFile, 0, fastYaml, diagnostics, out fullYaml);
        if (map is null)
        {
            return null;
        }

        var fields = new YamlFields(map, LoadContent.SiteFile, 0, diagnostics);
        var title = fields.RequiredString("title");
        var description = fields.RequiredString("description");
        var baseUrl = ReadBaseUrl(fields, "base_url", required: true);
        var apiUrl = ReadBaseUrl(fields, "api_url", required: false);
        var language = LoadContent.ReadLanguage(fields) ?? "en";
        fields.RejectUnknownFields();
        if (title is null || description is null || baseUrl is null)
        {
            return null;
        }

        return new SiteSettings(title, description, baseUrl, apiUrl ?? new Uri(baseUrl, Addresses.ApiRoutes.DefaultBase), language);
    }

    // Addresses are absolute http(s) URLs; a missing final slash is added so relative paths resolve under them.
    private static Uri? ReadBaseUrl(YamlFields fields, string key, bool required)
    {
        var text = required ? fields.RequiredString(key) : fields.OptionalString(key);
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            fields.Error(fields.Node(key)!, $"'{key}' must be an absolute http(s) address, like https://example.org/");
            return null;
        }

        return uri;
    }
}
