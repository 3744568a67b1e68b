using Archive.SiteGen.Build;

namespace Archive.SiteGen.Serve;

/// <summary>
/// Watches the content and templates folders and rebuilds the site once things have been quiet for a moment
/// (an editor's save is often several file events). One build runs at a time; a change during a build
/// schedules one more.
/// </summary>
internal sealed class RebuildOnChange : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private readonly BuildOptions _options;
    private readonly TextWriter _log;
    private readonly IncrementalBuild _build;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private bool _building;
    private bool _changedWhileBuilding;

    public RebuildOnChange(BuildOptions options, TextWriter log, IncrementalBuild build)
    {
        _options = options;
        _log = log;
        _build = build;
        _timer = new Timer(_ => Rebuild());
        foreach (var folder in new[] { options.ContentPath, options.TemplatesPath }.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        // The output may live inside a watched folder; its own writes are not changes.
        var output = Path.GetFullPath(_options.OutputPath);
        if (e.FullPath.StartsWith(output, StringComparison.Ordinal) || Path.GetFileName(e.FullPath).StartsWith(".site-", StringComparison.Ordinal))
        {
            return;
        }

        _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    private void Rebuild()
    {
        lock (_gate)
        {
            if (_building)
            {
                _changedWhileBuilding = true;
                return;
            }

            _building = true;
        }

        try
        {
            _log.WriteLine("serve: a change was seen; rebuilding");
            var result = _build.Run();
            if (!result.Succeeded)
            {
                _log.WriteLine("serve: still serving the last good build");
            }
        }
        catch (Exception e)
        {
            // A rebuild must never take the server down; the next change tries again.
            _log.WriteLine($"serve: the rebuild failed unexpectedly ({e.GetType().Name}): {e.Message}");
        }
        finally
        {
            lock (_gate)
            {
                _building = false;
                if (_changedWhileBuilding)
                {
                    _changedWhileBuilding = false;
                    _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
                }
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }
}
