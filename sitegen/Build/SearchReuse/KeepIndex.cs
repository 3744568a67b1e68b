using System.Security.Cryptography;

namespace Archive.SiteGen.Build.SearchReuse;

/// <summary>
/// The search step's one piece of speed machinery (STYLE rule 11, issue 21): the index is kept for a version of what
/// is indexed, a SHA-256 of the records file's bytes, the language every record is indexed in, the most letters of a
/// bundle, Pagefind's <c>package.json</c> (its version) and of the
/// program that writes the index. A build whose version equals the one stored beside the site's index keeps that
/// index and runs no Pagefind; <c>--no-search-reuse</c> switches this off. A template, CSS or <c>site.yml</c> edit
/// that does not change what a letter's page says changes no record, so it keeps the index.
/// </summary>
internal static class KeepIndex
{
    /// <summary>The file in the index folder that names the version it was made from.</summary>
    public const string VersionFile = "records.sha256";

    /// <summary>The version of an index made from the records in <paramref name="recordsPath"/> by that Pagefind and program.</summary>
    public static string VersionOf(string recordsPath, string language, int lettersPerBundle, byte[] pagefindPackage, byte[] program)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var records = File.OpenRead(recordsPath))
        {
            var buffer = new byte[1 << 16];
            int read;
            while ((read = records.Read(buffer, 0, buffer.Length)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        // Each part's length first, so no two different sets of parts hash alike.
        foreach (var part in new[] { System.Text.Encoding.UTF8.GetBytes(language), BitConverter.GetBytes(lettersPerBundle), pagefindPackage, program })
        {
            hash.AppendData(BitConverter.GetBytes((long)part.Length));
            hash.AppendData(part);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Whether the index in <paramref name="indexFolder"/> is whole and was made from <paramref name="version"/>.</summary>
    public static bool Holds(string indexFolder, string version)
    {
        var stored = Path.Combine(indexFolder, VersionFile);
        return File.Exists(stored)
            && File.Exists(Path.Combine(indexFolder, "pagefind.js"))
            && File.Exists(Path.Combine(indexFolder, "bundles.json"))
            && File.ReadAllText(stored).Trim() == version;
    }

    /// <summary>Stores the version beside a freshly written index.</summary>
    public static void Mark(string indexFolder, string version) =>
        File.WriteAllText(Path.Combine(indexFolder, VersionFile), version + "\n");

    /// <summary>
    /// Copies the index in <paramref name="indexFolder"/> to <paramref name="copy"/> when it is whole and was made from
    /// <paramref name="version"/>; returns whether it did.
    /// </summary>
    public static bool CopiedFrom(string indexFolder, string copy, string version)
    {
        if (!Directory.Exists(indexFolder) || !Holds(indexFolder, version))
        {
            return false;
        }

        var versionFile = Path.Combine(indexFolder, VersionFile);
        foreach (var file in Directory.EnumerateFiles(indexFolder, "*", SearchOption.AllDirectories).Where(f => f != versionFile))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(indexFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        // The version is copied last, so a copy cut short is never taken for a whole index.
        File.Copy(versionFile, Path.Combine(copy, VersionFile));
        return Holds(copy, version);
    }
}
