using System.CommandLine;

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

    public static Command Create()
    {
        var content = ContentOption.Create();
        var output = OutputOption();
        var templates = TemplatesOption();
        var noSearch = NoSearchOption();
        var command = new Command("build", "Build the public website: every page, the feed, the sitemap and the search index")
        {
            content, output, templates, noSearch,
        };
        command.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(content)!, parse.GetValue(output)!, parse.GetValue(templates)!, !parse.GetValue(noSearch));
            return BuildSite.Run(options, Console.Out).ExitCode;
        });
        return command;
    }
}
