using Archive.Core.Content;
using Archive.Core.Markdown;

namespace Archive.Core.Validation;

/// <summary>
/// A warning for every link or image of a Markdown text that the site shows as text because of where it points
/// (issue 17: <see cref="AllowedLinks"/>), at its line in the file.
/// </summary>
internal static class CheckLinks
{
    /// <param name="markdown">The Markdown text.</param>
    /// <param name="firstLine">The file and line the text starts on.</param>
    /// <param name="diagnostics">Where the warnings go.</param>
    public static void Of(string markdown, SourceLocation firstLine, List<Diagnostic> diagnostics)
    {
        foreach (var link in LetterMarkdown.UnsafeLinks(markdown))
        {
            diagnostics.Add(Diagnostic.Warning(firstLine with { Line = firstLine.Line + link.Line - 1 }, link.Message));
        }
    }
}
