using Archive.SiteGen.Build.Templates;

namespace Archive.SiteGen.Build;

/// <summary>What <c>archive build</c> was asked to do.</summary>
/// <param name="ContentPath">The content folder to publish.</param>
/// <param name="OutputPath">The folder the site is written to (replaced as a whole when the build succeeds).</param>
/// <param name="TemplatesPath">The templates and assets folder.</param>
/// <param name="Search">Whether to build the Pagefind search index.</param>
/// <param name="TemplateMode">Whether templates render with their speed machinery, or by Scriban alone.</param>
/// <param name="ReuseSearch">Whether a search index made from the same records is kept rather than made again (issue 21).</param>
/// <param name="SearchBundleLetters">The most letters one bundle of the search index holds (<see cref="IndexSearch.LettersPerBundle"/>).</param>
internal sealed record BuildOptions(string ContentPath, string OutputPath, string TemplatesPath, bool Search, TemplateMode TemplateMode = TemplateMode.Fast, bool ReuseSearch = true, int SearchBundleLetters = IndexSearch.LettersPerBundle)
{
    /// <summary>The templates that ship next to the binary.</summary>
    public static string DefaultTemplatesPath => Path.Combine(AppContext.BaseDirectory, "templates");
}
