using System.CommandLine;
using Archive.SiteGen.Build;

using Archive.SiteGen.Build.Templates;

namespace Archive.SiteGen.Serve;

/// <summary>
/// <c>archive serve</c>: builds the site, serves it on http://localhost:8080 and rebuilds it whenever the content or
/// the templates change. A failed rebuild prints its errors and the last good site stays online.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var content = ContentOption.Create();
        var output = BuildCommand.OutputOption();
        var templates = new Option<string?>("--templates")
        {
            Description = "The templates folder to build with and watch (by default sitegen/templates of this repository, else the installed one)",
            HelpName = "PATH",
        };
        var noSearch = BuildCommand.NoSearchOption();
        var port = new Option<int>("--port")
        {
            Description = "The port to serve on",
            DefaultValueFactory = _ => 8080,
            HelpName = "PORT",
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 65535)
            {
                result.AddError("--port must be between 1 and 65535");
            }
        });
        var command = new Command("serve", "Build the site, serve it locally and rebuild it when content or templates change")
        {
            content, output, templates, noSearch, port,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var contentPath = parse.GetValue(content)!;
            var options = new BuildOptions(
                contentPath,
                parse.GetValue(output)!,
                parse.GetValue(templates) ?? SourceTemplates(contentPath) ?? BuildOptions.DefaultTemplatesPath,
                !parse.GetValue(noSearch));
            return await SiteServer.Run(options, parse.GetValue(port), Console.Out, cancellation);
        });
        return command;
    }

    /// <summary>
    /// The templates a designer edits (<c>sitegen/templates</c> of the repository holding the content or the current
    /// folder), so that `serve` rebuilds on their changes rather than on the copy next to the binary.
    /// </summary>
    public static string? SourceTemplates(string contentPath)
    {
        foreach (var start in new[] { Path.GetFullPath(contentPath), Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "sitegen", "templates");
                if (File.Exists(Path.Combine(candidate, SiteTemplates.LayoutName + SiteTemplates.Extension)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
