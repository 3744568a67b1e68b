namespace Archive.Core.Content;

/// <summary>
/// The About page's text, written by the editors in <c>content/about.md</c> (issue 17): what the archive is, how letters
/// are chosen and transcribed, its licence, how to report an error. Optional: without the file the site has no About page.
/// </summary>
/// <param name="Title">The page's title (<c>title</c> in the front matter).</param>
/// <param name="Description">The page's summary for search engines and sharing (<c>description</c>), if given.</param>
/// <param name="Body">The text, as Markdown.</param>
/// <param name="Location">The file, at its first line.</param>
public sealed record AboutText(string Title, string? Description, string Body, SourceLocation Location);
