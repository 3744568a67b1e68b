using System.Text;
using Scriban.Runtime;

namespace Archive.SiteGen.Build;

/// <summary>
/// Where a template's HTML goes: a buffer that is cleared and filled again for every page a thread renders, so the
/// pages of a build reuse a few buffers instead of each growing its own (with Scriban's own outputs, every written
/// piece was a new string, and every page and partial a new buffer).
/// </summary>
internal sealed class HtmlOutput : IScriptOutput
{
    public StringBuilder Html { get; } = new();

    public void Write(string text, int offset, int count) => Html.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Empty: <c>Template.Render</c> ends by turning its output into a string, which here would copy a whole page for
    /// nothing (the HTML is read from <see cref="Html"/>).
    /// </summary>
    public override string ToString() => "";
}
