using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>
/// How letters and queries are cut into words: Unicode word boundaries, lower case, French elisions dropped
/// ("l'homme" is "homme"), accents folded to ASCII ("Société" and "Societe" are one word), dots taken out of acronyms
/// ("U.N." is "UN"), English stop words dropped and English endings stemmed ("pillars" finds "pillar"). The
/// <see cref="SearchFields.Unstemmed"/> copy of each field is the same words without the stemming, for the words a
/// query expands itself (prefixes, wildcards, fuzzy words): a stem such as "respons" is no word a reader types the
/// beginning of (issue 18). The index and the query parser use the same analyzer, so they agree.
/// </summary>
public sealed class LetterAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>An analyzer whose pipeline depends on the field (stemmed or not).</summary>
    public LetterAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    /// <summary>
    /// A word a query expands itself (the text of <c>wild?ard*</c>) in the index's case and letters: lower case,
    /// accents folded by the same table as the index's ("Genè*" looks for "gene*"). Its wildcard characters stay.
    /// </summary>
    internal static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.ToLowerInvariant().ToCharArray();
        // ASCIIFoldingFilter's own table, so a folded query word and an indexed word never disagree; a character may
        // fold to up to four ("ß" is "ss").
        var folded = new char[lower.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(lower, 0, folded, 0, lower.Length);
        return new string(folded, 0, length);
    }

    /// <summary>Builds the word pipeline for a field.</summary>
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, tokenizer);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new ASCIIFoldingFilter(stream);
        stream = new AcronymDotsFilter(stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        if (!SearchFields.IsUnstemmed(fieldName))
        {
            stream = new PorterStemFilter(stream);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>
    /// A wide gap between the values of a multi-valued field (one signatory name, the next name), so a phrase
    /// never matches across two names: "Aid Amnesty" must not join "DanChurch Aid" and "Amnesty International".
    /// </summary>
    public override int GetPositionIncrementGap(string fieldName) => 100;
}
