using Scriban.Runtime;

namespace Archive.SiteGen.Build.Templates;

/// <summary>
/// Where a template's HTML goes: one growing array of characters, emptied and filled again for every page a thread
/// renders. With Scriban's own outputs every written piece was a new string and every page and partial a new buffer;
/// a StringBuilder, emptied, keeps only its last 8,000-character chunk and allocates the rest of the next page again.
/// </summary>
internal sealed class HtmlOutput : IScriptOutput
{
    private char[] _html = new char[16 * 1024];

    /// <summary>How many characters the output holds.</summary>
    public int Length { get; private set; }

    /// <summary>How many characters it can hold before it grows.</summary>
    public int Capacity => _html.Length;

    /// <summary>The HTML written so far; valid until the next write.</summary>
    public ReadOnlySpan<char> Html => _html.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Write(string text, int offset, int count) => Append(text.AsSpan(offset, count));

    public void Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > _html.Length)
        {
            Array.Resize(ref _html, Math.Max(_html.Length * 2, Length + text.Length));
        }

        text.CopyTo(_html.AsSpan(Length));
        Length += text.Length;
    }

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
