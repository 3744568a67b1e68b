using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// Collects every matching document with its score. A search returns all its hits (facets count the whole result),
/// so a top-N priority queue as large as the index would only add work: this keeps them in the order found and the
/// caller sorts once.
/// </summary>
internal sealed class AllMatches : ICollector
{
    private Scorer? _scorer;
    private int _documentBase;

    /// <summary>Index-wide document numbers and their scores.</summary>
    public List<(int Document, float Score)> Documents { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _documentBase = context.DocBase;

    public void Collect(int doc) => Documents.Add((_documentBase + doc, _scorer!.GetScore()));
}
