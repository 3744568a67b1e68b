using System.Security.Cryptography;

namespace Archive.SiteGen.Build;

/// <summary>
/// The write step, and publishing. The site is written into a fresh folder beside the output
/// (<c>.site-tmp-…</c>, on the same disk) and only swapped in by renaming once everything, search index included,
/// has succeeded: a failed build leaves the previous site exactly as it was.
/// </summary>
internal static class WriteSite
{
    private const string TemporaryPrefix = ".site-tmp-";
    private const string OldPrefix = ".site-old-";

    /// <summary>Creates the new, empty temporary folder next to <paramref name="outputPath"/> that the build writes into.</summary>
    public static string TemporaryFolder(string outputPath)
    {
        var output = Path.GetFullPath(outputPath);
        CheckReplaceable(output);
        var parent = Path.GetDirectoryName(output) ?? throw new BuildError($"{outputPath}: cannot build into the root of a disk");
        Directory.CreateDirectory(parent);
        var temporary = Path.Combine(parent, TemporaryPrefix + Path.GetFileName(output) + "-" + RandomSuffix());
        Directory.CreateDirectory(temporary);
        return temporary;
    }

    /// <summary>Writes files under <paramref name="folder"/>, creating their folders.</summary>
    public static void Files(string folder, IReadOnlyList<OutputFile> files)
    {
        foreach (var subfolder in files.Select(f => Path.GetDirectoryName(f.Path)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(Path.Combine(folder, subfolder!));
        }

        Parallel.ForEach(files, file => Write(Path.Combine(folder, file.Path), file));
    }

    /// <summary>Swaps the finished folder in for the output folder.</summary>
    public static void Publish(string temporary, string outputPath)
    {
        var output = Path.GetFullPath(outputPath);
        CheckReplaceable(output);
        string? old = null;
        if (Directory.Exists(output))
        {
            old = Path.Combine(Path.GetDirectoryName(output)!, OldPrefix + Path.GetFileName(output) + "-" + RandomSuffix());
            Directory.Move(output, old);
        }

        try
        {
            Directory.Move(temporary, output);
        }
        catch
        {
            if (old is not null)
            {
                Directory.Move(old, output);
            }

            throw;
        }

        if (old is not null)
        {
            Discard(old);
        }
    }

    /// <summary>
    /// Replaces a file of a live site only if its bytes change: written beside it and renamed over it, so a reader
    /// sees the old file or the new one, never half of one. Returns whether it was rewritten.
    /// </summary>
    public static bool IfChanged(string path, ReadOnlySpan<byte> bytes)
    {
        if (File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + TemporaryPrefix + RandomSuffix();
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
        return true;
    }

    /// <summary>The bytes a file of the site is written with.</summary>
    public static byte[] BytesOf(OutputFile file) =>
        file.CopyFrom is not null ? File.ReadAllBytes(file.CopyFrom) : file.Bytes ?? Utf8.GetBytes(file.Text ?? "");

    public static void Discard(string folder)
    {
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
            && !File.Exists(Path.Combine(output, "index.html")))
        {
            throw new BuildError($"{output}: this folder is not empty and is not a built site (it has no index.html); it would be replaced as a whole, so choose another --out or empty it first");
        }
    }

    private static void Write(string path, OutputFile file)
    {
        if (file.CopyFrom is not null)
        {
            File.Copy(file.CopyFrom, path, overwrite: true);
        }
        else
        {
            File.WriteAllBytes(path, BytesOf(file));
        }
    }

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static string RandomSuffix() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
}
