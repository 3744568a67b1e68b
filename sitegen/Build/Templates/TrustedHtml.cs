namespace Archive.SiteGen.Build.Templates;

/// <summary>
/// HTML the build made itself (rendered Markdown, a rendered page, serialized JSON-LD): the only kind of value a
/// template writes without escaping. Everything else a template prints is escaped by <see cref="HtmlTemplateContext"/>.
/// </summary>
internal sealed record TrustedHtml(string Html)
{
    public override string ToString() => Html;
}
