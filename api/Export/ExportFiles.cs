using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Archive.Api.Content;
using Archive.Api.Hosting;
using Archive.Api.Http;
using Archive.Core.Content;
using Archive.Core.Export;

namespace Archive.Api.Export;

/// <summary>
/// The bulk downloads, made once per version of the content as files (plain, Brotli, gzip) in
/// <c>Archive:Export:Folder</c> and then sent from disk, so a download costs a file read, not the export again in
/// memory: 32 parallel downloads of 200 MB must not need 32 copies of it (issue 16). Each file is written in one
/// pass, one letter at a time, under a temporary name and then renamed, so instances sharing the folder, or a
/// restart, find either a whole file or none. Made on first request; the three newest versions are kept.
/// </summary>
internal sealed class ExportFiles(LoadedArchive archive, ApiSettings settings, ILogger<ExportFiles> logger)
{
    private const int KeptVersions = 3;

    private readonly Lock _gate = new();
    private Task<ExportFile>? _letters;
    private Task<ExportFile>? _signatories;
    private Task<ExportFile>? _signatoriesWithBom;
    private Task<ExportFile>? _organizations;
    private Task<ExportFile>? _countries;
    private Task<ExportFile>? _coSignatures;

    public Task<ExportFile> Letters => Once(ref _letters, "letters.jsonl", "letters.jsonl", ExportApi.JsonLines, LettersJsonLines.Write);

    public Task<ExportFile> Signatories => Once(ref _signatories, "signatories.csv", "signatories.csv", ExportApi.Csv, (content, output) => SignatoriesCsv.Write(content, output, byteOrderMark: false));

    /// <summary>The same CSV starting with the UTF-8 byte order mark (<c>?bom=true</c>): other bytes, so a file and a tag of its own.</summary>
    public Task<ExportFile> SignatoriesWithBom => Once(ref _signatoriesWithBom, "signatories-bom.csv", "signatories.csv", ExportApi.Csv, (content, output) => SignatoriesCsv.Write(content, output, byteOrderMark: true));

    public Task<ExportFile> Organizations => Once(ref _organizations, OrganizationsCsv.Table.File, OrganizationsCsv.Table.File, ExportApi.Csv, OrganizationsCsv.Write);

    public Task<ExportFile> Countries => Once(ref _countries, CountriesCsv.Table.File, CountriesCsv.Table.File, ExportApi.Csv, CountriesCsv.Write);

    public Task<ExportFile> CoSignatures => Once(ref _coSignatures, CoSignaturesCsv.Table.File, CoSignaturesCsv.Table.File, ExportApi.Csv, CoSignaturesCsv.Write);

    // Made by the first request; a failure (a full disk) is not kept, so a later request tries again.
    private Task<ExportFile> Once(ref Task<ExportFile>? made, string file, string downloadName, string contentType, Action<ArchiveContent, Stream> write)
    {
        lock (_gate)
        {
            if (made is null || made.IsFaulted || made.IsCanceled)
            {
                made = Task.Run(() => Make(file, downloadName, contentType, write));
            }

            return made;
        }
    }

    private async Task<ExportFile> Make(string file, string downloadName, string contentType, Action<ArchiveContent, Stream> write)
    {
        var folder = Path.Combine(settings.Export.FolderPath, VersionKey(await archive.Version));
        Directory.CreateDirectory(folder);
        var plain = Path.Combine(folder, file);
        var made = WriteOnce(plain, output => write(archive.Content, output));
        made |= WriteOnce(plain + ".br", output => Compress(plain, new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true)));
        made |= WriteOnce(plain + ".gz", output => Compress(plain, new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)));
        if (made)
        {
            logger.LogInformation("Made the export {File}", plain);
            Prune(folder);
        }

        return new ExportFile(downloadName, contentType, LastChange(archive.Path), new Dictionary<ContentCoding, (string, string)>
        {
            [ContentCoding.Identity] = (plain, TagOf(plain)),
            [ContentCoding.Brotli] = (plain + ".br", TagOf(plain + ".br")),
            [ContentCoding.Gzip] = (plain + ".gz", TagOf(plain + ".gz")),
        });
    }

    /// <summary>
    /// The folder of one version: the content's version and this API's build, since the export's shape is the API's.
    /// </summary>
    private static string VersionKey(string contentVersion)
    {
        var api = typeof(ExportFiles).Assembly.ManifestModule.ModuleVersionId.ToString("N");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contentVersion + api)))[..32];
    }

    private static bool WriteOnce(string path, Action<Stream> write)
    {
        if (File.Exists(path))
        {
            return false;
        }

        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(output);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return true;
    }

    private static void Compress(string source, Stream compressor)
    {
        using (compressor)
        using (var input = File.OpenRead(source))
        {
            input.CopyTo(compressor);
        }
    }

    private static string TagOf(string path)
    {
        using var file = File.OpenRead(path);
        return EntityTags.OfHash(SHA256.HashData(file));
    }

    /// <summary>When the content last changed: its newest file, to the second (what Last-Modified can say).</summary>
    private static DateTimeOffset LastChange(string contentFolder)
    {
        var newest = Directory.EnumerateFiles(contentFolder, "*", SearchOption.AllDirectories).Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(DateTime.UnixEpoch).Max();
        return new DateTimeOffset(newest.Ticks - (newest.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    // Older versions beyond the newest few are deleted; one still being read by another instance is left for later.
    private void Prune(string current)
    {
        var older = new DirectoryInfo(settings.Export.FolderPath).GetDirectories()
            .Where(d => d.FullName != current)
            .OrderByDescending(d => d.LastWriteTimeUtc)
            .Skip(KeptVersions - 1);
        foreach (var folder in older)
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogInformation("Could not remove the old exports {Folder} yet ({Problem})", folder.FullName, e.Message);
            }
        }
    }
}
