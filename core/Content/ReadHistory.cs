using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Archive.Core.Content;

/// <summary>
/// Reads the content folder's git history in one <c>git log</c> over the whole folder (never one per file: 10,000
/// letters are one process): for each file, the date of the first commit that has it (added) and of the last
/// (updated), as Hugo's GitInfo does. Dates are committer dates, when a change reached the branch that is built.
/// Renames are not followed: a renamed file counts as added when it was renamed.
/// </summary>
internal static class ReadHistory
{
    // Starts each commit in git's output, so it cannot be taken for a file name.
    private const char CommitMark = '\u0001';

    public static ContentHistory From(string root)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        // Every option that shapes the output is given, so no one's git configuration can change it: NUL-separated
        // names (no quoting), paths relative to the content folder (and only its files), no rename detection, the root
        // commit's files listed, no signature lines; each commit is its mark, its committer time and its decorations
        // ("grafted" marks the cut-off of a shallow clone). No pathspec: --relative already keeps to the folder, and
        // "-- ." made git twice as slow (10,000 commits over 10,000 letters: 8 s instead of 4 s).
        foreach (var argument in (string[])["-c", "log.showSignature=false", "log", "-z", "--relative", "--name-only", "--no-renames", "--root", "--format=%x01%ct%d"])
        {
            start.ArgumentList.Add(argument);
        }

        string output;
        string errors;
        int exitCode;
        try
        {
            using var git = Process.Start(start)!;
            var errorText = git.StandardError.ReadToEndAsync();
            output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            errors = errorText.Result;
            exitCode = git.ExitCode;
        }
        catch (Win32Exception)
        {
            return ContentHistory.None(InRepository(root) ? $"{FileTimes}: git is not installed (it reads them from the content's history)" : null);
        }

        if (exitCode != 0)
        {
            // Outside a repository git fails, and file times are all there is; inside one, its failure is news.
            var reason = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? $"exit code {exitCode}";
            return ContentHistory.None(InRepository(root) ? $"{FileTimes}: git log failed: {reason}" : null);
        }

        return Parse(output);
    }

    private const string FileTimes = "the dates letters and organizations were added and updated are their files' modification times";

    /// <summary>Reads <c>git log -z --name-only --format=%x01%ct%d</c>: each commit's time, then the files it changed.</summary>
    internal static ContentHistory Parse(string output)
    {
        var committed = new Dictionary<string, ContentDates>(StringComparer.Ordinal);
        var shallow = false;
        var time = default(DateTimeOffset);
        foreach (var token in output.Split('\0'))
        {
            // The first file of a commit comes after a newline that ends the commit's own line.
            var item = token.TrimStart('\n');
            if (item.Length == 0)
            {
                continue;
            }

            if (item[0] == CommitMark)
            {
                var decorations = item.IndexOf(' ', StringComparison.Ordinal);
                var seconds = decorations < 0 ? item[1..] : item[1..decorations];
                time = DateTimeOffset.FromUnixTimeSeconds(long.Parse(seconds, NumberStyles.None, CultureInfo.InvariantCulture));
                shallow |= decorations >= 0 && item[decorations..].Trim(' ', '(', ')').Split(", ").Contains("grafted", StringComparer.Ordinal);
                continue;
            }

            // Commits come newest first, but dates need not: the earliest and the latest are kept, whatever the order.
            committed[item] = committed.TryGetValue(item, out var known)
                ? new ContentDates(time < known.Added ? time : known.Added, time > known.Updated ? time : known.Updated)
                : ContentDates.At(time);
        }

        return new ContentHistory(
            committed,
            shallow ? "the git history is shallow (a shallow clone): files older than its first commit count as added and updated by it; fetch the whole history (git fetch --unshallow) for their true dates" : null);
    }

    // Whether the folder is in a git work tree (a .git folder, or a .git file of a linked work tree, above it).
    private static bool InRepository(string root)
    {
        for (var folder = new DirectoryInfo(root); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, ".git")) || File.Exists(Path.Combine(folder.FullName, ".git")))
            {
                return true;
            }
        }

        return false;
    }
}
