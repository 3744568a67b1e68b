using Archive.Core.Search;

namespace Archive.Api.Hosting;

/// <summary><c>Archive:Search</c>: the search index.</summary>
internal sealed class SearchSettings
{
    /// <summary>How many words one wildcard, fuzzy or range query may expand to before it is refused with 400.</summary>
    public int MaxQueryTerms { get; init; } = SearchIndex.DefaultMaxQueryTerms;

    /// <summary>Keep the index on disk, one per version of the content, so a restart on the same content reads it.</summary>
    public bool KeepIndex { get; init; } = true;

    /// <summary>Where kept indexes go; empty: <c>archive-api-search-index</c> in the system's temporary folder.</summary>
    public string IndexFolder { get; init; } = "";

    public string IndexFolderPath => IndexFolder.Length > 0 ? Path.GetFullPath(IndexFolder) : Path.Combine(Path.GetTempPath(), "archive-api-search-index");
}
