namespace Archive.Core.Content;

/// <summary>
/// What the content's git history says of its files: for each file a commit touched, the first and the last of those
/// commits' dates (<see cref="ReadHistory"/> reads it once per load). A file no commit touched has its modification
/// time instead.
/// </summary>
/// <param name="Committed">The dates of each file by its path relative to the content folder (<c>letters/x.md</c>).</param>
/// <param name="Note">
/// Why the dates may not be what the archive's history says (git missing or failing in a repository, a shallow clone),
/// for the build to print; null when they are, or when the content is not in a git repository at all.
/// </param>
internal sealed record ContentHistory(IReadOnlyDictionary<string, ContentDates> Committed, string? Note)
{
    /// <summary>No history: every file has its modification time.</summary>
    public static ContentHistory None(string? note) => new(new Dictionary<string, ContentDates>(), note);

    /// <summary>The dates of a file: those of its commits, or, when no commit has it, its modification time for both.</summary>
    public ContentDates Of(string relativePath, FileStamp stamp) =>
        Committed.TryGetValue(relativePath, out var dates) ? dates : ContentDates.At(ContentDates.Moment(stamp.LastWriteUtc));
}
