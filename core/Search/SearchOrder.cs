namespace Archive.Core.Search;

/// <summary>How <see cref="SearchIndex.Search"/> orders its hits.</summary>
public enum SearchOrder
{
    /// <summary>Most relevant first; ties newest first, then by id.</summary>
    Relevance,

    /// <summary>Newest first, then by id.</summary>
    Date,
}
