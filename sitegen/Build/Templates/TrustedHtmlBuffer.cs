namespace Archive.SiteGen.Build.Templates;

/// <summary>
/// HTML the build rendered itself and still holds in its buffer (a page's own part, inside the layout): trusted like
/// <see cref="TrustedHtml"/>, and copied into the output directly rather than made into a string first.
/// </summary>
internal sealed class TrustedHtmlBuffer(HtmlOutput html)
{
    public HtmlOutput Output { get; } = html;

    public override string ToString() => new(Output.Html);
}
