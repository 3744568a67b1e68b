using System.CommandLine;
using Archive.Core.Content;
using Archive.Core.Text;

namespace Archive.SiteGen.Check;

/// <summary><c>archive check</c>: loads and validates the whole content folder and lists every problem as <c>path:line: message</c>.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var content = ContentOption.Create();
        var command = new Command("check", "Validate the content folder and report every problem as path:line: message") { content };
        command.SetAction(parse => Run(parse.GetValue(content)!, Console.Out));
        return command;
    }

    /// <summary>Exit code 0 when the content has no errors (warnings allowed), 1 otherwise.</summary>
    public static int Run(string contentPath, TextWriter output)
    {
        var result = LoadContent.FromFolder(contentPath);
        foreach (var diagnostic in result.SortedDiagnostics)
        {
            output.WriteLine(diagnostic);
        }

        if (ReadByFullYaml(result) is { } files)
        {
            output.WriteLine($"check: {files}");
        }

        output.WriteLine(Summary(result));
        return result.HasErrors ? 1 : 0;
    }

    public static string Summary(ContentLoadResult result)
    {
        var counts = result.Content is { } content
            ? $"{content.Letters.Count} letters, {content.Organizations.Count} organizations, {content.Countries.Count} countries"
            : "nothing loaded";
        var problems = (result.ErrorCount, result.WarningCount) switch
        {
            (0, 0) => "no problems",
            var (e, w) => $"{CountedNoun.Of(e, "error")}, {CountedNoun.Of(w, "warning")}",
        };
        return $"check: {counts}: {problems}";
    }

    /// <summary>
    /// The files the fast YAML reader left to the full parser, with where and why (issue 15), or null when there are
    /// none: the archive is the same, the load only slower.
    /// </summary>
    public static string? ReadByFullYaml(ContentLoadResult result) =>
        result.ReadByFullYaml.Count == 0 ? null : $"read by the full YAML parser (slower): {string.Join(", ", result.ReadByFullYaml)}";
}
