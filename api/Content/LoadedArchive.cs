using System.Diagnostics;
using Archive.Api.Hosting;
using Archive.Core.Content;
using Archive.Core.Search;

namespace Archive.Api.Content;

/// <summary>
/// The archive and its search index, loaded once at start-up with the same core code as the site, then only read by
/// every request. The content is loaded before the API answers anything (bad content stops the start-up); the search
/// index, which takes longer than loading on a large archive, is built in the background meanwhile, so letters,
/// organizations and countries are served at once and a search that comes early waits for the index.
/// </summary>
internal sealed class LoadedArchive(ArchiveContent content, string path, Task<string> version, Task<SearchIndex> index) : IDisposable
{
    public ArchiveContent Content { get; } = content;

    /// <summary>The content folder it was loaded from.</summary>
    public string Path { get; } = path;

    /// <summary>
    /// The version of the content: a hash of its files and of the code that reads them
    /// (<see cref="SearchIndexCache.VersionOf"/>), the same on every instance serving the same content.
    /// </summary>
    public Task<string> Version { get; } = version;

    /// <summary>The search index, once it is built.</summary>
    public Task<SearchIndex> Index { get; } = index;

    /// <summary>Whether the search index is built (<c>/healthz</c> says so).</summary>
    public bool SearchReady => Index.IsCompletedSuccessfully;

    /// <summary>Loads the configured content folder and starts indexing it; throws <see cref="ContentLoadFailedException"/> on content errors.</summary>
    public static LoadedArchive Load(IConfiguration configuration, ILogger logger) => Load(ApiSettings.From(configuration), logger);

    /// <inheritdoc cref="Load(IConfiguration, ILogger)"/>
    public static LoadedArchive Load(ApiSettings settings, ILogger logger)
    {
        var path = ContentFolder.Resolve(settings.ContentPath);
        var clock = Stopwatch.StartNew();
        var result = LoadContent.FromFolder(path);
        if (result.HasErrors)
        {
            throw new ContentLoadFailedException(path, result.SortedDiagnostics);
        }

        var content = result.Content!;
        logger.LogInformation(
            "Loaded {Letters} letters, {Organizations} organizations and {Countries} countries from {Path} in {LoadMs} ms ({Warnings} warnings)",
            content.Letters.Count, content.Organizations.Count, content.Countries.Count, path, (int)clock.ElapsedMilliseconds, result.WarningCount);
        var maxTerms = Math.Max(1, settings.Search.MaxQueryTerms);
        var cache = settings.Search.KeepIndex ? new SearchIndexCache(settings.Search.IndexFolderPath) : null;
        var version = Task.Run(() => SearchIndexCache.VersionOf(path));
        var index = Task.Run(async () =>
        {
            var indexing = Stopwatch.StartNew();
            var (built, how) = OpenIndex(content, path, maxTerms, cache, cache is null ? null : await version, logger);
            logger.LogInformation("{How} of {Letters} letters in {IndexMs} ms", how, content.Letters.Count, (int)indexing.ElapsedMilliseconds);
            return built;
        });
        return new LoadedArchive(content, path, version, index);
    }

    // Read from the kept indexes when this content was indexed before; built (and kept) otherwise. A folder that
    // cannot be written (read-only disk, permissions) costs the reuse, not the search.
    private static (SearchIndex Index, string How) OpenIndex(ArchiveContent content, string path, int maxTerms, SearchIndexCache? cache, string? version, ILogger logger)
    {
        if (cache is null)
        {
            return (SearchIndex.Build(content, maxTerms), "Built the search index");
        }

        try
        {
            var (index, reused) = cache.Open(content, path, maxTerms, version);
            return (index, reused ? "Read the kept search index" : "Built and kept the search index");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Cannot keep the search index in {Folder} ({Problem}); building it in memory", cache.Folder, e.Message);
            return (SearchIndex.Build(content, maxTerms), "Built the search index");
        }
    }

    public void Dispose()
    {
        // An index still being built is disposed when it is done.
        Index.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }
}
