using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// A parsed, checked query, ready to run: the Lucene query with every wildcard already expanded, and what it looks
/// for in each field, for highlighting: single words, and phrases whose words only count side by side.
/// Made only by <see cref="SearchIndex.TryParse"/>.
/// </summary>
public sealed class SearchQuery
{
    internal SearchQuery(string text, Query query)
    {
        Text = text;
        Query = query;
        var words = new HashSet<(string Field, string Text)>();
        var phrases = new List<Phrase>();
        Collect(query, words, phrases);
        Words = words;
        Phrases = phrases;
        _termsByField = words.Select(w => (w.Field, w.Text))
            .Concat(phrases.SelectMany(p => p.Words.Select(w => (p.Field, w.Text))))
            .GroupBy(t => t.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Text).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    private readonly Dictionary<string, HashSet<string>> _termsByField;

    /// <summary>The query as typed.</summary>
    public string Text { get; }

    internal Query Query { get; }

    /// <summary>
    /// Words matched on their own, by field: a word, and the words a prefix, wildcard or fuzzy word expanded to, under
    /// the <see cref="SearchFields.Unstemmed"/> copy of their field.
    /// </summary>
    internal IReadOnlySet<(string Field, string Text)> Words { get; }

    /// <summary>Phrases: their words only match in this order, at these relative positions.</summary>
    internal IReadOnlyList<Phrase> Phrases { get; }

    /// <summary>
    /// Every word the query looks for in a field, alone or in a phrase: the only tokens highlighting needs to keep.
    /// Empty when the query does not look in the field at all.
    /// </summary>
    /// <remarks>A lookup by character span, so a token can be tested without making a string of it.</remarks>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TermsIn(string field) =>
        (_termsByField.GetValueOrDefault(field) ?? NoTerms).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> NoTerms = new(StringComparer.Ordinal);

    /// <summary>Walks the query; what a NOT clause excludes is never highlighted.</summary>
    private static void Collect(Query query, HashSet<(string, string)> words, List<Phrase> phrases)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                {
                    Collect(clause.Query, words, phrases);
                }

                break;
            case TermQuery term:
                words.Add((term.Term.Field, term.Term.Text));
                break;
            case PhraseQuery phrase when phrase.GetTerms().Length > 0:
                var terms = phrase.GetTerms();
                var positions = phrase.GetPositions();
                phrases.Add(new Phrase(terms[0].Field, [.. terms.Select((t, i) => (t.Text, positions[i] - positions[0]))]));
                break;
            default:
                var extracted = new HashSet<Term>();
                try
                {
                    query.ExtractTerms(extracted);
                }
                catch (NotSupportedException)
                {
                    // A query kind with no terms to show (e.g. match-all) highlights nothing.
                }

                foreach (var t in extracted)
                {
                    words.Add((t.Field, t.Text));
                }

                break;
        }
    }

    /// <summary>A phrase in a field: each word with its position relative to the first.</summary>
    internal sealed record Phrase(string Field, IReadOnlyList<(string Text, int Offset)> Words);
}
