using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// The classic Lucene query language over the letter fields, with two changes: a field a user names must be one
/// of <see cref="SearchFields"/> (a typo like <c>titel:</c> is an error, not a silent empty result), and
/// <c>organization:</c> means <c>signatory:</c>.
/// </summary>
internal sealed class ArchiveQueryParser : MultiFieldQueryParser
{
    public ArchiveQueryParser(Analyzer analyzer)
        : base(LetterAnalyzer.Version, [.. SearchFields.Boosts.Keys], analyzer, SearchFields.Boosts.ToDictionary())
    {
        // Every word must match, as in the search boxes readers know; OR widens explicitly.
        DefaultOperator = Operator.AND;
        // A leading wildcard scans every term of the index; it is refused with a message instead.
        AllowLeadingWildcard = false;
        // Wildcards expand into scored term queries, so the expansion can be counted and its words highlighted.
        MultiTermRewriteMethod = MultiTermQuery.SCORING_BOOLEAN_QUERY_REWRITE;
        AutoGeneratePhraseQueries = true;
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted) =>
        base.GetFieldQuery(Resolve(field), queryText, quoted);

    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        base.GetFieldQuery(Resolve(field), queryText, slop);

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(Resolve(field), termStr, minSimilarity);

    protected override Query GetPrefixQuery(string field, string termStr) =>
        base.GetPrefixQuery(Resolve(field), termStr);

    protected override Query GetWildcardQuery(string field, string termStr) =>
        base.GetWildcardQuery(Resolve(field), termStr);

    protected override Query GetRegexpQuery(string field, string termStr) =>
        base.GetRegexpQuery(Resolve(field), termStr);

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        base.GetRangeQuery(Resolve(field), part1, part2, startInclusive, endInclusive);

    /// <summary>A null field is "every field" (the parser expands it); any other must be a known name.</summary>
    private static string Resolve(string field)
    {
        if (field is null)
        {
            return null!;
        }

        return SearchFields.TryResolve(field, out var resolved)
            ? resolved
            : throw new ParseException($"unknown field '{field}:'; the fields are {SearchFields.Names}");
    }
}
