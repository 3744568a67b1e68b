using System.Security.Cryptography;

namespace Archive.SiteGen.Build;

/// <summary>
/// The write step, and publishing. The site is written into a folder beside the output (<c>.site-tmp-…</c>, on the
/// same disk) and only swapped in by renaming once everything, search index included, has succeeded: a failed build
/// leaves the previous site exactly as it was.
/// <para>
/// The site that publishing replaces is not deleted but kept beside the output (<c>.site-prev-NAME</c>), and the
/// next build writes into it, rewriting only the files whose bytes differ and removing the ones it no longer has.
/// A build that fails deletes its folder, whichever it was, so a folder that cannot be written into is not taken up
/// again by every later build.
/// On this disk, deleting a 10,000-letter site took 4.5 s, and creating 30,000 files and folders just after deleting
/// as many is several times slower than creating them on a quiet disk; rewriting what changed avoids both.
/// </para>
/// </summary>
internal static class WriteSite
{
    private const string TemporaryPrefix = ".site-tmp-";
    private const string PreviousPrefix = ".site-prev-";

    /// <summary>
    /// The folder next to <paramref name="outputPath"/> that the build writes into: the site the last build replaced
    /// when there is one (taken by renaming, so two builds never share it), otherwise a new, empty folder.
    /// </summary>
    public static StagingFolder Staging(string outputPath)
    {
        var output = Path.GetFullPath(outputPath);
        CheckReplaceable(output);
        var parent = Path.GetDirectoryName(output) ?? throw new BuildError($"{outputPath}: cannot build into the root of a disk");
        Directory.CreateDirectory(parent);
        var temporary = Path.Combine(parent, TemporaryPrefix + Path.GetFileName(output) + "-" + RandomSuffix());
        var previous = PreviousOf(output);
        if (IsBuiltSite(previous))
        {
            try
            {
                Directory.Move(previous, temporary);
                return new StagingFolder(temporary, Reused: true);
            }
            catch (IOException)
            {
                // Another build took it first: this one starts from nothing.
            }
        }

        Directory.CreateDirectory(temporary);
        return new StagingFolder(temporary, Reused: false);
    }

    /// <summary>Writes files under <paramref name="folder"/>, creating their folders; returns how many were written.</summary>
    public static int Files(StagingFolder folder, IReadOnlyList<OutputFile> files)
    {
        foreach (var subfolder in files.Select(f => Path.GetDirectoryName(f.Path)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(Path.Combine(folder.Path, subfolder!));
        }

        var written = 0;
        Parallel.ForEach(files, file =>
        {
            var path = Path.Combine(folder.Path, file.Path);
            if (!folder.Reused && file.CopyFrom is not null)
            {
                File.Copy(file.CopyFrom, path);
                Interlocked.Increment(ref written);
            }
            else if (Staged(folder, path, BytesOf(file)))
            {
                Interlocked.Increment(ref written);
            }
        });
        return written;
    }

    /// <summary>
    /// Writes a file into the staging folder, which nobody reads yet: straight into a new file, or, in a reused
    /// folder, over the file there only if its bytes differ (<see cref="SameBytes"/>). Returns whether it was written.
    /// </summary>
    public static bool Staged(StagingFolder folder, string path, ReadOnlySpan<byte> bytes)
    {
        if (folder.Reused && SameBytes.Holds(path, bytes))
        {
            return false;
        }

        // A new file is created without truncating: on ext4, truncating a file makes closing it start writing it
        // to disk at once (the "replace by truncate" safeguard), which a build of 15,000 files would wait for.
        using var file = File.OpenHandle(path, folder.Reused ? FileMode.Create : FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(file, bytes, fileOffset: 0);
        return true;
    }

    /// <summary>
    /// Writes a file into the staging folder as <paramref name="write"/> streams it: into a new file, or, in a reused
    /// folder, over the file there only where its bytes differ (<see cref="RewriteWhereChanged"/>).
    /// </summary>
    public static StreamedFile Streamed(StagingFolder folder, string path, Action<Stream> write)
    {
        if (folder.Reused)
        {
            var rewrite = new RewriteWhereChanged(path);
            using (rewrite)
            {
                write(rewrite);
            }

            return new StreamedFile(rewrite.Length, rewrite.Changed);
        }

        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        write(file);
        return new StreamedFile(file.Length, Written: true);
    }

    /// <summary>
    /// Removes from a reused staging folder every file the build did not write (pages of letters that are gone, a
    /// search index the build will make again or not at all) and the folders left empty; returns how many files.
    /// </summary>
    public static int RemoveAllBut(StagingFolder folder, Func<string, bool> isSiteFile)
    {
        if (!folder.Reused)
        {
            return 0;
        }

        // Listed whole before anything is deleted, so deleting never disturbs the listing.
        var stale = Directory.EnumerateFiles(folder.Path, "*", SearchOption.AllDirectories)
            .Where(file => !isSiteFile(Path.GetRelativePath(folder.Path, file).Replace('\\', '/')))
            .ToList();
        return DeleteWithEmptiedFolders(folder.Path, stale);
    }

    /// <summary>
    /// Deletes files under <paramref name="root"/>, then the folders that deleting them left empty, up to (not
    /// including) <paramref name="root"/>; returns how many files.
    /// </summary>
    public static int DeleteWithEmptiedFolders(string root, IReadOnlyCollection<string> files)
    {
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            File.Delete(file);
            emptied.Add(Path.GetDirectoryName(file)!);
        }

        // Only folders that lost a file can have become empty; deepest first, so a folder whose subfolders were
        // all removed is empty by the time it is looked at.
        foreach (var subfolder in emptied.SelectMany(f => AndParentsWithin(root, f)).Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(subfolder).Any())
            {
                Directory.Delete(subfolder);
            }
        }

        return files.Count;
    }

    // A folder and the folders above it, up to (not including) root.
    private static IEnumerable<string> AndParentsWithin(string root, string folder)
    {
        for (var current = folder; current.Length > root.Length; current = Path.GetDirectoryName(current)!)
        {
            yield return current;
        }
    }

    /// <summary>Swaps the finished folder in for the output folder; the site it replaces is kept for the next build.</summary>
    public static void Publish(StagingFolder folder, string outputPath)
    {
        var output = Path.GetFullPath(outputPath);
        CheckReplaceable(output);
        var previous = PreviousOf(output);
        if (Directory.Exists(output))
        {
            // Left by a build running at the same time, or by one that failed: ours is newer.
            Discard(previous);
        }

        MoveIn(folder.Path, output, previous);
    }

    /// <summary>
    /// Moves <paramref name="folder"/> in as <paramref name="target"/>. A folder already there is first moved to
    /// <paramref name="aside"/> (which must not exist), and moved back if the move in fails, so the name is free for
    /// a moment but never holds a mixture of the two.
    /// </summary>
    public static void MoveIn(string folder, string target, string aside)
    {
        var movedAside = Directory.Exists(target);
        if (movedAside)
        {
            Directory.Move(target, aside);
        }

        try
        {
            Directory.Move(folder, target);
        }
        catch when (movedAside)
        {
            Directory.Move(aside, target);
            throw;
        }
    }

    /// <summary>
    /// Replaces a file of a live site only if its bytes change: written beside it and renamed over it, so a reader
    /// sees the old file or the new one, never half of one (<see cref="SameBytes"/> decides). Returns whether it was rewritten.
    /// </summary>
    public static bool IfChanged(string path, ReadOnlySpan<byte> bytes)
    {
        if (SameBytes.Holds(path, bytes))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + TemporaryPrefix + RandomSuffix();
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
        return true;
    }

    /// <summary>
    /// Replaces a file of a live site as <paramref name="write"/> streams it, only if its bytes change: written beside
    /// it, then compared with it (<see cref="SameBytes"/>), and renamed over it or deleted.
    /// </summary>
    public static StreamedFile IfChanged(string path, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + TemporaryPrefix + RandomSuffix();
        long size;
        using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
        {
            write(file);
            size = file.Length;
        }

        bool same;
        using (var written = File.OpenRead(temporary))
        {
            same = SameBytes.Holds(path, written);
        }

        if (same)
        {
            File.Delete(temporary);
            return new StreamedFile(size, Written: false);
        }

        File.Move(temporary, path, overwrite: true);
        return new StreamedFile(size, Written: true);
    }

    /// <summary>The bytes a file of the site is written with.</summary>
    public static byte[] BytesOf(OutputFile file) =>
        file.CopyFrom is not null ? File.ReadAllBytes(file.CopyFrom) : file.Bytes ?? Utf8.GetBytes(file.Text ?? "");

    public static void Discard(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // What is left is a stray folder beside the output, not a broken site.
        }
    }

    // The output folder is replaced as a whole, so it must be a site this tool built (or empty, or absent):
    // `--out .` must never wipe a repository.
    private static void CheckReplaceable(string output)
    {
        if (File.Exists(output))
        {
            throw new BuildError($"{output}: the output is a file; --out must be a folder");
        }

        if (Directory.Exists(output)
            && Directory.EnumerateFileSystemEntries(output).Any()
            && !IsBuiltSite(output))
        {
            throw new BuildError($"{output}: this folder is not empty and is not a built site (it has no index.html); it would be replaced as a whole, so choose another --out or empty it first");
        }
    }

    private static string PreviousOf(string output) =>
        Path.Combine(Path.GetDirectoryName(output)!, PreviousPrefix + Path.GetFileName(output));

    private static bool IsBuiltSite(string folder) => File.Exists(Path.Combine(folder, "index.html"));

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static string RandomSuffix() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
}
