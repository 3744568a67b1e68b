using System.Security.Cryptography;
using System.Text;
using Archive.Core.Content;
using Lucene.Net.Store;

namespace Archive.Core.Search;

/// <summary>
/// Search indexes kept on disk between runs, one per version of the content: a process that starts on content it
/// has indexed before reads that index instead of building it again (at 10,000 letters, building takes seconds,
/// reading a fraction of one). The version is a hash of every content file's path and bytes and of this library's
/// build, so an edited letter, or a change to how letters are indexed, means a new index, never a stale one.
/// </summary>
public sealed class SearchIndexCache
{
    // Indexes of earlier versions kept beside the current one (a rollback finds its index still there).
    private const int KeptVersions = 3;
    private const string BuildingMark = ".building-";

    /// <summary>A cache in <paramref name="folder"/> (created when first used).</summary>
    public SearchIndexCache(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
    }

    /// <summary>The folder the indexes are kept in, one subfolder per version of the content.</summary>
    public string Folder { get; }

    /// <summary>
    /// The search index of <paramref name="archive"/>, loaded from <paramref name="contentFolder"/>: read from the
    /// cache if this version of the content was indexed before, otherwise built and kept there. A cached index that
    /// cannot be read is built again. <paramref name="contentVersion"/> is <see cref="VersionOf"/> the folder, when
    /// the caller has it already.
    /// </summary>
    public (SearchIndex Index, bool Reused) Open(ArchiveContent archive, string contentFolder, int maxQueryTerms = SearchIndex.DefaultMaxQueryTerms, string? contentVersion = null)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var version = Path.Combine(Folder, contentVersion ?? VersionOf(contentFolder));
        if (System.IO.Directory.Exists(version) && TryRead(archive, maxQueryTerms, version) is { } cached)
        {
            return (cached, true);
        }

        var index = Build(archive, maxQueryTerms, version);
        Prune(version);
        return (index, false);
    }

    /// <summary>The version of a content folder: a hash of its files' paths and bytes, and of this library's build.</summary>
    public static string VersionOf(string contentFolder)
    {
        var root = Path.GetFullPath(contentFolder);
        var files = System.IO.Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(relative => !relative.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToArray();
        // Each file hashed on its own, on every core (thousands of files), then the list of them in path order.
        var fileHashes = new byte[files.Length][];
        Parallel.For(0, files.Length, i => fileHashes[i] = SHA256.HashData(File.ReadAllBytes(Path.Combine(root, files[i]))));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(SearchIndexCache).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        for (var i = 0; i < files.Length; i++)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(files[i] + "\0"));
            hash.AppendData(fileHashes[i]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static SearchIndex? TryRead(ArchiveContent archive, int maxQueryTerms, string version)
    {
        var directory = FSDirectory.Open(version);
        try
        {
            return SearchIndex.Read(archive, maxQueryTerms, directory);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            // Half-deleted, damaged or written by something else: built again below, replacing it.
            directory.Dispose();
            Discard(version);
            return null;
        }
    }

    // Built in a folder of its own and renamed into place when complete, so a reader never sees half an index,
    // and two processes starting together each build their own and the first to finish is kept.
    private static SearchIndex Build(ArchiveContent archive, int maxQueryTerms, string version)
    {
        var building = version + BuildingMark + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        System.IO.Directory.CreateDirectory(building);
        // Written, then read again from its final place: reading costs a fraction of writing, and happens once per
        // version of the content.
        SearchIndex.Write(archive, maxQueryTerms, FSDirectory.Open(building)).Dispose();

        try
        {
            System.IO.Directory.Move(building, version);
        }
        catch (IOException) when (System.IO.Directory.Exists(version))
        {
            Discard(building);
        }

        return SearchIndex.Read(archive, maxQueryTerms, FSDirectory.Open(version));
    }

    // Keeps the newest versions; the rest, and builds left over by a process that stopped half-way, are deleted.
    private void Prune(string current)
    {
        var others = new DirectoryInfo(Folder).EnumerateDirectories()
            .Where(d => !string.Equals(d.FullName, current, StringComparison.Ordinal))
            .OrderByDescending(d => d.LastWriteTimeUtc)
            .ToList();
        var stale = others.Where(d => !d.Name.Contains(BuildingMark, StringComparison.Ordinal)).Skip(KeptVersions - 1)
            .Concat(others.Where(d => d.Name.Contains(BuildingMark, StringComparison.Ordinal) && d.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1)));
        foreach (var folder in stale)
        {
            Discard(folder.FullName);
        }
    }

    private static void Discard(string folder)
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another process may be using or deleting it; what is left is pruned next time.
        }
    }
}
