using Archive.Core.Content.Yaml;
using Archive.Core.Validation;

namespace Archive.Core.Content;

/// <summary>Reads <c>about.md</c>, the About page's text, when the content folder has one: front matter, then Markdown.</summary>
internal static class ReadAbout
{
    public static AboutText? From(string root, bool fastYaml, List<Diagnostic> diagnostics, out YamlFallback? fullYaml)
    {
        fullYaml = null;
        var file = Path.Combine(root, LoadContent.AboutFile);
        if (!File.Exists(file))
        {
            return null;
        }

        var path = LoadContent.AboutFile;
        var text = LoadContent.ReadText(file, path, diagnostics);
        if (text is null)
        {
            return null;
        }

        var document = FrontMatter.Split(text, out _);
        if (document is null)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(path, 1), "the About page starts with its front matter: a line '---', 'title: About this archive', and another line '---', then its text in Markdown"));
            return null;
        }

        var map = ParseYaml.Root(document.Yaml, path, document.YamlLineOffset, fastYaml, diagnostics, out fullYaml);
        if (map is null)
        {
            return null;
        }

        var fields = new YamlFields(map, path, document.YamlLineOffset, diagnostics);
        var title = fields.RequiredString("title");
        var description = fields.OptionalString("description");
        fields.RejectUnknownFields();
        if (document.Body.AsSpan().Trim().IsEmpty)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(path, document.BodyLine), "the About page has no text after its front matter"));
            return null;
        }

        CheckLinks.Of(document.Body, new SourceLocation(path, document.BodyLine), diagnostics);
        return title is null ? null : new AboutText(title, description, document.Body, new SourceLocation(path, 1));
    }
}
