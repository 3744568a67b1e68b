using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Archive.SiteGen.Build.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every value a template prints, unless it is <see cref="TrustedHtml"/>.
/// Scriban escapes nothing by default; making escaping the default means a forgotten <c>html.escape</c> cannot
/// let a name like "&lt;script&gt;" through, and "Gay &amp; Lesbian Network" always shows as written.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    // Scriban's built-in functions (string, array, date…) and ours (number) are the same for every page; building them
    // for each of thousands of contexts was a measurable share of rendering.
    private static readonly ScriptObject Builtins = CreateBuiltins();

    public HtmlTemplateContext(ScriptObject shared)
        : base(Builtins)
    {
        // Content sizes are the archive's, not a sandbox's: 10,000 letters on one list page is normal.
        LoopLimit = 0;
        RecursiveLimit = 64;
        LimitToString = 0;
        // Scriban's auto-indent re-indents every line a partial writes by the indent of the line that calls it:
        // cosmetic in HTML, and it would keep a partial from writing straight into its caller's output.
        AutoIndent = false;
        // A misspelled field in a template is an error with its line, not an empty string on the page.
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        PushGlobal(shared);
    }

    /// <summary>Whether every template is interpreted by Scriban in this context, none run compiled.</summary>
    public bool Interpret { get; init; }

    /// <summary>How many partials are being rendered inside one another in this context.</summary>
    public int PartialDepth { get; set; }

    // How to read the members of a .NET type depends only on the type (every context here has the same member filter
    // and renamer), but Scriban works it out again in each new context, compiling accessors each time: with a context
    // per page and per partial, that was most of the render step. Shared by every context, on every thread (an
    // accessor only reads once it is built).
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();

    protected override IObjectAccessor GetMemberAccessorImpl(object target) =>
        Accessors.GetOrAdd(target.GetType(), (_, context) => context.BaseAccessor(target), this);

    private IObjectAccessor BaseAccessor(object target) =>
        base.GetMemberAccessorImpl(target) ?? throw new InvalidOperationException($"Scriban has no accessor for {target.GetType()}");

    private static ScriptObject CreateBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();
        builtins[NumberFunction.Name] = new NumberFunction();
        builtins.IsReadOnly = true;
        return builtins;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        TrustedHtml trusted => WriteHtml(trusted.Html),
        TrustedHtmlBuffer buffer => WriteHtml(buffer.Output.Html),
        string text => WriteHtml(HtmlText.Escape(text)),
        _ => WriteHtml(HtmlText.Escape(ObjectToString(textAsObject))),
    };

    /// <summary>Writes HTML as it is (template text, or text already escaped).</summary>
    public TemplateContext WriteHtml(string html, int start, int length) => WriteHtml(html.AsSpan(start, length));

    /// <summary>
    /// Writes HTML as it is: straight into the page's buffer when the output is one (every piece of a compiled
    /// template's text and every printed value goes through here), never as a string first.
    /// </summary>
    public TemplateContext WriteHtml(ReadOnlySpan<char> html)
    {
        if (!EnableOutput)
        {
            // Scriban's statements write nothing while output is off (Template.Evaluate); the compiled ones neither.
            return this;
        }

        if (Output is HtmlOutput output && CurrentIndent is null)
        {
            output.Append(html);
            return this;
        }

        return Write(new string(html));
    }
}
