using Archive.Api.Content;
using Archive.Core.Search;
using Archive.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Archive.Api.Tests;

/// <summary>
/// The API keeps its search index on disk (Archive:Search:IndexFolder) so that a restart on the same content is
/// ready to search in a fraction of the time; a folder it cannot use costs that reuse, never the search.
/// </summary>
public sealed class KeptIndexTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "archive-api-kept-index-test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_restart_on_the_same_content_reads_the_index_the_first_start_kept()
    {
        using var content = Content();
        var log = new ListLogger();

        using (var first = LoadedArchive.Load(Settings(content, _folder), log))
        {
            Assert.Equal(["b"], await Search(first, "pillar"));
        }

        using var second = LoadedArchive.Load(Settings(content, _folder), log);

        Assert.Equal(["b"], await Search(second, "pillar"));
        Assert.Collection(
            log.Messages.Where(m => m.Contains("search index", StringComparison.Ordinal)),
            m => Assert.StartsWith("Built and kept the search index of 2 letters", m, StringComparison.Ordinal),
            m => Assert.StartsWith("Read the kept search index of 2 letters", m, StringComparison.Ordinal));
        Assert.Single(Directory.GetDirectories(_folder));
    }

    [Fact]
    public async Task A_folder_that_cannot_hold_the_index_costs_the_reuse_not_the_search()
    {
        using var content = Content();
        File.WriteAllText(_folder, "a file where the folder should be");
        var log = new ListLogger();

        using var archive = LoadedArchive.Load(Settings(content, _folder), log);

        Assert.Equal(["b"], await Search(archive, "pillar"));
        Assert.Contains(log.Messages, m => m.StartsWith($"Cannot keep the search index in {_folder}", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
        else if (File.Exists(_folder))
        {
            File.Delete(_folder);
        }
    }

    private static TemporaryContent Content() => new TemporaryContent()
        .Organization("org", "name: Org")
        .Letter("a", "title: A\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Org")
        .Letter("b", "title: B\ndate: 2002\nsource: https://example.org/\nsignatories:\n  - name: Org", "On the third pillar.\n");

    private static IConfiguration Settings(TemporaryContent content, string folder) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Archive:ContentPath"] = content.Root,
            ["Archive:Search:KeepIndex"] = "true",
            ["Archive:Search:IndexFolder"] = folder,
        })
        .Build();

    private static async Task<List<string>> Search(LoadedArchive archive, string text)
    {
        var index = await archive.Index;
        Assert.True(index.TryParse(text, out var query, out var problem), problem);
        return [.. index.Search(query, LetterFilter.None).Select(h => h.Letter.Id)];
    }

    private sealed class ListLogger : ILogger
    {
        private readonly List<string> _messages = [];

        public IReadOnlyList<string> Messages
        {
            get
            {
                lock (_messages)
                {
                    return [.. _messages];
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_messages)
            {
                _messages.Add(formatter(state, exception));
            }
        }
    }
}
