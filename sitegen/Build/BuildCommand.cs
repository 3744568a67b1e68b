using System.CommandLine;
using Archive.SiteGen.Build.Templates;

namespace Archive.SiteGen.Build;

/// <summary><c>archive build</c>: the whole public website from the content folder, into <c>_site/</c>.</summary>
internal static class BuildCommand
{
    public static Option<string> OutputOption() => new("--out")
    {
        Description = "The folder to write the site to (replaced as a whole when the build succeeds)",
        DefaultValueFactory = _ => "_site",
        HelpName = "PATH",
    };

    public static Option<string> TemplatesOption() => new("--templates")
    {
        Description = "The templates and assets folder (by default the one installed with the tool)",
        DefaultValueFactory = _ => BuildOptions.DefaultTemplatesPath,
        HelpName = "PATH",
    };

    public static Option<bool> NoSearchOption() => new("--no-search")
    {
        Description = "Skip the search index (Pagefind, which needs Node.js)",
    };

    public static Option<bool> NoSearchReuseOption() => new("--no-search-reuse")
    {
        Description = "Run Pagefind even when the letters' search records are those the site's index was made from (the same bytes, slower)",
    };

    public static Option<int> SearchBundleOption() => new("--search-bundle-letters")
    {
        Description = "The most letters one search-index bundle holds; Pagefind's memory grows with it (issue 21, docs/benchmarks.md)",
        DefaultValueFactory = _ => IndexSearch.LettersPerBundle,
        HelpName = "N",
    };

    public static Option<bool> PlainTemplatesOption() => new("--plain-templates")
    {
        Description = "Render with Scriban interpreting every template, without the compiled templates and render caches (slower; the same bytes)",
    };

    public static Command Create()
    {
        var content = ContentOption.Create();
        var output = OutputOption();
        var templates = TemplatesOption();
        var noSearch = NoSearchOption();
        var plainTemplates = PlainTemplatesOption();
        var noSearchReuse = NoSearchReuseOption();
        var searchBundle = SearchBundleOption();
        var command = new Command("build", "Build the public website: every page, the feed, the sitemap and the search index")
        {
            content, output, templates, noSearch, plainTemplates, noSearchReuse, searchBundle,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(searchBundle) < 1)
            {
                Console.Error.WriteLine("build: --search-bundle-letters must be 1 or more");
                return 2;
            }

            var options = new BuildOptions(
                parse.GetValue(content)!,
                parse.GetValue(output)!,
                parse.GetValue(templates)!,
                !parse.GetValue(noSearch),
                parse.GetValue(plainTemplates) ? TemplateMode.Plain : TemplateMode.Fast,
                ReuseSearch: !parse.GetValue(noSearchReuse),
                SearchBundleLetters: parse.GetValue(searchBundle));
            return BuildSite.Run(options, Console.Out).ExitCode;
        });
        return command;
    }
}
