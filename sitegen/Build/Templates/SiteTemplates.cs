using System.Collections.Frozen;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Archive.SiteGen.Build.Templates;

/// <summary>
/// The template engine's one entry point: the site's Scriban templates, each parsed once: <c>layout.scriban</c> (every
/// page), one template per page kind and <c>partials/*.scriban</c> (pieces shared by several pages, rendered with
/// <c>partial "name" value</c>). A parsed template is immutable, so one instance renders every page, on every thread.
/// <para>
/// Everything else in this folder is speed machinery behind it, and <see cref="TemplateMode.Plain"/> switches it off:
/// templates compiled to delegates (<see cref="CompiledTemplate"/>), partials of <see cref="RenderOnceAttribute"/> data
/// rendered once (<see cref="RenderedOnce"/>), a context and buffers reused page after page by each thread. A test
/// builds a site both ways and compares every byte.
/// </para>
/// </summary>
internal sealed class SiteTemplates
{
    public const string Extension = ".scriban";
    public const string LayoutName = "layout";
    private const string PartialsFolder = "partials";

    private readonly FrozenDictionary<string, Template> _templates;
    private readonly FrozenDictionary<string, Template> _partials;
    private readonly FrozenDictionary<Template, CompiledTemplate> _compiled;
    private int _interpretedPages;

    // Each thread's rendering, kept for its next page (see ThreadRendering).
    private static readonly ThreadLocal<ThreadRendering?> Current = new();

    private SiteTemplates(string folder, TemplateMode mode, FrozenDictionary<string, Template> templates, FrozenDictionary<string, Template> partials)
    {
        Folder = folder;
        Mode = mode;
        _templates = templates;
        _partials = partials;
        var compiled = mode == TemplateMode.Plain
            ? []
            : templates.Values.Concat(partials.Values)
                .Select(template => (Template: template, Compiled: CompiledTemplate.Compile(template)))
                .ToList();
        // Keyed by the parsed template itself (Template has no equality of its own: each instance is itself).
        _compiled = compiled.Where(t => t.Compiled is not null).ToFrozenDictionary(t => t.Template, t => t.Compiled!);
        InterpretedTemplates = [.. compiled.Where(t => t.Compiled is null).Select(t => Path.GetRelativePath(folder, t.Template.SourceFilePath ?? "")).Order(StringComparer.Ordinal)];
    }

    /// <summary>Whether the speed machinery is on (<see cref="TemplateMode.Fast"/>) or every template is interpreted.</summary>
    public TemplateMode Mode { get; }

    /// <summary>
    /// In a fast build, the templates Scriban interprets because they use something <see cref="CompiledTemplate"/>
    /// does not handle.
    /// </summary>
    public IReadOnlyList<string> InterpretedTemplates { get; }

    /// <summary>How many pages had to be rendered again by Scriban's interpreter (see <see cref="CompiledTemplate"/>).</summary>
    public int InterpretedPages => _interpretedPages;

    /// <summary>The folder the templates were read from.</summary>
    public string Folder { get; }

    /// <summary>Parses every template in the folder; every syntax error is reported as <c>file:line: message</c>.</summary>
    public static SiteTemplates Load(string folder, TemplateMode mode = TemplateMode.Fast)
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

        return new SiteTemplates(folder, mode, templates, partials);
    }

    /// <summary>
    /// Renders a page, its template and then the layout around it, as UTF-8 in this thread's buffer; the bytes there
    /// are valid until the thread renders its next page.
    /// </summary>
    public ReadOnlySpan<byte> RenderPage(string template, ScriptObject shared, ScriptObject page)
    {
        if (Mode == TemplateMode.Plain)
        {
            return Utf8Buffer.Encode(RenderPage(new ThreadRendering(this, shared, interpret: true), template, page));
        }

        try
        {
            return Utf8Buffer.Encode(RenderPage(Rendering(shared), template, page));
        }
        catch (Exception)
        {
            // A render that failed half-way leaves the context with its globals, loops and outputs still pushed. The
            // compiled templates stop at anything they do not handle, and at every error: Scriban renders the page
            // again, and reports an error with its own message and line.
            Current.Value = null;
            Interlocked.Increment(ref _interpretedPages);
            return Utf8Buffer.Encode(RenderPage(new ThreadRendering(this, shared, interpret: true), template, page));
        }
    }

    private ReadOnlySpan<char> RenderPage(ThreadRendering rendering, string template, ScriptObject page)
    {
        var context = rendering.Context;
        context.PushGlobal(page);
        // The page's own HTML goes into one buffer and from there into the layout's, never into one string: a list
        // page's HTML is large enough that such strings would fill the large-object heap.
        Evaluate(PageTemplate(template), context, rendering.Body);
        page["content"] = new TrustedHtmlBuffer(rendering.Body);
        Evaluate(_templates[LayoutName], context, rendering.Page);
        context.PopGlobal();
        return rendering.Page.Html;
    }

    // This thread's rendering, kept for its next page while the pages share the same templates and globals (serve's
    // next build brings new ones) and its buffers are of a usual size.
    private ThreadRendering Rendering(ScriptObject shared)
    {
        if (Current.Value is { } current && current.Templates == this && current.Shared == shared && !current.HoldsAHugePage)
        {
            return current;
        }

        var fresh = new ThreadRendering(this, shared, interpret: false);
        Current.Value = fresh;
        return fresh;
    }

    /// <summary>
    /// What one thread renders pages with: one context (Scriban allocates a dozen stacks for each new one, which was
    /// a tenth of everything a build allocated) and two buffers, reused page after page.
    /// </summary>
    private sealed class ThreadRendering(SiteTemplates templates, ScriptObject shared, bool interpret)
    {
        // Above this a buffer held a rare huge page; keeping it would hold that memory for the rest of the build.
        private const int MaxKeptBuffer = 1 << 20;

        public SiteTemplates Templates { get; } = templates;

        public ScriptObject Shared { get; } = shared;

        public HtmlTemplateContext Context { get; } = new(shared) { Interpret = interpret };

        public HtmlOutput Body { get; } = new();

        public HtmlOutput Page { get; } = new();

        public bool HoldsAHugePage => Body.Capacity > MaxKeptBuffer || Page.Capacity > MaxKeptBuffer;
    }

    /// <summary>
    /// The function templates call as <c>partial "name" value</c>; the partial sees the value as <c>model</c>.
    /// </summary>
    public IScriptCustomFunction PartialFunction(ScriptObject shared) => new Partial(this, shared);

    /// <summary>
    /// A partial called as a statement renders straight into the caller's output (in the caller's context, with its
    /// own <c>model</c>); one whose value is used (assigned, piped) is rendered into a string first. In a fast build, a
    /// partial whose value is <see cref="RenderOnceAttribute"/> data (a letter in a list, shown on thousands of pages)
    /// is rendered once, in a context of its own that sees only the shared globals and its model, and its HTML kept.
    /// </summary>
    internal sealed class Partial(SiteTemplates templates, ScriptObject shared) : IScriptCustomFunction
    {
        // Deeper than any real nesting of partials; reached only by a partial that renders itself.
        private const int MaxDepth = 32;

        // One build's render-once HTML: a build makes one Partial for its shared globals, so the table goes with it.
        private readonly RenderedOnce? _renderedOnce = templates.Mode == TemplateMode.Plain ? null : new RenderedOnce();

        public int RequiredParameterCount => 2;

        public int ParameterCount => 2;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

        public Type ReturnType => typeof(object);

        public ScriptParameterInfo GetParameterInfo(int index) =>
            index == 0 ? new ScriptParameterInfo(typeof(string), "name") : new ScriptParameterInfo(typeof(object), "value");

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var where = callerContext?.Span ?? context.CurrentSpan;
            if (arguments.Count != 2 || arguments[0] is not string name)
            {
                throw new ScriptRuntimeException(where, "partial takes a name and a value: partial \"name\" value");
            }

            if (!templates._partials.TryGetValue(name, out var template))
            {
                throw new ScriptRuntimeException(where, $"there is no partial '{name}' ({Path.Combine(PartialsFolder, name + Extension)} in {templates.Folder})");
            }

            var value = arguments[1];
            if (_renderedOnce is { } renderedOnce && value is not null && RenderOnceAttribute.IsOn(value))
            {
                return renderedOnce.Find(value, name) ?? renderedOnce.Keep(value, name, Alone(template, value, context));
            }

            if (callerContext?.Parent is not ScriptExpressionStatement || context is not HtmlTemplateContext caller)
            {
                return Alone(template, value, context);
            }

            Inline(template, caller, value, where, name);
            return null;
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

        private TrustedHtml Alone(Template template, object? value, TemplateContext caller)
        {
            var context = new HtmlTemplateContext(shared) { Interpret = caller is HtmlTemplateContext { Interpret: true } };
            var output = new HtmlOutput();
            context.PushGlobal(Model(value));
            templates.Evaluate(template, context, output);
            return new TrustedHtml(new string(output.Html));
        }

        private void Inline(Template template, HtmlTemplateContext context, object? value, SourceSpan where, string name)
        {
            if (context.PartialDepth >= MaxDepth)
            {
                throw new ScriptRuntimeException(where, $"partial '{name}' is nested {MaxDepth} deep: does it render itself?");
            }

            context.PartialDepth++;
            context.PushGlobal(Model(value));
            try
            {
                templates.Render(template, context);
            }
            finally
            {
                context.PopGlobal();
                context.PartialDepth--;
            }
        }

        private static ScriptObject Model(object? value) => new() { ["model"] = value };
    }

    private Template PageTemplate(string name) =>
        _templates.TryGetValue(name, out var template)
            ? template
            : throw new BuildError($"{Folder}: there is no template '{name}{Extension}'");

    // Renders into the given output only, emptied first.
    private void Evaluate(Template template, HtmlTemplateContext context, HtmlOutput output)
    {
        output.Clear();
        context.PushOutput(output);
        Render(template, context);
        context.PopOutput();
    }

    // Compiled when the template could be and the context is not interpreting (a page rendered again by Scriban).
    private void Render(Template template, HtmlTemplateContext context)
    {
        if (!context.Interpret && _compiled.TryGetValue(template, out var compiled))
        {
            compiled.Render(context);
            return;
        }

        try
        {
            template.Render(context);
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
