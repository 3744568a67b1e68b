using Archive.Core.Content.Yaml;
using Archive.Core.Validation;

namespace Archive.Core.Content;

/// <summary>Reads <c>site.yml</c>: the archive's title, description, addresses, and the terms of its data.</summary>
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
        var licence = ReadLicence(fields);
        var reportErrors = ReadReportAddress(fields, "report_errors");
        fields.RejectUnknownFields();
        if (title is null || description is null || baseUrl is null)
        {
            return null;
        }

        return new SiteSettings(title, description, baseUrl, apiUrl ?? new Uri(baseUrl, Addresses.ApiRoutes.DefaultBase), language)
        {
            Licence = licence,
            ReportErrors = reportErrors,
        };
    }

    // licence: { name: CC-BY-4.0, url: https://… }: the name is what a reader needs, the address is optional.
    private static DataLicence? ReadLicence(YamlFields fields)
    {
        if (fields.OptionalMapping("licence") is not { } licence)
        {
            return null;
        }

        var name = licence.RequiredString("name");
        var url = ReadBaseUrl(licence, "url", required: false, addSlash: false);
        licence.RejectUnknownFields();
        return name is null ? null : new DataLicence(name, url);
    }

    // Where readers report errors: a web page (an issue tracker, a form) or an e-mail address.
    private static Uri? ReadReportAddress(YamlFields fields, string key)
    {
        if (fields.OptionalString(key) is not { } text)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https" or "mailto")
            || (uri.Scheme == "mailto" && !text["mailto:".Length..].Contains('@', StringComparison.Ordinal)))
        {
            fields.Error(fields.Node(key)!, $"'{key}' must be an absolute http(s) address or a mailto: address, like https://example.org/issues or mailto:editors@example.org");
            return null;
        }

        return uri;
    }

    // Addresses are absolute http(s) URLs; a base address gets a missing final slash, so relative paths resolve under it.
    private static Uri? ReadBaseUrl(YamlFields fields, string key, bool required, bool addSlash = true)
    {
        var text = required ? fields.RequiredString(key) : fields.OptionalString(key);
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text.EndsWith('/') || !addSlash ? text : text + "/", UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            fields.Error(fields.Node(key)!, $"'{key}' must be an absolute http(s) address, like https://example.org/");
            return null;
        }

        return uri;
    }
}
