using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Archive.SiteGen.Build;

/// <summary>
/// A Scriban context that HTML-escapes every value a template prints, unless it is <see cref="TrustedHtml"/>.
/// Scriban escapes nothing by default; making escaping the default means a forgotten <c>html.escape</c> cannot
/// let a name like "&lt;script&gt;" through, and "Gay &amp; Lesbian Network" always shows as written.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    // Scriban's built-in functions (string, array, date…) are the same for every page; building them for each of
    // thousands of contexts was a measurable share of rendering.
    private static readonly ScriptObject Builtins = CreateBuiltins();

    public HtmlTemplateContext(ScriptObject shared, ScriptObject page)
        : base(Builtins)
    {
        // Content sizes are the archive's, not a sandbox's: 10,000 letters on one list page is normal.
        LoopLimit = 0;
        RecursiveLimit = 64;
        LimitToString = 0;
        // A misspelled field in a template is an error with its line, not an empty string on the page.
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        PushGlobal(shared);
        PushGlobal(page);
    }

    private static ScriptObject CreateBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();
        builtins.IsReadOnly = true;
        return builtins;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        TrustedHtml trusted => Write(trusted.Html),
        _ => Write(HtmlText.Escape(ObjectToString(textAsObject))),
    };
}
