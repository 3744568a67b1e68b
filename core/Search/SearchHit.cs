using Archive.Core.Letters;

namespace Archive.Core.Search;

/// <summary>A letter that matched a query, and how well (Lucene's relevance score; higher is better).</summary>
public sealed record SearchHit(Letter Letter, float Score);
