using System.Diagnostics;
using Archive.Core.Content;
using Archive.Core.Search;

namespace Archive.Api.Content;

/// <summary>
/// The archive and its search index, loaded and built once at start-up with the same core code as the site, then
/// only read by every request.
/// </summary>
internal sealed class LoadedArchive(ArchiveContent content, SearchIndex index) : IDisposable
{
    public ArchiveContent Content { get; } = content;

    public SearchIndex Index { get; } = index;

    /// <summary>Loads the configured content folder and indexes it; throws <see cref="ContentLoadFailedException"/> on content errors.</summary>
    public static LoadedArchive Load(IConfiguration configuration, ILogger logger)
    {
        var path = ContentFolder.Resolve(configuration);
        var clock = Stopwatch.StartNew();
        var result = LoadContent.FromFolder(path);
        if (result.HasErrors)
        {
            throw new ContentLoadFailedException(path, result.SortedDiagnostics);
        }

        var content = result.Content!;
        var loaded = clock.Elapsed;
        var maxTerms = configuration.GetValue(ArchiveOptions.MaxQueryTerms, SearchIndex.DefaultMaxQueryTerms);
        var index = SearchIndex.Build(content, Math.Max(1, maxTerms));
        logger.LogInformation(
            "Loaded {Letters} letters, {Organizations} organizations and {Countries} countries from {Path} in {LoadMs} ms ({Warnings} warnings); indexed in {IndexMs} ms",
            content.Letters.Count, content.Organizations.Count, content.Countries.Count, path,
            (int)loaded.TotalMilliseconds, result.WarningCount, (int)(clock.Elapsed - loaded).TotalMilliseconds);
        return new LoadedArchive(content, index);
    }

    public void Dispose() => Index.Dispose();
}
