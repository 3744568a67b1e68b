using Archive.Core.Letters;

namespace Archive.Core.Search;

/// <summary>A letter that matched a query, and how well (Lucene's relevance score; higher is better).</summary>
public sealed record SearchHit(Letter Letter, float Score)
{
    /// <summary>The letter's document in the index that found it, so its facets are read without a lookup.</summary>
    internal int Document { get; init; }
}
