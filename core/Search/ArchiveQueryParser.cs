using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// The classic Lucene query language over the letter fields, with three changes: a field a user names must be one
/// of <see cref="SearchFields"/> (a typo like <c>titel:</c> is an error, not a silent empty result),
/// <c>organization:</c> means <c>signatory:</c>, and the words a query expands itself (<c>prefix*</c>,
/// <c>wild?ard</c>, <c>fuzzy~</c>, <c>/regexp/</c>) are folded like the index's words and matched against the
/// unstemmed copy of each field: Lucene leaves them as typed, and as typed they never met a stemmed index's words
/// ("responsib*" found nothing, issue 18).
/// </summary>
internal sealed class ArchiveQueryParser : MultiFieldQueryParser
{
    private readonly Analyzer _analyzer;

    public ArchiveQueryParser(Analyzer analyzer)
        : base(LetterAnalyzer.Version, [.. SearchFields.Boosts.Keys], analyzer, SearchFields.Boosts.ToDictionary())
    {
        _analyzer = analyzer;
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

    // A null field is every field: the base class asks again for each, and each comes back here.
    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        field is null
            ? base.GetFuzzyQuery(field!, termStr, minSimilarity)
            : EveryWord(Unstemmed(field), termStr, (f, word, last) => base.GetFuzzyQuery(f, word, minSimilarity));

    // "HURINET-U*" is two words in the index: the leading ones must be there as written, the last one is the prefix.
    protected override Query GetPrefixQuery(string field, string termStr) =>
        field is null
            ? base.GetPrefixQuery(field!, termStr)
            : EveryWord(Unstemmed(field), termStr, (f, word, last) => last ? base.GetPrefixQuery(f, word) : new TermQuery(new Term(f, word)));

    // Folded as a whole, not cut into words: the analyzer would take its * and ? for punctuation.
    protected override Query GetWildcardQuery(string field, string termStr) =>
        field is null
            ? base.GetWildcardQuery(field!, termStr)
            : base.GetWildcardQuery(Unstemmed(field), LetterAnalyzer.Fold(termStr));

    protected override Query GetRegexpQuery(string field, string termStr) =>
        field is null
            ? base.GetRegexpQuery(field!, termStr)
            : base.GetRegexpQuery(Unstemmed(field), termStr);

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        base.GetRangeQuery(Resolve(field), part1, part2, startInclusive, endInclusive);

    private static string Unstemmed(string field) => SearchFields.Unstemmed(Resolve(field));

    /// <summary>
    /// The words of <paramref name="text"/> as the unstemmed field holds them (lower case, accents folded, elisions
    /// and stop words dropped), each made into a query by <paramref name="make"/> and all required. A text with no
    /// such word (a stop word: "the*") is folded as a whole.
    /// </summary>
    private Query EveryWord(string field, string text, Func<string, string, bool, Query> make)
    {
        var words = WordsOf(field, text);
        if (words.Count == 0)
        {
            return make(field, LetterAnalyzer.Fold(text), true);
        }

        if (words.Count == 1)
        {
            return make(field, words[0], true);
        }

        var all = new BooleanQuery();
        for (var i = 0; i < words.Count; i++)
        {
            all.Add(make(field, words[i], i == words.Count - 1), Occur.MUST);
        }

        return all;
    }

    private List<string> WordsOf(string field, string text)
    {
        var words = new List<string>();
        using var stream = _analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return words;
    }

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
