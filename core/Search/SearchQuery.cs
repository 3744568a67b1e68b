using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// A parsed, checked query, ready to run: the Lucene query with every wildcard already expanded, and the words it
/// looks for in each field (for highlighting). Made only by <see cref="SearchIndex.TryParse"/>.
/// </summary>
public sealed class SearchQuery
{
    internal SearchQuery(string text, Query query, IReadOnlySet<Term> terms)
    {
        Text = text;
        Query = query;
        Terms = terms;
    }

    /// <summary>The query as typed.</summary>
    public string Text { get; }

    /// <summary>True when the query is empty (or only stop words): it matches every letter.</summary>
    public bool MatchesAll => Query is MatchAllDocsQuery;

    internal Query Query { get; }

    internal IReadOnlySet<Term> Terms { get; }
}
