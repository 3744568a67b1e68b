namespace Archive.SiteGen.Build.Templates;

/// <summary>How <see cref="SiteTemplates"/> renders: with its speed machinery, or Scriban alone.</summary>
internal enum TemplateMode
{
    /// <summary>Compiled templates, partials of unchanging data rendered once, buffers reused by each thread.</summary>
    Fast,

    /// <summary>
    /// Scriban interprets every template and every partial is rendered where it is called: slower, and the reference
    /// the fast mode must equal byte for byte.
    /// </summary>
    Plain,
}
