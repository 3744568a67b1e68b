using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
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

    /// <summary>Renders a page to <paramref name="output"/>: its template, then the layout around it.</summary>
    public void RenderPage(string template, ScriptObject shared, ScriptObject page, TextWriter output)
    {
        // The page's own HTML goes into this thread's buffer and from there into the layout's output, never into one
        // string: a list page's HTML is large enough that such strings would fill the large-object heap.
        var body = Body ??= new StringBuilder();
        body.Clear();
        Evaluate(Find(_templates, template, "template"), new HtmlTemplateContext(shared, page), new TextWriterOutput(new BufferWriter(body)));
        page["content"] = new TrustedHtmlBuffer(body);
        Evaluate(_templates[LayoutName], new HtmlTemplateContext(shared, page), new TextWriterOutput(output));
        if (body.Capacity > MaxKeptBuffer)
        {
            Body = null;
        }
    }

    private const int MaxKeptBuffer = 1 << 20;

    [ThreadStatic]
    private static StringBuilder? Body;

    /// <summary>
    /// The function templates call as <c>partial "name" value</c>; the partial sees the value as <c>model</c>.
    /// A partial sees nothing else that varies (the shared globals are read-only), so a value that is
    /// <see cref="IRenderedOnce"/> — a letter in a list, shown on thousands of pages — is rendered once and reused.
    /// </summary>
    public Func<string, object?, TrustedHtml> PartialFunction(ScriptObject shared)
    {
        var rendered = new ConcurrentDictionary<(string, object), TrustedHtml>(ReusedComparer.Instance);
        TrustedHtml RenderPartial(string name, object? value) =>
            new(Render(Find(_partials, name, "partial"), shared, new ScriptObject { ["model"] = value }));
        return (name, value) => value is IRenderedOnce
            ? rendered.GetOrAdd((name, value), key => RenderPartial(key.Item1, key.Item2))
            : RenderPartial(name, value);
    }

    // The same partial of the same instance: identity, not value equality, which would hash every field on every use.
    private sealed class ReusedComparer : IEqualityComparer<(string Name, object Value)>
    {
        public static readonly ReusedComparer Instance = new();

        public bool Equals((string Name, object Value) x, (string Name, object Value) y) =>
            ReferenceEquals(x.Value, y.Value) && string.Equals(x.Name, y.Name, StringComparison.Ordinal);

        public int GetHashCode((string Name, object Value) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Value), StringComparer.Ordinal.GetHashCode(obj.Name));
    }

    private Template Find(FrozenDictionary<string, Template> templates, string name, string kind) =>
        templates.TryGetValue(name, out var template)
            ? template
            : throw new BuildError($"{Folder}: there is no {kind} '{name}{Extension}'");

    private static string Render(Template template, ScriptObject shared, ScriptObject locals) =>
        Render(template, new HtmlTemplateContext(shared, locals));

    // Renders into the given output only.
    private static void Evaluate(Template template, HtmlTemplateContext context, IScriptOutput output)
    {
        context.PushOutput(output);
        Render(template, context);
    }

    private static string Render(Template template, HtmlTemplateContext context)
    {
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new BuildError($"{Where(e.Span)}: {e.OriginalMessage}");
        }
    }

    // Template.Render ends by turning its output into a string; for a buffer that is read directly, that copy is
    // what we avoid, so this writer's string is empty.
    private sealed class BufferWriter(StringBuilder buffer) : StringWriter(buffer, CultureInfo.InvariantCulture)
    {
        public override string ToString() => "";
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
