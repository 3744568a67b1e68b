using Archive.Api.Letters;
using Archive.Core.Json;
using Archive.Core.Search;

namespace Archive.Api.Search;

/// <summary>A letter that matched: its summary, its relevance score, and snippets (safe HTML with matched words in &lt;mark&gt;).</summary>
internal sealed record SearchHitJson(LetterSummary Letter, double Score, IReadOnlyList<SearchSnippet> Snippets);
