using Archive.Api.Paging;
using Archive.Core.Search;

namespace Archive.Api.Search;

/// <summary>One page of search results, with facet counts over every matching letter (not only this page).</summary>
internal sealed record SearchPage(string Query, string Sort, IReadOnlyList<SearchHitJson> Items, int Total, SearchFacets Facets, PageLinks Links);
