using System.Collections.Frozen;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Archive.SiteGen.Build;

/// <summary>
/// The site's Scriban templates, each parsed once: <c>layout.scriban</c> (every page), one template per page kind
/// and <c>partials/*.scriban</c> (pieces shared by several pages, rendered with <c>partial "name" value</c>).
/// A parsed template is immutable, so one instance renders every page, on every thread.
/// </summary>
internal sealed class SiteTemplates
{
    public const string Extension = ".scriban";
    public const string LayoutName = "layout";
    private const string PartialsFolder = "partials";

    private readonly FrozenDictionary<string, Template> _templates;
    private readonly FrozenDictionary<string, Template> _partials;

    private SiteTemplates(string folder, FrozenDictionary<string, Template> templates, FrozenDictionary<string, Template> partials)
    {
        Folder = folder;
        _templates = templates;
        _partials = partials;
    }

    /// <summary>The folder the templates were read from.</summary>
    public string Folder { get; }

    /// <summary>Parses every template in the folder; every syntax error is reported as <c>file:line: message</c>.</summary>
    public static SiteTemplates Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new BuildError($"{folder}: the templates folder does not exist (use --templates to point to it)");
        }

        var errors = new List<string>();
        var templates = ParseAll(Directory.EnumerateFiles(folder, "*" + Extension), errors);
        var partialFolder = Path.Combine(folder, PartialsFolder);
        var partials = Directory.Exists(partialFolder)
            ? ParseAll(Directory.EnumerateFiles(partialFolder, "*" + Extension), errors)
            : FrozenDictionary<string, Template>.Empty;
        if (!templates.ContainsKey(LayoutName))
        {
            errors.Add($"{Path.Combine(folder, LayoutName + Extension)}:1: the layout template is missing");
        }

        if (errors.Count > 0)
        {
            throw new BuildError(errors);
        }

        return new SiteTemplates(folder, templates, partials);
    }

    /// <summary>Renders a page: its template, then the layout around it.</summary>
    public string RenderPage(string template, ScriptObject shared, ScriptObject page)
    {
        var body = Render(Find(_templates, template, "template"), shared, page);
        page["content"] = new TrustedHtml(body);
        return Render(_templates[LayoutName], shared, page);
    }

    /// <summary>The function templates call as <c>partial "name" value</c>; the partial sees the value as <c>model</c>.</summary>
    public Func<string, object?, TrustedHtml> PartialFunction(ScriptObject shared) => (name, value) =>
    {
        var locals = new ScriptObject { ["model"] = value };
        return new TrustedHtml(Render(Find(_partials, name, "partial"), shared, locals));
    };

    private Template Find(FrozenDictionary<string, Template> templates, string name, string kind) =>
        templates.TryGetValue(name, out var template)
            ? template
            : throw new BuildError($"{Folder}: there is no {kind} '{name}{Extension}'");

    private static string Render(Template template, ScriptObject shared, ScriptObject locals)
    {
        var context = new HtmlTemplateContext(shared, locals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new BuildError($"{Where(e.Span)}: {e.OriginalMessage}");
        }
    }

    private static FrozenDictionary<string, Template> ParseAll(IEnumerable<string> files, List<string> errors)
    {
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var template = Template.Parse(File.ReadAllText(file), file);
            if (template.HasErrors)
            {
                errors.AddRange(template.Messages.Select(m => $"{Where(m.Span)}: {m.Message}"));
                continue;
            }

            parsed[Path.GetFileNameWithoutExtension(file)] = template;
        }

        return parsed.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Where(SourceSpan span) => $"{span.FileName}:{span.Start.Line + 1}";
}
