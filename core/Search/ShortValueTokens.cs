using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Core.Search;

/// <summary>
/// The analyzed words of the short values snippets show whole (titles, names, recipients), each value analyzed once
/// and then remembered: a letter has dozens of names, the same names stand on thousands of letters, and running the
/// analyzer over every name of every hit was most of the cost of a search. Bounded by the archive's own distinct
/// values, which do not change while it is loaded.
/// </summary>
internal sealed class ShortValueTokens(Analyzer analyzer)
{
    private readonly ConcurrentDictionary<(string Field, string Value), AnalyzedToken[]> _tokens = new();

    public AnalyzedToken[] Of(string field, string value) =>
        _tokens.GetOrAdd((field, value), key => [.. Analyze(analyzer, key.Field, key.Value, keep: null)]);

    /// <summary>
    /// Runs the analyzer over a text; keeps every token, or only those whose term <paramref name="keep"/> holds
    /// (tested without making a string of the others).
    /// </summary>
    public static List<AnalyzedToken> Analyze(Analyzer analyzer, string field, string text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? keep)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var position = -1;
        stream.Reset();
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            var span = term.Buffer.AsSpan(0, term.Length);
            if (keep is not { } wanted)
            {
                tokens.Add(new AnalyzedToken(span.ToString(), position, offset.StartOffset, offset.EndOffset));
            }
            else if (wanted.TryGetValue(span, out var known))
            {
                tokens.Add(new AnalyzedToken(known, position, offset.StartOffset, offset.EndOffset));
            }
        }

        stream.End();
        return tokens;
    }
}
