namespace Archive.SiteGen.Build;

/// <summary>
/// Where a build writes the site. A build of everything writes into a staging folder beside the output (a new one, or
/// the site the last build replaced, reused) and publishes it only when every step has succeeded; <c>serve</c>'s
/// update after a change writes into the live output, each file replaced whole and only when its bytes differ.
/// </summary>
internal abstract class SiteOutput
{
    protected SiteOutput(string path) => Path = path;

    /// <summary>The folder the site's files are written into.</summary>
    public string Path { get; }

    /// <summary>Whether files are already there (a reused or live folder), so that unchanged ones are left as they are.</summary>
    public abstract bool HoldsASite { get; }

    /// <summary>The staging folder of a build of everything (see <see cref="WriteSite.Staging"/>).</summary>
    public static SiteOutput Staging(string outputPath) => new StagingOutput(WriteSite.Staging(outputPath));

    /// <summary>The live output, updated in place after a change; <paramref name="siteFiles"/> are the files it holds now.</summary>
    public static SiteOutput Live(string outputPath, IReadOnlySet<string> siteFiles) => new LiveOutput(outputPath, siteFiles);

    /// <summary>Writes a page or file (path relative to the site); returns whether it was written.</summary>
    public abstract bool Write(string relative, ReadOnlySpan<byte> bytes);

    /// <summary>
    /// Writes a file too large to hold in memory (a data file of <c>/data/</c>) as <paramref name="write"/> streams it,
    /// replacing the file there only if its bytes differ; returns its size and whether it was written.
    /// </summary>
    public abstract StreamedFile Write(string relative, Action<Stream> write);

    /// <summary>Writes the files that are not pages; returns how many were written.</summary>
    public abstract int Write(IReadOnlyList<OutputFile> files);

    /// <summary>
    /// Removes every file the site no longer has (and the folders that leaves empty); the search index stays when the
    /// build makes one (its step replaces it whole). Returns how many files were removed.
    /// </summary>
    public abstract int RemoveAllBut(IReadOnlySet<string> siteFiles, bool keepSearchIndex);

    /// <summary>Makes what was written the site: a staging folder is published; the live output already is.</summary>
    public abstract void Publish(string outputPath);

    /// <summary>Drops what a failed build wrote where nobody reads it (the staging folder); the live output is left.</summary>
    public abstract void Discard();

    private sealed class StagingOutput(StagingFolder folder) : SiteOutput(folder.Path)
    {
        public override bool HoldsASite => folder.Reused;

        public override bool Write(string relative, ReadOnlySpan<byte> bytes)
        {
            var path = System.IO.Path.Combine(Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            return WriteSite.Staged(folder, path, bytes);
        }

        public override StreamedFile Write(string relative, Action<Stream> write)
        {
            var path = System.IO.Path.Combine(Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            return WriteSite.Streamed(folder, path, write);
        }

        public override int Write(IReadOnlyList<OutputFile> files) => WriteSite.Files(folder, files);

        public override int RemoveAllBut(IReadOnlySet<string> siteFiles, bool keepSearchIndex) =>
            WriteSite.RemoveAllBut(folder, file => siteFiles.Contains(file) || (keepSearchIndex && file.StartsWith(IndexSearch.Folder + "/", StringComparison.Ordinal)));

        public override void Publish(string outputPath) => WriteSite.Publish(folder, outputPath);

        public override void Discard() => WriteSite.Discard(Path);
    }

    private sealed class LiveOutput(string path, IReadOnlySet<string> before) : SiteOutput(path)
    {
        public override bool HoldsASite => true;

        public override bool Write(string relative, ReadOnlySpan<byte> bytes) => WriteSite.IfChanged(System.IO.Path.Combine(Path, relative), bytes);

        public override StreamedFile Write(string relative, Action<Stream> write) => WriteSite.IfChanged(System.IO.Path.Combine(Path, relative), write);

        // The feed, sitemap, assets and original texts are few and cheap: made again, rewritten only if they differ.
        public override int Write(IReadOnlyList<OutputFile> files) =>
            files.Count(file => WriteSite.IfChanged(System.IO.Path.Combine(Path, file.Path), WriteSite.BytesOf(file)));

        // What the site had and no longer has: the live folder is not listed (a search index lives there too).
        public override int RemoveAllBut(IReadOnlySet<string> siteFiles, bool keepSearchIndex) =>
            WriteSite.DeleteWithEmptiedFolders(Path, [.. before.Where(file => !siteFiles.Contains(file)).Select(file => System.IO.Path.Combine(Path, file)).Where(File.Exists)]);

        public override void Publish(string outputPath)
        {
        }

        public override void Discard()
        {
        }
    }
}

/// <summary>A file written as a stream: its size in bytes, and whether it was written (false when the file there already held these bytes).</summary>
internal readonly record struct StreamedFile(long Size, bool Written);
