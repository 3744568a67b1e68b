using System.Text;

namespace Archive.SiteGen.Build;

/// <summary>
/// HTML the build rendered itself and still holds in its buffer (a page's own part, inside the layout): trusted like
/// <see cref="TrustedHtml"/>, and copied into the output piece by piece rather than made into one string first.
/// </summary>
internal sealed class TrustedHtmlBuffer(StringBuilder html)
{
    public StringBuilder Html { get; } = html;

    public override string ToString() => Html.ToString();
}
